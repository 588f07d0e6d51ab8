/**
 * Serves the smoke page on 127.0.0.1 and, when the mock server sends no CORS headers, forwards
 * every other path to it, so the page can reach the mock from its own origin.
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The running page server. */
export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/smoke.js': { file: 'smoke.js', type: 'text/javascript; charset=utf-8' },
  '/mockServiceWorker.js': { file: 'mockServiceWorker.js', type: 'text/javascript; charset=utf-8' },
};

function proxy(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const upstream = forward(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    res.writeHead(502).end();
  });
  req.pipe(upstream);
}

/**
 * @example
 * const page = await startPageServer(www, undefined); // static files only
 * const proxied = await startPageServer(www, new URL(mockOrigin)); // plus a same-origin proxy
 */
export async function startPageServer(www: string, proxyTo: URL | undefined): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const entry = req.method === 'GET' ? FILES[path] : undefined;
    if (entry) {
      readFile(join(www, entry.file)).then(
        (body) => res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-store' }).end(body),
        () => res.writeHead(500).end(),
      );
      return;
    }
    if (proxyTo) {
      proxy(req, res, proxyTo);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
