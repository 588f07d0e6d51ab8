/**
 * The mock over real HTTP: one `node:http` server on 127.0.0.1 serving the same core as the MSW
 * handlers, for clients in any language and for browser test runners. No web framework and no MSW
 * on this path: each request goes straight to the core (by its direct entry, else `mock.fetch`).
 *
 * Environments share one port: production at the root (`http://127.0.0.1:4010/v1/...`), staging
 * under `/staging` and development under `/development`.
 *
 * The transport refuses some requests before the core sees them (so they are not in the request
 * log): a body over 64 KiB (413 `payload_too_large`, connection closed), a request Node cannot
 * parse or a header block over Node's limit (400 / 431 `invalid_request`), `TRACE` and `CONNECT`
 * (405). Every such answer carries the API's JSON error body.
 *
 * The mock's controls, for processes that cannot call `server.mock` directly, answer loopback
 * peers only, addressed by a local `Host` and from no other site's `Origin` (others get 403
 * `loopback_only`), and take JSON bodies sent as `application/json`:
 *
 * - `POST /__mock/reset` — back to the seeded state → `{"ok": true}`
 * - `GET /__mock/clock` → `{"now": "…"}`; `POST /__mock/clock` with `{"advance_ms": n}` or `{"set": "RFC 3339"}`
 * - `GET /__mock/faults` → `{"pending": n, "rules": [...]}`; `POST /__mock/faults` with
 *   `{"fault": Fault, "operation"?, "keyId"?, "targetKeyId"?, "callerKeyId"?, "probability"?, "count"?}`;
 *   `DELETE /__mock/faults`
 * - `GET /__mock/latency` → `{"latency": …}`; `PUT /__mock/latency` with `{"latency": Latency | null}`
 * - `GET /__mock/requests?operation=…&status=…&keyId=…` → `{"data": [...]}` (the request log); `DELETE /__mock/requests`
 * - `GET /__mock/state` → the state (a `MockSnapshot`); `PUT /__mock/state` with one
 * - `GET /__mock/keys` → `{"adminKeys": {...}, "baseUrls": {...}}`
 *
 * @example
 * ```ts
 * import { startMockServer } from 'keysmith/mock/node';
 *
 * const server = await startMockServer({ port: 0 });
 * await fetch(`${server.url}/__mock/faults`, {
 *   method: 'POST',
 *   headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ fault: { status: 503 }, count: 1 }),
 * });
 * await server.close();
 * ```
 * @module
 */
import { assembleMockApi } from '../assembly/assemble-mock-api.js';
import type { MockSnapshot } from '../snapshot/snapshot-format.js';
import type { MockApi, MockApiOptions } from '../types.js';
import { listenMockServer, type ListenOptions, type MockServer } from './server.js';

export type { ListenOptions, MockServer } from './server.js';

// Served over HTTP, the mock needs no MSW handlers; leaving them out keeps msw optional here.
const noHandlers = (): [] => [];
export { CONTROL_PREFIX } from './control-routes.js';
export { ENVIRONMENT_PATH_PREFIXES } from './environment-prefix.js';

/**
 * Options of {@link startMockServer}: where to listen, and how to seed the mock (its base URLs
 * are the server's, so they cannot be set).
 *
 * @example
 * ```ts
 * const options: MockServerOptions = { port: 4010, now: '2026-11-01T00:00:00Z', plan: { per_minute: 10 } };
 * const server = await startMockServer(options);
 * ```
 */
export interface MockServerOptions extends ListenOptions, Omit<MockApiOptions, 'baseUrls'> {
  /**
   * A state to start from (`mock.snapshot()`, `GET /__mock/state`, a `keysmith-mock --state`
   * file), restored before the first request is served. `reset()` still goes back to the seed.
   */
  state?: MockSnapshot;
}

/**
 * Starts a fresh mock on a local port. The mock's base URLs are the server's, so its request log
 * shows the URLs clients used.
 *
 * @example
 * ```ts
 * import { startMockServer } from 'keysmith/mock/node';
 *
 * const server = await startMockServer({ port: 0, now: '2026-11-01T00:00:00Z' });
 * const res = await fetch(`${server.urls.staging}/v1/me`, {
 *   headers: { Authorization: `Bearer ${server.mock.adminKeys.staging}` },
 * });
 * await server.close();
 * ```
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { port, host, onError, state, ...mockOptions } = options;
  return listenMockServer(
    (baseUrls) => {
      const mock = assembleMockApi({ ...mockOptions, baseUrls }, noHandlers);
      if (state !== undefined) mock.restore(state);
      return mock;
    },
    { port, host, onError },
  );
}

/**
 * Serves a mock you already have (say, the one your MSW handlers use) over HTTP as well. Requests
 * are mapped by path prefix onto the mock's own base URLs, so both paths share one state.
 *
 * @example
 * ```ts
 * import { createMockApi } from 'keysmith/mock';
 * import { serveMockApi } from 'keysmith/mock/node';
 *
 * const mock = createMockApi();
 * const server = await serveMockApi(mock, { port: 0 });
 * // A browser test runner can now use server.url while Node tests call mock.clock directly.
 * await server.close();
 * ```
 */
export function serveMockApi(mock: MockApi, options: ListenOptions = {}): Promise<MockServer> {
  return listenMockServer(() => mock, options);
}
