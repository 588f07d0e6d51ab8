/**
 * Turns the smoke suite (test/runtimes/*.ts) into what each runtime loads, INSIDE the consumer
 * project so every `keysmith` / `msw` import resolves to what the tarball installed there:
 *
 * - `smoke.mjs` / `smoke.cjs`: packages left as imports (resolved at run time by Node, Deno, Bun);
 * - `www/`: one browser bundle, `index.html`, and the consumer's own msw worker script.
 */
import { copyFile, cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { repoRoot } from './paths';

/** Paths of what the runtimes load. */
export interface SmokeBundles {
  esm: string;
  cjs: string;
  /** Directory the page is served from. */
  www: string;
}

const PAGE = `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>keysmith smoke</title></head>
  <body><script type="module" src="/smoke.js"></script></body>
</html>
`;

/**
 * @example
 * const { esm, www } = await buildSmokeBundles(consumerDir);
 */
export async function buildSmokeBundles(consumerDir: string): Promise<SmokeBundles> {
  const sources = join(consumerDir, 'smoke-src');
  await cp(join(repoRoot, 'test', 'runtimes'), sources, { recursive: true });
  const www = join(consumerDir, 'www');
  await mkdir(www, { recursive: true });

  const server: BuildOptions = {
    entryPoints: [join(sources, 'runtime-entry.ts')],
    bundle: true,
    platform: 'node',
    packages: 'external',
    target: 'es2022',
    logLevel: 'warning',
  };
  const esm = join(consumerDir, 'smoke.mjs');
  const cjs = join(consumerDir, 'smoke.cjs');
  await Promise.all([
    build({ ...server, format: 'esm', outfile: esm }),
    build({ ...server, format: 'cjs', outfile: cjs }),
    build({
      entryPoints: [join(sources, 'browser-entry.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      outfile: join(www, 'smoke.js'),
      logLevel: 'warning',
    }),
  ]);
  // The worker script must come from the same msw the bundle holds: msw refuses a mismatched one.
  await copyFile(
    join(consumerDir, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js'),
    join(www, 'mockServiceWorker.js'),
  );
  await writeFile(join(www, 'index.html'), PAGE);
  return { esm, cjs, www };
}
