/**
 * `keysmith/mock`: a stateful, in-memory Keysmith API for test suites. Keys you create can be
 * used, revoked keys stop working on the next request, rate limits bite, and every answer
 * conforms to `openapi.yaml`.
 *
 * One fetch-style core (`mock.fetch`: a `Request` in, a `Response` out) serves every adapter:
 * the single MSW handler in `mock.handlers` (`setupServer` in Node, `setupWorker` in browsers)
 * and the HTTP server of `keysmith/mock/node`. Runs in Node and in browsers. `msw` is an optional
 * peer dependency, needed by `mock.handlers` only: without it everything else works, types
 * included. `mock.clientOptions()` wires an SDK client to the core and to the mock's clock.
 *
 * **Order of checks**, so one bad request always gets the same answer: route (404 `not_found`,
 * 405) → `Keysmith-Version` (400 `unsupported_version`) → the key: missing → format → unknown →
 * revoked → inactive → expired → environment (401) → scope (403 `insufficient_scope`) → rate
 * limit (429) → validation (413, 415, 400) → `Idempotency-Key` (replay, or 409) → the operation
 * (404, 409 `key_revoked`, 403 `environment_forbidden` / `scope_escalation`, then the change).
 * Nothing changes before the operation runs, so a refused request leaves the store as it was.
 *
 * **Where the contract is silent, the mock decides:**
 * - Rate limits are fixed windows aligned to the clock's minute and hour. Every authenticated
 *   request takes one unit from both windows while units remain — 4xx answers included — except
 *   `GET /v1/rate-limit`, which never counts and is never refused with 429. A 429 uses nothing.
 * - Usage (`requests_today`, `requests_this_month`, `last_used_at`) counts every request the key
 *   authenticated, whatever came after (403, 429, `GET /v1/rate-limit` included).
 * - `expired` is never stored: moving `expires_at` into the future revives an expired key.
 * - After a regeneration at most two secrets work: a second regeneration ends the first old
 *   secret's grace period at once. A replaced secret is refused with `revoked_api_key`.
 * - Idempotency records hold the operation's answer (2xx, and its own 403/404/409) for 24 hours
 *   of the mock clock, per calling key; requests refused before the operation (401, 403
 *   `insufficient_scope`, 429, validation) are not recorded, so a corrected retry goes through.
 *   A replay gets a fresh `X-Request-Id`, current rate-limit headers and `Idempotent-Replayed: true`.
 * - Reads span the account (listings filter by `environment`); create and regenerate mint a
 *   secret, so they need a key of that environment (403 `environment_forbidden`).
 * - `PATCH` replaces `rate_limit` and `metadata` whole; a quota left out takes the plan default.
 * - `reset()` also returns the clock to its start (frozen at `options.now`, or real time), and
 *   the standing latency to `options.latency`.
 * - Latency is spent on the mock clock unless `wait: 'real'` asks for a real wait; on a clock that
 *   follows real time, the first latency freezes it (as `mock.clock.advance` does).
 * - A fault rule tries its `probability` only on requests its filter matches, drawing from
 *   `options.randomBytes`: the same seed and the same requests give the same faults.
 * - `snapshot()` leaves out faults, latency and the request log (they are the test's controls,
 *   not the API's state); `restore()` leaves them as they are.
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
export { MockNetworkError } from './faults/mock-network-error.js';
export { BODY_LIMIT_BYTES } from './pipeline/steps/6-validate-request.js';
export { MOCK_STATE_FORMAT, MOCK_STATE_VERSION } from './snapshot/snapshot-format.js';
export { MOCK_STATE_SCHEMA } from './snapshot/snapshot-schema.js';
export { createSecret } from './store/mint.js';
export { REQUEST_LOG_ANSWER_LIMIT, REQUEST_LOG_BODY_LIMIT } from './store/request-log.js';
export type { FaultOptions, Latency, LatencyRange, LatencyWait, PendingFault } from './faults/fault-types.js';
export type {
  MockSnapshot,
  SnapshotIdempotencyRecord,
  SnapshotKey,
  SnapshotReplacedSecret,
} from './snapshot/snapshot-format.js';
export type {
  Environment,
  Fault,
  LoggedHeaders,
  LoggedRequest,
  MockApi,
  MockApiOptions,
  MockClientOptions,
  MockClock,
  MockFaults,
  MockRequestLog,
  OperationId,
  PlanLimits,
  RequestFilter,
  RequestQuery,
  SeedKey,
} from './types.js';
