import { writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';
import { MOCK_STATE_SCHEMA } from './mock/snapshot/snapshot-schema.ts';

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
    // The snapshot's JSON Schema ships as a file too (`keysmith/mock/state.schema.json`), for
    // validators in other languages; written from the object the mock validates with.
    onSuccess: () => writeFile('dist/mock-state.schema.json', `${JSON.stringify(MOCK_STATE_SCHEMA, null, 2)}\n`),
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
