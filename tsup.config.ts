import { defineConfig, type Options } from 'tsup';
import { mswModuleFor } from './scripts/msw-module-variant';

// The three published entries, as ESM and as CJS (each with its types); the browser build of
// keysmith/mock; the `keysmith-mock` command (ESM only). `npm run build` (scripts/build.ts) empties
// dist/ first and marks the msw imports of the types afterwards.
const entries: Options = {
  entry: {
    index: 'src/index.ts',
    mock: 'mock/index.ts',
    'mock-node': 'mock/node/index.ts',
  },
  dts: true,
  sourcemap: true,
  target: 'es2022',
  // No shared chunks: the server entry must not pull in the MSW adapter, so msw stays optional.
  splitting: false,
  treeshake: true,
};

export default defineConfig([
  // Each format is a build of its own because each reaches msw its own way (scripts/msw-module-variant.ts).
  { ...entries, format: ['esm'], esbuildPlugins: [mswModuleFor('esm')] },
  { ...entries, format: ['cjs'], esbuildPlugins: [mswModuleFor('cjs')] },
  {
    // What bundlers take for a page (the `browser` condition): msw imported statically, no top-level await.
    entry: { 'mock.browser': 'mock/index.ts' },
    format: ['esm'],
    platform: 'browser',
    sourcemap: true,
    target: 'es2022',
    splitting: false,
    treeshake: true,
    esbuildPlugins: [mswModuleFor('browser')],
  },
  {
    entry: { cli: 'mock/node/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
