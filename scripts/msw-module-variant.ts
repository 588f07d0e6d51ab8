/**
 * The esbuild plugin (used by tsup.config.ts) that picks how each build of `keysmith/mock` reaches
 * msw, its optional peer: `mock/adapters/msw/msw-module.ts` itself (a dynamic import awaited at
 * load) in the ES module build for Node, Deno and Bun; `msw-module.cjs.ts` (a `require` on first
 * use) in the CommonJS build; `msw-module.browser.ts` (a static import) in the browser build. The
 * files say why.
 */
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * The plugin for one build. (tsup hands every esbuild pass `format: 'esm'` when it tree-shakes with
 * Rollup afterwards, so the build says which it is rather than the plugin guessing.)
 *
 * @example
 * ```ts
 * defineConfig({ entry: { mock: 'mock/index.ts' }, format: ['cjs'], esbuildPlugins: [mswModuleFor('cjs')] });
 * ```
 */
export function mswModuleFor(build: 'esm' | 'cjs' | 'browser'): Plugin {
  return {
    name: 'keysmith:msw-module',
    setup(esbuild) {
      if (build === 'esm') return;
      esbuild.onResolve({ filter: /\/msw-module\.js$/ }, (args) => ({
        path: join(args.resolveDir, args.path.replace(/\.js$/, `.${build}.ts`)),
      }));
    },
  };
}
