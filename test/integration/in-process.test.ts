import { InvalidApiKeyError, Keysmith } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { clientFor, describeSdkScenarios, NOW, type Transport } from './sdk-scenarios.js';

const mock = createMockApi({ now: NOW });
const transport: Transport = { mock: () => mock, baseUrl: (environment) => mock.baseUrls[environment] };
// Made before MSW intercepts anything: the SDK must look up fetch at call time, not at construction.
const early = new Keysmith({ apiKey: mock.adminKey });
const server = setupServer(...mock.handlers);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  mock.reset();
});
afterAll(() => {
  server.close();
});

describeSdkScenarios('the SDK against the mock in-process (msw setupServer)', transport);

describe('in-process specifics', () => {
  test('a client made before server.listen() still reaches the mock', async () => {
    const me = await early.me();
    expect(me).toMatchObject({ object: 'identity', environment: 'production', permissions: ['admin:*'] });
    expect(mock.requests.all()).toHaveLength(1);
  });

  test('the SDK’s default base URLs are the mock’s, one per environment', async () => {
    for (const environment of ['production', 'staging', 'development'] as const) {
      const client = new Keysmith({ apiKey: mock.adminKeys[environment] });
      expect(client.baseUrl).toBe(mock.baseUrls[environment]);
      expect((await client.me()).environment).toBe(environment);
    }
  });

  test('staging and development keys manage keys of their own environment', async () => {
    for (const [environment, prefix] of [
      ['staging', 'ks_stage_'],
      ['development', 'ks_dev_'],
    ] as const) {
      const { client } = clientFor(transport, mock.adminKeys[environment]);
      const created = await client.keys.create({ name: `${environment} worker`, permissions: ['keys:read'] });
      expect(created).toMatchObject({ environment, prefix });
      expect(created.secret.startsWith(prefix)).toBe(true);
      const listed = await client.keys.list({ environment });
      expect(listed.data.map((key) => key.id)).toContain(created.id);
      expect((await clientFor(transport, created.secret).client.me()).environment).toBe(environment);
    }
  });

  test('a staging key aimed at the production base URL is refused before any request is sent', () => {
    const build = () => new Keysmith({ apiKey: mock.adminKeys.staging, baseUrl: mock.baseUrls.production });
    expect(build).toThrow(InvalidApiKeyError);
    expect(build).toThrow(expect.objectContaining({ code: 'environment_mismatch' }));
    expect(mock.requests.all()).toHaveLength(0);
  });
});
