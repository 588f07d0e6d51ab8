import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, control, json, startServer } from './helpers-controls.js';

let server: MockServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.mock.reset();
});

describe('/__mock/faults with targets', () => {
  it('faults only the operation named beside "fault", with the fields mock.faults.inject takes', async () => {
    const res = await control(server, 'faults', 'POST', {
      fault: { status: 503 },
      operation: 'createApiKey',
      count: 'unlimited',
    });
    expect(await json(res)).toEqual({
      pending: 'unlimited',
      rules: [{ fault: { status: 503 }, operation: 'createApiKey', probability: 1, left: 'unlimited' }],
    });
    expect((await api(server, 'GET', '/v1/me')).status).toBe(200);
    expect((await api(server, 'POST', '/v1/api-keys', { body: { name: 'x', permissions: [] } })).status).toBe(503);
    expect((await api(server, 'POST', '/v1/api-keys', { body: { name: 'x', permissions: [] } })).status).toBe(503);
  });

  it('faults the requests of one key, and lists the rule with what is left', async () => {
    const created = await api(server, 'POST', '/v1/api-keys', { body: { name: 'x', permissions: [] } });
    const key = await json<{ id: string; secret: string }>(created);
    await control(server, 'faults', 'POST', { fault: { network: true }, keyId: key.id, count: 2 });
    await expect(api(server, 'GET', '/v1/me', { key: key.secret })).rejects.toThrow(TypeError);
    expect((await api(server, 'GET', '/v1/me')).status).toBe(200);
    expect(await json(await control(server, 'faults'))).toEqual({
      pending: 1,
      rules: [{ fault: { network: true }, keyId: key.id, probability: 1, left: 1 }],
    });
  });

  it('gives a fault its own latency, on the mock clock', async () => {
    await control(server, 'faults', 'POST', { fault: { status: 504, latency: 30_000 }, operation: 'getMe' });
    expect((await api(server, 'GET', '/v1/me')).status).toBe(504);
    expect(server.mock.clock.now().toISOString()).toBe('2026-11-01T09:00:30.000Z');
    await control(server, 'faults', 'POST', { fault: { latency: { min: 100, max: 100 } } });
    expect((await api(server, 'GET', '/v1/me')).status).toBe(200);
    expect(server.mock.clock.now().toISOString()).toBe('2026-11-01T09:00:30.100Z');
  });

  it.each([
    [{ fault: { status: 503 }, operation: 'createKey' }, 'operation', 'operation must be one of listApiKeys'],
    [{ fault: { status: 503 }, probability: 2 }, 'probability', 'probability must be a number from 0 to 1'],
    [{ fault: { status: 503 }, count: 'forever' }, 'count', '"unlimited"'],
    [{ fault: { status: 503 }, keyid: 'key_0000000000000001' }, 'keyid', 'keyid is not a known field'],
    [{ fault: { status: 503, latency: -5 } }, 'fault.latency', 'fault.latency must be an integer from 0'],
    [{ fault: { delayMs: 5, latency: 5 } }, 'fault.latency', 'A delay fault has no latency'],
  ])('answers 400 naming the field of %j, and adds no rule', async (body, param, message) => {
    const res = await control(server, 'faults', 'POST', body);
    expect(res.status).toBe(400);
    const { error } = await json<{ error: { code: string; param: string; message: string } }>(res);
    expect(error).toMatchObject({ code: 'validation_error', param });
    expect(error.message).toContain(message);
    expect(server.mock.faults.list()).toEqual([]);
  });
});
