/**
 * `keysmith/mock`: a stateful, in-memory Keysmith API for test suites. Keys you create can be
 * used, revoked keys stop working on the next request, rate limits bite, and every answer
 * conforms to `openapi.yaml`.
 *
 * One fetch-style core (`mock.fetch`: a `Request` in, a `Response` out) serves every adapter:
 * the MSW handlers (`setupServer` in Node, `setupWorker` in browsers) and the HTTP server of
 * `keysmith/mock/node`. Runs in Node and in browsers; `msw` is a peer dependency.
 *
 * Order of checks, so one bad request always gets the same answer: route (404/405) → version
 * (400 `unsupported_version`) → key: missing → format → unknown → revoked → inactive → expired →
 * environment (401) → scope (403) → rate limit (429) → validation (413, 415, 400) → idempotency
 * (replay or 409) → the operation.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createMockApi } from 'keysmith/mock';
 *
 * const mock = createMockApi();
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * ```
 * @module
 */
export { createMockApi } from './create-mock-api.js';
export { createSecret } from './random.js';
export { MockNetworkError } from './reply.js';
export { BODY_LIMIT_BYTES } from './request-validation.js';
export type {
  Environment,
  Fault,
  LoggedRequest,
  MockApi,
  MockApiOptions,
  MockClock,
  MockFaults,
  MockRequestLog,
  PlanLimits,
  SeedKey,
} from './types.js';
