import { createSecret } from 'keysmith/mock';
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

type Entries = { data: { operation: string; status: number; body: unknown; callerKeyId: string | null }[] };

describe('GET /__mock/requests with a query', () => {
  it('filters by operation and status, as mock.requests.find does', async () => {
    await api(server, 'GET', '/v1/me');
    await api(server, 'POST', '/v1/api-keys', { body: { name: 'kept', permissions: [] } });
    await api(server, 'POST', '/v1/api-keys', { body: { name: '', permissions: [] } });
    const { data } = await json<Entries>(await control(server, 'requests?operation=createApiKey&status=201'));
    expect(data.map((entry) => [entry.operation, entry.status, entry.body])).toEqual([
      ['createApiKey', 201, { name: 'kept', permissions: [] }],
    ]);
    const refused = await json<Entries>(await control(server, 'requests?status=400'));
    expect(refused.data).toHaveLength(1);
  });

  it('filters by key, and never shows a secret from a body', async () => {
    const stray = createSecret('production');
    const created = await api(server, 'POST', '/v1/api-keys', { body: { name: stray, permissions: [] } });
    const key = await json<{ id: string; secret: string }>(created);
    await api(server, 'GET', '/v1/me', { key: key.secret });
    const res = await control(server, `requests?keyId=${key.id}`);
    const text = await res.text();
    expect((JSON.parse(text) as Entries).data.map((entry) => entry.operation)).toEqual(['createApiKey', 'getMe']);
    expect(text).not.toContain(stray);
    expect(text).not.toContain(key.secret);
  });

  it.each([
    ['cursor=1', 'cursor', 'The filters are operation, status, keyId, targetKeyId, callerKeyId'],
    ['status=ok', 'status', 'status must be an integer'],
    ['operation=getMe&operation=listApiKeys', 'operation', 'Send operation once'],
    ['operation=me', 'operation', 'operation must be one of'],
  ])('answers 400 for ?%s, naming the parameter', async (query, param, message) => {
    const res = await control(server, `requests?${query}`);
    expect(res.status).toBe(400);
    const { error } = await json<{ error: { param: string; message: string } }>(res);
    expect(error.param).toBe(param);
    expect(error.message).toContain(message);
  });
});
