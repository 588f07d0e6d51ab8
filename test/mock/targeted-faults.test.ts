import { createMockApi, type MockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes } from './helpers.js';

const ROOMY = { per_minute: 1_000_000, per_hour: 100_000_000 };

/** 1,000 requests, a quarter of them creates, in a fixed order; returns the status of each. */
async function mixedRun(mock: MockApi, keyId: string): Promise<{ operation: string; status: number }[]> {
  const kinds = [
    ['listApiKeys', 'GET', '/v1/api-keys?limit=1'],
    ['createApiKey', 'POST', '/v1/api-keys'],
    ['getApiKey', 'GET', `/v1/api-keys/${keyId}`],
    ['getMe', 'GET', '/v1/me'],
  ] as const;
  const statuses: { operation: string; status: number }[] = [];
  for (let i = 0; i < 1000; i++) {
    const [operation, method, path] = kinds[i % kinds.length] ?? kinds[0];
    const body = method === 'POST' ? { name: `k${i}`, permissions: [] } : undefined;
    statuses.push({ operation, status: (await call(mock, method, path, { body })).status });
  }
  return statuses;
}

describe('targeted faults', () => {
  test('a fault for one operation leaves every other operation alone', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 503 }, { operation: 'createApiKey' });
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
    expect((await call(mock, 'GET', '/v1/api-keys')).status).toBe(200);
    expect(mock.faults.pending).toBe(1);
    const create = await call(mock, 'POST', '/v1/api-keys', { body: { name: 'x', permissions: [] } });
    expect([create.status, codeOf(create)]).toEqual([503, 'service_unavailable']);
    expect(mock.faults.pending).toBe(0);
    expect((await call(mock, 'POST', '/v1/api-keys', { body: { name: 'x', permissions: [] } })).status).toBe(201);
  });

  test('a fault for a key hits the requests that act on it and the requests it makes, and no other', async () => {
    const mock = createMockApi({ now: NOW });
    const target = await createKey(mock, { permissions: ['keys:read'] });
    const other = await createKey(mock);
    mock.faults.inject({ status: 500 }, { keyId: target.id, count: 'unlimited' });
    expect((await call(mock, 'GET', `/v1/api-keys/${other.id}`)).status).toBe(200);
    expect((await call(mock, 'GET', `/v1/api-keys/${target.id}`)).status).toBe(500);
    expect((await call(mock, 'GET', '/v1/me', { key: target.secret })).status).toBe(500);
    expect((await call(mock, 'GET', '/v1/me', { key: other.secret })).status).toBe(200);
  });

  test('targetKeyId and callerKeyId narrow a key fault to one side', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock, { permissions: ['keys:read'] });
    mock.faults.inject({ status: 502 }, { callerKeyId: key.id, count: 'unlimited' });
    mock.faults.inject({ status: 504 }, { targetKeyId: key.id, count: 'unlimited' });
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(502);
    expect((await call(mock, 'GET', `/v1/api-keys/${key.id}`)).status).toBe(504);
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
  });

  test('a caller fault knows a key by a secret its regeneration replaced, while that secret still works', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock, { permissions: ['keys:read'] });
    await call(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, { body: { grace_period_seconds: 60 } });
    mock.faults.inject({ status: 503 }, { callerKeyId: key.id });
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(503);
  });

  test("'unlimited' faults every match until cleared, and pending says Infinity", async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 503 }, { operation: 'getMe', count: 'unlimited' });
    for (let i = 0; i < 5; i++) expect((await call(mock, 'GET', '/v1/me')).status).toBe(503);
    expect(mock.faults.pending).toBe(Infinity);
    mock.faults.clear();
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
  });

  test('a plain number as the second argument still means count', () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 500 }, 2);
    expect(mock.faults.list()).toEqual([{ fault: { status: 500 }, probability: 1, left: 2 }]);
  });

  test('rules are tried in order, and a rule whose filter misses lets a later one decide', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 503 }, { operation: 'createApiKey' });
    mock.faults.inject({ status: 500 });
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(500);
    expect(mock.faults.list()).toEqual([
      { fault: { status: 503 }, operation: 'createApiKey', probability: 1, left: 1 },
    ]);
  });

  test('list() shows each pending rule with what is left of it', () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ network: true, afterCommit: true }, { operation: 'revokeApiKey', probability: 0.5 });
    mock.faults.inject({ status: 429, latency: 100 }, { keyId: 'key_0000000000000001', count: 'unlimited' });
    expect(mock.faults.list()).toEqual([
      { fault: { network: true, afterCommit: true }, operation: 'revokeApiKey', probability: 0.5, left: 1 },
      { fault: { status: 429, latency: 100 }, keyId: 'key_0000000000000001', probability: 1, left: 'unlimited' },
    ]);
  });

  test('1,000 mixed requests with a createApiKey fault at 0.3: only creates fail, about 30% of them, the same with the same seed', async () => {
    const run = async (seed: number) => {
      const mock = createMockApi({ now: NOW, plan: ROOMY, randomBytes: seededBytes(seed) });
      const key = await createKey(mock);
      mock.faults.inject({ status: 503 }, { operation: 'createApiKey', probability: 0.3, count: 'unlimited' });
      return mixedRun(mock, key.id);
    };
    const first = await run(42);
    const faulted = first.filter((request) => request.status === 503);
    expect(new Set(faulted.map((request) => request.operation))).toEqual(new Set(['createApiKey']));
    const creates = first.filter((request) => request.operation === 'createApiKey').length;
    expect(creates).toBe(250);
    // Binomial(250, 0.3): mean 75, standard deviation 7.2; four deviations either side.
    expect(faulted.length).toBeGreaterThanOrEqual(46);
    expect(faulted.length).toBeLessThanOrEqual(104);
    expect(await run(42)).toEqual(first);
    expect(await run(43)).not.toEqual(first);
  });

  test('a probability of 0 never fires and 1 always does', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 500 }, { operation: 'getMe', probability: 0, count: 'unlimited' });
    mock.faults.inject({ status: 503 }, { operation: 'listApiKeys', probability: 1, count: 'unlimited' });
    for (let i = 0; i < 20; i++) {
      expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
      expect((await call(mock, 'GET', '/v1/api-keys')).status).toBe(503);
    }
  });

  test('bad options are refused, naming the field, and add no rule', () => {
    const mock = createMockApi({ now: NOW });
    const refused = (options: unknown): unknown => {
      try {
        mock.faults.inject({ status: 500 }, options as never);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(refused({ operation: 'createKey' })).toMatchObject({
      name: 'RangeError',
      message: expect.stringContaining('operation must be one of listApiKeys, createApiKey') as unknown,
    });
    expect(refused({ probability: 1.5 })).toMatchObject({ message: expect.stringContaining('probability') as unknown });
    expect(refused({ count: 0 })).toMatchObject({ message: expect.stringContaining('count') as unknown });
    expect(refused({ count: 'forever' })).toMatchObject({ message: expect.stringContaining('unlimited') as unknown });
    expect(refused({ keyId: 'nope' })).toMatchObject({ message: expect.stringContaining('keyId') as unknown });
    expect(refused({ operaton: 'getMe' })).toMatchObject({
      message: expect.stringContaining('operaton is not a known field') as unknown,
    });
    expect(mock.faults.list()).toEqual([]);
  });
});
