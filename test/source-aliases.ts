/**
 * The aliases every vitest config here uses: tests import `keysmith`, `keysmith/mock` and
 * `keysmith/mock/node` exactly as users do, and here they resolve to the sources.
 */
import { fileURLToPath } from 'node:url';

const source = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * The package's entries mapped onto their source files (the most specific first, as Vite matches in order).
 *
 * @example
 * ```ts
 * export default defineConfig({ resolve: { alias: SOURCE_ALIASES } });
 * ```
 */
export const SOURCE_ALIASES = {
  'keysmith/mock/node': source('mock/node/index.ts'),
  'keysmith/mock': source('mock/index.ts'),
  keysmith: source('src/index.ts'),
};
