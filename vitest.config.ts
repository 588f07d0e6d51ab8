import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import `keysmith` and `keysmith/mock` exactly as users do; here they resolve to the sources.
export default defineConfig({
  resolve: {
    alias: {
      'keysmith/mock/node': fileURLToPath(new URL('./mock/node/index.ts', import.meta.url)),
      'keysmith/mock': fileURLToPath(new URL('./mock/index.ts', import.meta.url)),
      keysmith: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/stress/**', 'test/runtimes/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
