// Jest for a TypeScript suite that uses keysmith/mock with MSW 2: ts-jest compiles the
// tests to CommonJS, so keysmith and msw load through their `require` entries.
/** @type {import('jest').Config} */
export default {
  // Node's own fetch, Request and Response, which MSW intercepts. For a browser-like suite use
  // 'jest-fixed-jsdom' (jsdom with Node's fetch globals); plain 'jsdom' lacks them.
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: {
    // isolatedModules: compile each file alone (fast); `tsc --noEmit` checks the types. allowJs:
    // the same compiler turns the ES-only packages below into CommonJS.
    '^.+\\.[cm]?[jt]s$': ['ts-jest', { tsconfig: { module: 'commonjs', isolatedModules: true, allowJs: true } }],
  },
  // node_modules is not compiled, except msw's dependencies that ship ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)'],
};
