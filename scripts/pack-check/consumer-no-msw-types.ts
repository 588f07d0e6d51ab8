/**
 * Type-checked by pack-check in a throw-away project WITHOUT msw, against the packed declarations
 * (`skipLibCheck: false`, as `.mts` and `.cts`): keysmith/mock and keysmith/mock/node must
 * type-check there, msw's types being an optional peer's.
 */
import { Keysmith, type KeysmithOptions } from 'keysmith';
import { createMockApi, createSecret, type MockApi, type SeedKey } from 'keysmith/mock';
import { startMockServer } from 'keysmith/mock/node';

/** A mock with a fixture, a client on its clock, and a server: all typed without msw. */
export async function withoutMsw(): Promise<string> {
  const fixture: SeedKey = { secret: createSecret('development'), permissions: ['keys:read'] };
  const mock: MockApi = createMockApi({ now: '2026-11-01T09:00:00Z', keys: [fixture] });
  const options: KeysmithOptions = { apiKey: mock.adminKey, ...mock.clientOptions() };
  const me = await new Keysmith(options).me();
  // @ts-expect-error `advance` takes milliseconds
  mock.clock.advance('1m');
  const response: Response = await mock.fetch(new Request(`${mock.baseUrls.production}/v1/me`));
  const server = await startMockServer({ port: 0 });
  await server.close();
  return me.id + String(response.status);
}
