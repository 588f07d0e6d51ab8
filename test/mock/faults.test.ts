import type { ApiKeyList } from 'keysmith';
import { createMockApi, MockNetworkError } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, type ErrorBody } from './helpers.js';

const me = (mock: ReturnType<typeof createMockApi>) =>
  new Request('https://api.keysmith.example/v1/me', { headers: { Authorization: `Bearer ${mock.adminKey}` } });

describe('fault injection', () => {
  test('a status fault answers the next N requests with that status and the API’s error body', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 503 }, 2);
    expect(mock.faults.pending).toBe(2);
    const first = await call<ErrorBody>(mock, 'GET', '/v1/me');
    const second = await call(mock, 'GET', '/v1/me');
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(first.body.error).toMatchObject({ type: 'api_error', code: 'service_unavailable' });
    expect(mock.faults.pending).toBe(0);
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
  });

  test('a 429 fault carries Retry-After, and chosen headers and body replace the defaults', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 429 });
    const limited = await call(mock, 'GET', '/v1/me');
    expect(limited.headers.get('Retry-After')).toBe('1');
    expect(codeOf(limited)).toBe('rate_limited');
    mock.faults.inject({ status: 500, headers: { 'Retry-After': '7', 'X-Custom': 'yes' }, body: { custom: true } });
    const custom = await call(mock, 'GET', '/v1/me');
    expect(custom.status).toBe(500);
    expect(custom.headers.get('Retry-After')).toBe('7');
    expect(custom.headers.get('X-Custom')).toBe('yes');
    expect(custom.body).toEqual({ custom: true });
    expect(custom.headers.get('X-Request-Id')).toMatch(/^req_/);
  });

  test('a status fault answers before the operation runs, so nothing changes', async () => {
    const mock = createMockApi({ now: NOW });
    const count = async () => (await call<ApiKeyList>(mock, 'GET', '/v1/api-keys')).body.data.length;
    const before = await count();
    mock.faults.inject({ status: 500 });
    expect((await call(mock, 'POST', '/v1/api-keys', { body: { name: 'x', permissions: [] } })).status).toBe(500);
    expect(await count()).toBe(before);
  });

  test('an after-commit status fault lets the operation take effect', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    mock.faults.inject({ status: 502, afterCommit: true });
    expect((await call(mock, 'POST', `/v1/api-keys/${key.id}/revoke`)).status).toBe(502);
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: key.secret }))).toBe('revoked_api_key');
  });

  test('a network fault makes the core reject with MockNetworkError, a TypeError', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ network: true });
    const failure = await mock.fetch(me(mock)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MockNetworkError);
    expect(failure).toBeInstanceOf(TypeError);
    expect((await mock.fetch(me(mock))).status).toBe(200);
  });

  test('a delay fault waits, then answers normally', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ delayMs: 5 });
    const started = performance.now();
    const response = await mock.fetch(me(mock));
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(4);
  });

  test('an abort during a delay rejects with the signal’s reason', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ delayMs: 10_000 });
    const controller = new AbortController();
    const pending = mock.fetch(new Request(me(mock), { signal: controller.signal }));
    controller.abort(new Error('gave up'));
    await expect(pending).rejects.toThrow('gave up');
  });

  test('faults queue in order and clear() drops them', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 500 });
    mock.faults.inject({ status: 503 });
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(500);
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(503);
    mock.faults.inject({ status: 500 }, 5);
    mock.faults.clear();
    expect(mock.faults.pending).toBe(0);
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
  });

  test('a 204 fault answers without a body', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ status: 204 });
    const response = await mock.fetch(me(mock));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  test('invalid faults are refused', () => {
    const mock = createMockApi({ now: NOW });
    expect(() => {
      mock.faults.inject({ status: 99 });
    }).toThrow(RangeError);
    expect(() => {
      mock.faults.inject({ delayMs: -1 });
    }).toThrow(RangeError);
    expect(() => {
      mock.faults.inject({ status: 500 }, 0);
    }).toThrow(RangeError);
    expect(() => {
      mock.faults.inject({} as never);
    }).toThrow(TypeError);
  });
});
