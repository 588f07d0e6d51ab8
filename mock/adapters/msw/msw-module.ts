/**
 * How the ES module build reaches msw, an optional peer dependency: by a dynamic `import()` when
 * `keysmith/mock` is loaded, awaited at the top level, so that `mock.handlers` can build its
 * handler synchronously later — and a project without msw loads `keysmith/mock` all the same.
 *
 * Why not a static import: it fails the whole module when msw is missing. Why not load it on first
 * use: an ES module has no synchronous way to load another, and `setupServer(...mock.handlers)`
 * reads the handlers synchronously. The CommonJS build (`msw-module.cjs.ts`, which can) and the
 * browser build (`msw-module.browser.ts`, where bundlers and msw's worker need msw anyway, and
 * older bundler targets refuse a top-level await) swap this file for their own at build time.
 */
import { mswUnavailable, type MswModule } from './msw-api.js';

const loaded: MswModule | { failure: unknown } = await import('msw').catch((failure: unknown) => ({ failure }));

/**
 * msw, or an error saying it is missing.
 *
 * @throws Error when msw could not be loaded.
 */
export function mswModule(): MswModule {
  if ('failure' in loaded) throw mswUnavailable(loaded.failure);
  return loaded;
}
