import { defineConfig } from 'vitest/config';
import { SOURCE_ALIASES } from './test/source-aliases.ts';

// Tests import `keysmith` and `keysmith/mock` exactly as users do; here they resolve to the sources.
export default defineConfig({
  resolve: { alias: SOURCE_ALIASES },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/stress/**', 'test/runtimes/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
