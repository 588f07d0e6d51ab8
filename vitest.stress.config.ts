import { defineConfig } from 'vitest/config';
import { SOURCE_ALIASES } from './test/source-aliases.ts';

// `npm run test:stress`: the reliability suites of test/reliability at full size (KEYSMITH_STRESS=1),
// through the entry in test/stress/. Same aliases as vitest.config.ts: tests import `keysmith` as users do.
export default defineConfig({
  resolve: { alias: SOURCE_ALIASES },
  test: {
    include: ['test/stress/**/*.test.ts'],
    env: { KEYSMITH_STRESS: '1' },
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
