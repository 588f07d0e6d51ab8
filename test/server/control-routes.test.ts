import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from 'keysmith/mock/node';

const START = '2026-11-01T09:00:00.000Z';
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ port: 0, now: START });
});
afterAll(() => server.close());
beforeEach(() => {
  server.mock.reset();
});

function control(path: string, method = 'GET', body?: unknown): Promise<Response> {
  return fetch(`${server.url}/__mock/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function me(): Promise<Response> {
  return fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${server.mock.adminKey}` } });
}

async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

describe('POST /__mock/reset', () => {
  it('brings the mock back to its seeded state', async () => {
    const created = await fetch(`${server.url}/v1/api-keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.mock.adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'temp', permissions: ['keys:read'] }),
    });
    const { secret } = (await created.json()) as { secret: string };
    const res = await control('reset', 'POST');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const after = await fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(after.status).toBe(401);
  });
});

describe('/__mock/clock', () => {
  it('reads the mock clock', async () => {
    expect(await json(await control('clock'))).toEqual({ now: START });
  });

  it('advances the clock', async () => {
    const res = await control('clock', 'POST', { advance_ms: 90_000 });
    expect(await json(res)).toEqual({ now: '2026-11-01T09:01:30.000Z' });
    expect(server.mock.clock.now().toISOString()).toBe('2026-11-01T09:01:30.000Z');
  });

  it('sets the clock', async () => {
    const res = await control('clock', 'POST', { set: '2027-01-01T00:00:00Z' });
    expect(await json(res)).toEqual({ now: '2027-01-01T00:00:00.000Z' });
  });

  it('answers 400 in the API error shape for a bad command', async () => {
    const res = await control('clock', 'POST', { advance_ms: -5 });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ type: 'invalid_request_error', code: 'validation_error', param: 'advance_ms' });
    expect(error['request_id']).toBe(res.headers.get('x-request-id'));
  });

  it('answers invalid_request, naming what the body must hold, when no one field is at fault', async () => {
    for (const body of [{}, { advance_ms: 1000, set: '2027-01-01T00:00:00Z' }]) {
      const res = await control('clock', 'POST', body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: Record<string, unknown> };
      expect(error).toMatchObject({
        code: 'invalid_request',
        message: 'The body must be an object with advance_ms or an object with set.',
      });
      expect(error).not.toHaveProperty('param');
    }
    expect(server.mock.clock.now().toISOString()).toBe(START);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await control('clock', 'POST', '{advance_ms: 5');
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('answers 415 for a body that is not sent as JSON', async () => {
    const res = await fetch(`${server.url}/__mock/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"advance_ms":1}',
    });
    expect(res.status).toBe(415);
    expect(await json(res)).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('accepts a JSON body sent without a Content-Type', async () => {
    const res = await fetch(`${server.url}/__mock/clock`, { method: 'POST', body: new Blob(['{"advance_ms":1000}']) });
    expect(await json(res)).toEqual({ now: '2026-11-01T09:00:01.000Z' });
  });

  it('answers 413 for a control body over 64 KiB', async () => {
    const res = await control('clock', 'POST', { set: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
  });
});

describe('/__mock/faults', () => {
  it('injects status faults for the next requests', async () => {
    const res = await control('faults', 'POST', { fault: { status: 503 }, count: 2 });
    expect(await json(res)).toEqual({ pending: 2, rules: [{ fault: { status: 503 }, probability: 1, left: 2 }] });
    expect((await me()).status).toBe(503);
    expect(await json(await control('faults'))).toMatchObject({ pending: 1 });
    expect((await me()).status).toBe(503);
    expect((await me()).status).toBe(200);
  });

  it('injects a network fault that resets the connection', async () => {
    await control('faults', 'POST', { fault: { network: true } });
    await expect(me()).rejects.toThrow(TypeError);
    expect((await me()).status).toBe(200);
  });

  it('drops pending faults', async () => {
    await control('faults', 'POST', { fault: { status: 500 }, count: 5 });
    expect(await json(await control('faults', 'DELETE'))).toEqual({ pending: 0, rules: [] });
    expect((await me()).status).toBe(200);
  });

  it('answers 400 naming the field of a bad fault', async () => {
    const res = await control('faults', 'POST', { fault: { status: 42 } });
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ error: { code: 'validation_error', param: 'fault.status' } });
    expect(server.mock.faults.pending).toBe(0);
  });
});

describe('/__mock/requests', () => {
  it('returns the request log as JSON, without secrets', async () => {
    await me();
    const res = await control('requests');
    const { data } = (await res.json()) as { data: Record<string, unknown>[] };
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      method: 'GET',
      url: `${server.url}/v1/me`,
      status: 200,
      at: START,
      faulted: false,
    });
    expect(JSON.stringify(data)).not.toContain(server.mock.adminKey);
  });

  it('does not log the control requests themselves', async () => {
    await control('clock');
    expect(await json(await control('requests'))).toEqual({ data: [] });
  });

  it('clears the log', async () => {
    await me();
    expect(await json(await control('requests', 'DELETE'))).toEqual({ ok: true });
    expect(server.mock.requests.all()).toEqual([]);
  });
});

describe('GET /__mock/keys', () => {
  it('returns the admin keys and the base URLs', async () => {
    expect(await json(await control('keys'))).toEqual({ adminKeys: server.mock.adminKeys, baseUrls: server.urls });
  });
});

describe('unknown controls', () => {
  it('answers 404 for an unknown control', async () => {
    const res = await control('nope');
    expect(res.status).toBe(404);
    expect(await json(res)).toMatchObject({ error: { type: 'not_found_error', code: 'not_found' } });
  });

  it('answers 405 with Allow for a method a control does not take', async () => {
    const res = await control('keys', 'DELETE');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(await json(res)).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('does not treat an environment-prefixed /__mock/ path as a control', async () => {
    const res = await fetch(`${server.urls.staging}/__mock/keys`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain(server.mock.adminKeys.staging);
  });
});
