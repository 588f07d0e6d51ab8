/**
 * Builds of Keysmith for the size and import measures, the way `scripts/bundle-size.ts` measures
 * (esbuild, minified, browser, ESM, es2022, gzip level 9), but from the sources, so a measure never
 * reads a stale dist/.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CACHE_DIR, REPO_ROOT } from './spawn.ts';

/**
 * What a bundle costs a browser.
 *
 * @example
 * ```ts
 * const size: BundleSize = await browserBundleSize('keysmith', `export * from ${JSON.stringify(SDK_ENTRY)};`);
 * ```
 */
export interface BundleSize {
  name: string;
  minified: number;
  gzipped: number;
}

/** Keysmith's SDK entry (the source of dist/index.js). */
export const SDK_ENTRY = `${REPO_ROOT}src/index.ts`;

/**
 * Bundles `contents` (an ES module importing what is measured) for the browser, minified, and
 * gzips the result.
 *
 * @example
 * ```ts
 * await browserBundleSize('ky', `export { default } from 'ky';`);
 * ```
 */
export async function browserBundleSize(name: string, contents: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts', sourcefile: `${name}.ts` },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`esbuild produced nothing for ${name}`);
  return { name, minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * Builds the SDK as its ESM dist file would be (dependencies left as imports) into the bench
 * cache, for the import-time measure, and returns its path.
 *
 * @example
 * ```ts
 * const file = await buildSdkForNode(); // bench/.cache/keysmith/index.js
 * ```
 */
export async function buildSdkForNode(): Promise<string> {
  const outfile = `${CACHE_DIR}keysmith/index.js`;
  await build({
    entryPoints: [SDK_ENTRY],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'neutral',
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  return outfile;
}
