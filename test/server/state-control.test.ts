import type { MockSnapshot } from 'keysmith/mock';
import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, control, json, startServer } from './helpers-controls.js';

let source: MockServer;
let target: MockServer;
beforeAll(async () => {
  [source, target] = await Promise.all([startServer(), startServer()]);
});
afterAll(() => Promise.all([source.close(), target.close()]));

describe('/__mock/state', () => {
  it('moves the whole state from one server to another: its keys work there with their secrets', async () => {
    const created = await api(source, 'POST', '/v1/api-keys', { body: { name: 'moved', permissions: [] } });
    const key = await json<{ id: string; secret: string }>(created);
    const state = await (await control(source, 'state')).text();
    expect(state).not.toContain(key.secret);

    const put = await control(target, 'state', 'PUT', state);
    expect(await json(put)).toEqual({ ok: true, keys: 4 });
    const me = await api(target, 'GET', '/v1/me', { key: key.secret });
    expect(await json(me)).toMatchObject({ id: key.id });
    expect((await api(target, 'GET', '/v1/me')).status).toBe(200);
  });

  it('refuses a state that is not one with 400 naming the problem, and changes nothing', async () => {
    const before = target.mock.snapshot();
    const foreign = await control(target, 'state', 'PUT', { keys: [] });
    expect(foreign.status).toBe(400);
    expect(await json(foreign)).toMatchObject({
      error: { code: 'invalid_request', message: expect.stringContaining('not a keysmith-mock state') as unknown },
    });
    const broken: MockSnapshot = { ...before, clock: { now: 'soon', frozen: true } };
    const res = await control(target, 'state', 'PUT', broken);
    const { error } = await json<{ error: { message: string } }>(res);
    expect(error.message).toContain('clock.now must be an RFC 3339 date-time string');
    expect(target.mock.snapshot()).toEqual(before);
  });

  it('reads a state larger than the API’s 64 KiB body limit', async () => {
    const snapshot = source.mock.snapshot();
    const padded = {
      ...snapshot,
      keys: snapshot.keys.map((key) => ({
        ...key,
        metadata: { a: 'm'.repeat(9_999), b: 'm'.repeat(9_999) },
        description: 'd'.repeat(9_999),
      })),
    };
    const body = JSON.stringify(padded);
    expect(body.length).toBeGreaterThan(65_536);
    expect((await control(target, 'state', 'PUT', body)).status).toBe(200);
  });
});
