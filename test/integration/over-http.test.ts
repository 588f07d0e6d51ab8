import { AuthenticationError, Keysmith } from 'keysmith';
import { startMockServer, type MockServer } from 'keysmith/mock/node';
import { afterAll, assert, beforeAll, describe, expect, test } from 'vitest';
import { clientFor, describeSdkScenarios, NOW, rejectionOf, type Transport } from './sdk-scenarios.js';

let server: MockServer;
const transport: Transport = { mock: () => server.mock, baseUrl: (environment) => server.urls[environment] };

beforeAll(async () => {
  server = await startMockServer({ port: 0, now: NOW });
});
afterAll(() => server.close());

describeSdkScenarios('the SDK against the mock over HTTP (startMockServer)', transport);

describe('over-HTTP specifics', () => {
  test('the server listens on 127.0.0.1, with staging and development under their path prefixes', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.urls).toEqual({
      production: server.url,
      staging: `${server.url}/staging`,
      development: `${server.url}/development`,
    });
  });

  test('staging and development keys manage keys of their own environment under their prefixes', async () => {
    for (const [environment, prefix] of [
      ['staging', 'ks_stage_'],
      ['development', 'ks_dev_'],
    ] as const) {
      const { client } = clientFor(transport, server.mock.adminKeys[environment]);
      const created = await client.keys.create({ name: `${environment} worker`, permissions: ['keys:read'] });
      expect(created).toMatchObject({ environment, prefix });
      expect(created.secret.startsWith(prefix)).toBe(true);
      const rotated = await client.keys.regenerate(created.id);
      expect((await clientFor(transport, rotated.secret).client.me()).environment).toBe(environment);
      const logged = server.mock.requests.all().at(-1);
      expect(logged).toMatchObject({ environment, operation: 'getMe', status: 200 });
      expect(logged?.url.startsWith(`${server.url}/${environment}/v1/me`)).toBe(true);
    }
  });

  test('a staging key sent to the production base URL is answered 401 environment_mismatch', async () => {
    const client = new Keysmith({ apiKey: server.mock.adminKeys.staging, baseUrl: server.url });
    const error = await rejectionOf(client.me());
    const logged = server.mock.requests.all().at(-1);
    assert.exists(logged, 'the mock logged the request');
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'environment_mismatch', requestId: logged.requestId });
    expect((error as AuthenticationError).message).toContain(server.urls.staging);
    expect((error as AuthenticationError).message).not.toContain(server.mock.adminKeys.staging);
  });

  test('a production key sent to the development prefix is answered 401 environment_mismatch', async () => {
    const client = new Keysmith({ apiKey: server.mock.adminKey, baseUrl: server.urls.development });
    expect(await rejectionOf(client.keys.list())).toMatchObject({
      name: 'AuthenticationError',
      code: 'environment_mismatch',
    });
  });
});
