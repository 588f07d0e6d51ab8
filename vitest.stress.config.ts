import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:stress`: the reliability suites of test/reliability at full size (KEYSMITH_STRESS=1),
// through the entry in test/stress/. Same aliases as vitest.config.ts: tests import `keysmith` as users do.
export default defineConfig({
  resolve: {
    alias: {
      'keysmith/mock/node': fileURLToPath(new URL('./mock/node/index.ts', import.meta.url)),
      'keysmith/mock': fileURLToPath(new URL('./mock/index.ts', import.meta.url)),
      keysmith: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/stress/**/*.test.ts'],
    env: { KEYSMITH_STRESS: '1' },
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
