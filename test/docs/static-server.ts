/**
 * A tiny static file server for the built site, on 127.0.0.1 and an ephemeral port (the site's
 * search loads its index with fetch, which file:// URLs would break).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/**
 * A running static server.
 *
 * @example
 * ```ts
 * const server: StaticServer = await serveStatic(site.dir);
 * ```
 */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Paths that were asked for and not found, for tests to assert on. */
  missing: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.sh': 'text/plain; charset=utf-8',
  '.yaml': 'text/plain; charset=utf-8',
};

/**
 * Serves the files under `root` (GET and HEAD; `/` is `index.html`).
 *
 * @example
 * ```ts
 * const server = await serveStatic(site.dir);
 * await page.goto(`${server.origin}/index.html`);
 * await server.close();
 * ```
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const missing: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)
    ) {
      res.writeHead(405).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res
          .writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
          })
          .end(req.method === 'HEAD' ? undefined : body),
      () => {
        missing.push(path);
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    missing,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
