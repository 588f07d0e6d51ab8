import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Runs the example suite in examples/ (which the project's own config leaves out), with the same
// aliases, so the example imports `keysmith` and `keysmith/mock` as a user would.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: {
    alias: {
      'keysmith/mock/node': fileURLToPath(new URL('../../mock/node/index.ts', import.meta.url)),
      'keysmith/mock': fileURLToPath(new URL('../../mock/index.ts', import.meta.url)),
      keysmith: fileURLToPath(new URL('../../src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['examples/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
