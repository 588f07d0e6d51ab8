import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { SOURCE_ALIASES } from '../source-aliases.ts';

// Runs the example suite in examples/ (which the project's own config leaves out), with the same
// aliases, so the example imports `keysmith` and `keysmith/mock` as a user would.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: SOURCE_ALIASES },
  test: {
    // The Jest suite in examples/jest/ runs under Jest (test/docs/examples.test.ts), not here.
    include: ['examples/*.test.ts'],
    testTimeout: 20_000,
  },
});
