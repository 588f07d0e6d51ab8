import { defineConfig } from 'tsup';

// Three published entries (ESM + CJS + types) and the `keysmith-mock` command (ESM only).
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      mock: 'mock/index.ts',
      'mock-node': 'mock/node/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    // No shared chunks: the server entry must not pull in the MSW adapter, so msw stays optional.
    splitting: false,
    treeshake: true,
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
