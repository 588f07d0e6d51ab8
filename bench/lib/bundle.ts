/**
 * Builds of Keysmith for the size and import measures, the way `scripts/bundle-size.ts` measures
 * (esbuild, minified, browser, ESM, es2022, gzip level 9), but from the sources, so a measure never
 * reads a stale dist/.
 */
import { build } from 'esbuild';
import { browserBundleSize as measureBundle, type BundleSize } from '../../scripts/browser-bundle-size.ts';
import { CACHE_DIR, REPO_ROOT } from './spawn.ts';

export type { BundleSize } from '../../scripts/browser-bundle-size.ts';

/** Keysmith's SDK entry (the source of dist/index.js). */
export const SDK_ENTRY = `${REPO_ROOT}src/index.ts`;

/**
 * Bundles `contents` (an ES module importing what is measured) for the browser, minified, and
 * gzips the result, resolving from the repository.
 *
 * @example
 * ```ts
 * await browserBundleSize('ky', `export { default } from 'ky';`);
 * ```
 */
export function browserBundleSize(name: string, contents: string): Promise<BundleSize> {
  return measureBundle(name, contents, REPO_ROOT);
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
