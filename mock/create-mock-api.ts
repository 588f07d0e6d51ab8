import { assembleMockApi } from './assembly/assemble-mock-api.js';
import { createHandlers } from './adapters/msw/msw-handlers.js';
import { mswModule } from './adapters/msw/msw-module.js';
import type { MockApi, MockApiOptions } from './types.js';

/**
 * Creates an in-memory Keysmith API with the full semantics of the contract, seeded with one
 * `admin:*` key per environment. Use `handlers` with MSW, `fetch` directly, or serve it over
 * HTTP with `keysmith/mock/node`.
 *
 * @example With MSW in a Node test suite
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createMockApi } from 'keysmith/mock';
 *
 * const mock = createMockApi({ now: '2026-11-01T00:00:00Z' });
 * const server = setupServer(...mock.handlers);
 * beforeAll(() => server.listen());
 * afterEach(() => mock.reset());
 * afterAll(() => server.close());
 *
 * test('the admin key works', async () => {
 *   const res = await fetch('https://api.keysmith.example/v1/me', {
 *     headers: { Authorization: `Bearer ${mock.adminKey}` },
 *   });
 *   expect(res.status).toBe(200);
 * });
 * ```
 * @example Without MSW: an SDK client on the mock's core and clock
 * ```ts
 * import { Keysmith } from 'keysmith';
 * import { createMockApi } from 'keysmith/mock';
 *
 * const mock = createMockApi({ now: '2026-11-01T09:00:00Z' });
 * const client = new Keysmith({ apiKey: mock.adminKey, ...mock.clientOptions() });
 * await client.keys.create({ name: 'CI', permissions: ['keys:read'] }); // a 429's Retry-After would pass on mock time
 * ```
 * @example Calling the core directly, with a fixture key and a moving clock
 * ```ts
 * import { createMockApi, createSecret } from 'keysmith/mock';
 *
 * const reader = createSecret('production');
 * const mock = createMockApi({ now: '2026-11-01T00:00:00Z', keys: [{ secret: reader, permissions: ['keys:read'], expires_at: '2026-11-02T00:00:00Z' }] });
 * mock.clock.advance(86_400_000);
 * const res = await mock.fetch(new Request('https://api.keysmith.example/v1/me', { headers: { Authorization: `Bearer ${reader}` } }));
 * // res.status === 401, error code expired_api_key
 * ```
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  // msw is reached only when `mock.handlers` is first read: without it, the rest works.
  return assembleMockApi(options, (table, serve) => createHandlers(mswModule(), table, serve));
}
