import type { Identity } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { assert, describe, expect, test } from 'vitest';
import { call, createKey, NOW } from './helpers.js';

describe('the request log', () => {
  test('records each request with its route, operation, environment, key, status and time', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    await call(mock, 'GET', `/v1/api-keys/${key.id}?`, { key: key.secret });
    const [create, get] = mock.requests.all();
    const adminId = (await call<Identity>(mock, 'GET', '/v1/me')).body.id;
    expect(create).toMatchObject({
      method: 'POST',
      url: 'https://api.keysmith.example/v1/api-keys',
      route: '/v1/api-keys',
      operation: 'createApiKey',
      environment: 'production',
      callerKeyId: adminId,
      targetKeyId: key.id,
      status: 201,
      errorCode: null,
      faulted: false,
    });
    assert.exists(create);
    expect(create.at.toISOString()).toBe(NOW);
    expect(create.requestId).toMatch(/^req_/);
    expect(get).toMatchObject({
      route: '/v1/api-keys/{id}',
      operation: 'getApiKey',
      callerKeyId: key.id,
      targetKeyId: key.id,
      status: 200,
    });
  });

  test('records refusals with their error code, and unmatched requests with null route', async () => {
    const mock = createMockApi({ now: NOW });
    await call(mock, 'GET', '/v1/me', { key: null });
    await call(mock, 'GET', '/v1/elsewhere');
    await call(mock, 'GET', '/v1/me', { base: 'https://other.example' });
    const [unauthenticated, unrouted, unknownHost] = mock.requests.all();
    expect(unauthenticated).toMatchObject({
      status: 401,
      errorCode: 'missing_api_key',
      callerKeyId: null,
      targetKeyId: null,
      operation: 'getMe',
    });
    expect(unrouted).toMatchObject({
      status: 404,
      errorCode: 'not_found',
      route: null,
      operation: null,
      environment: 'production',
    });
    expect(unknownHost).toMatchObject({ status: 404, environment: null });
  });

  test('marks answers that came from faults, with status 0 for a network failure', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 503 });
    mock.faults.inject({ network: true });
    await call(mock, 'GET', '/v1/me');
    await call(mock, 'GET', '/v1/me').catch(() => undefined);
    const [status, network] = mock.requests.all();
    expect(status).toMatchObject({ status: 503, faulted: true, errorCode: 'service_unavailable', operation: 'getMe' });
    expect(network).toMatchObject({ status: 0, faulted: true });
  });

  test('clear() empties it and all() returns a copy', async () => {
    const mock = createMockApi({ now: NOW });
    await call(mock, 'GET', '/v1/me');
    const copy = mock.requests.all();
    mock.requests.clear();
    expect(copy).toHaveLength(1);
    expect(mock.requests.all()).toEqual([]);
  });

  test('keeps only the newest requestLogLimit entries', async () => {
    const mock = createMockApi({ now: NOW, requestLogLimit: 3, plan: { per_minute: 1000 } });
    for (let i = 0; i < 10; i++) await call(mock, 'GET', `/v1/me?n=${i}`);
    expect(mock.requests.all().map((entry) => entry.url.slice(-3))).toEqual(['n=7', 'n=8', 'n=9']);
  });
});
