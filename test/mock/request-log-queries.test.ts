import type { Identity } from 'keysmith';
import { createMockApi, createSecret, REQUEST_LOG_ANSWER_LIMIT, REQUEST_LOG_BODY_LIMIT } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, createKey, NOW } from './helpers.js';

describe('the request log, in detail', () => {
  test('keeps the body as JSON, with every secret masked (escaped ones too)', async () => {
    const mock = createMockApi({ now: NOW });
    const stray = createSecret('production');
    const escaped = `\\u006b${stray.slice(1)}`;
    await call(mock, 'POST', '/v1/api-keys', {
      raw: `{"name":"leak ${stray}","permissions":[],"metadata":{"note":"${escaped}"}}`,
      headers: { 'Content-Type': 'application/json' },
    });
    const [entry] = mock.requests.all();
    expect(entry?.body).toEqual({
      name: `leak ks_prod_••••${stray.slice(-4)}`,
      permissions: [],
      metadata: { note: `ks_prod_••••${stray.slice(-4)}` },
    });
    expect(JSON.stringify(mock.requests.all())).not.toContain(stray.slice(8));
  });

  test('keeps a body that is not JSON as masked text, and none for a request without one', async () => {
    const mock = createMockApi({ now: NOW });
    const stray = createSecret('development');
    await call(mock, 'POST', '/v1/api-keys', { raw: `name=${stray}`, headers: { 'Content-Type': 'text/plain' } });
    await call(mock, 'GET', '/v1/me');
    const [text, none] = mock.requests.all();
    expect(text?.body).toBe(`name=ks_dev_••••${stray.slice(-4)}`);
    expect(none).toMatchObject({ body: null, bodyTooLarge: false });
  });

  test(`leaves out a body over ${REQUEST_LOG_BODY_LIMIT} bytes, and says so`, async () => {
    const mock = createMockApi({ now: NOW });
    const description = 'x'.repeat(REQUEST_LOG_BODY_LIMIT);
    await call(mock, 'POST', '/v1/api-keys', { body: { name: 'big', permissions: [], description } });
    await call(mock, 'POST', '/v1/api-keys', { body: { name: 'small', permissions: [] } });
    const [big, small] = mock.requests.all();
    expect(big).toMatchObject({ body: null, bodyTooLarge: true });
    expect(small).toMatchObject({ body: { name: 'small' }, bodyTooLarge: false });
  });

  test("keeps the answer's body as JSON, a create's new secret masked", async () => {
    const mock = createMockApi({ now: NOW });
    const created = await createKey(mock, { name: 'ci' });
    await call(mock, 'GET', '/v1/api-keys/key_0000000000000000');
    const [create, missing] = mock.requests.all();
    expect(create?.answerBody).toMatchObject({
      object: 'api_key',
      id: created.id,
      name: 'ci',
      secret: `ks_prod_••••${created.secret.slice(-4)}`,
    });
    expect(create?.answerBodyTooLarge).toBe(false);
    expect(missing?.answerBody).toMatchObject({ error: { code: 'not_found' } });
    expect(JSON.stringify(mock.requests.all())).not.toContain(created.secret.slice(8, 20));
  });

  test(`leaves out an answer over ${REQUEST_LOG_ANSWER_LIMIT} characters and one a network fault lost, and says which`, async () => {
    const mock = createMockApi({ now: NOW });
    // A listed key takes over 400 characters, so a page of this many is over the limit.
    const many = Math.ceil(REQUEST_LOG_ANSWER_LIMIT / 400);
    for (let index = 0; index < many; index++) await createKey(mock, { name: `key-${index}` });
    mock.requests.clear();
    await call(mock, 'GET', `/v1/api-keys?limit=${many}`);
    await call(mock, 'GET', '/v1/api-keys?limit=1');
    mock.faults.inject({ network: true });
    await call(mock, 'GET', '/v1/me').catch(() => undefined);
    const [large, small, lost] = mock.requests.all();
    expect(large).toMatchObject({ status: 200, answerBody: null, answerBodyTooLarge: true });
    expect(small).toMatchObject({ status: 200, answerBody: { object: 'list' }, answerBodyTooLarge: false });
    expect(lost).toMatchObject({ status: 0, answerBody: null, answerBodyTooLarge: false });
  });

  test('keeps Idempotency-Key, Keysmith-Version and Content-Type, and never Authorization', async () => {
    const mock = createMockApi({ now: NOW });
    await call(mock, 'POST', '/v1/api-keys', {
      body: { name: 'x', permissions: [] },
      headers: { 'Idempotency-Key': 'create-1', 'Keysmith-Version': '2026-11-01', 'X-Other': 'no' },
    });
    const [entry] = mock.requests.all();
    expect(entry?.headers).toEqual({
      'Idempotency-Key': 'create-1',
      'Keysmith-Version': '2026-11-01',
      'Content-Type': 'application/json',
    });
    expect(JSON.stringify(entry)).not.toContain(mock.adminKey);
  });

  test('marks an idempotent replay, and names the key a create made even when replayed', async () => {
    const mock = createMockApi({ now: NOW });
    const send = () =>
      call<{ id: string }>(mock, 'POST', '/v1/api-keys', {
        body: { name: 'once', permissions: [] },
        headers: { 'Idempotency-Key': 'create-once' },
      });
    const first = await send();
    await send();
    const [original, replay] = mock.requests.find({ operation: 'createApiKey' });
    expect(original).toMatchObject({ replayed: false, targetKeyId: first.body.id, status: 201 });
    expect(replay).toMatchObject({ replayed: true, targetKeyId: first.body.id, status: 201 });
  });

  test('find() filters by operation, status and key, the key being the caller or the target', async () => {
    const mock = createMockApi({ now: NOW });
    const adminId = (await call<Identity>(mock, 'GET', '/v1/me')).body.id;
    const reader = await createKey(mock, { permissions: ['keys:read'] });
    await call(mock, 'POST', `/v1/api-keys/${reader.id}/revoke`, { key: reader.secret });
    await call(mock, 'GET', `/v1/api-keys/${reader.id}`);
    const summary = (entries: readonly { operation: string | null; status: number }[]) =>
      entries.map((entry) => `${entry.operation} ${entry.status}`);

    expect(summary(mock.requests.find({ operation: 'createApiKey', status: 201 }))).toEqual(['createApiKey 201']);
    expect(summary(mock.requests.find({ status: 403 }))).toEqual(['revokeApiKey 403']);
    expect(summary(mock.requests.find({ keyId: reader.id }))).toEqual([
      'createApiKey 201',
      'revokeApiKey 403',
      'getApiKey 200',
    ]);
    expect(summary(mock.requests.find({ callerKeyId: reader.id }))).toEqual(['revokeApiKey 403']);
    expect(summary(mock.requests.find({ callerKeyId: adminId, targetKeyId: reader.id }))).toEqual([
      'createApiKey 201',
      'getApiKey 200',
    ]);
    expect(mock.requests.find({})).toHaveLength(4);
  });

  test('names the caller of a request a fault answered before it ran, so find({ keyId }) finds it', async () => {
    const mock = createMockApi({ now: NOW });
    const reader = await createKey(mock, { permissions: ['keys:read'] });
    mock.faults.inject({ network: true }, { keyId: reader.id, count: 1 });
    mock.faults.inject({ status: 503 }, { callerKeyId: reader.id, count: 1 });
    await call(mock, 'GET', '/v1/me', { key: reader.secret }).catch(() => undefined);
    await call(mock, 'GET', '/v1/me', { key: reader.secret });
    await call(mock, 'GET', '/v1/me', { key: reader.secret });
    const seen = mock.requests.find({ keyId: reader.id });
    expect(seen.map((entry) => [entry.operation, entry.status, entry.faulted, entry.callerKeyId])).toEqual([
      ['createApiKey', 201, false, expect.not.stringMatching(reader.id)],
      ['getMe', 0, true, reader.id],
      ['getMe', 503, true, reader.id],
      ['getMe', 200, false, reader.id],
    ]);
  });

  test('names the key a create made when an afterCommit fault lost or replaced its answer', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ network: true, afterCommit: true }, { operation: 'createApiKey', count: 1 });
    mock.faults.inject({ status: 500, afterCommit: true }, { operation: 'createApiKey', count: 1 });
    await call(mock, 'POST', '/v1/api-keys', { body: { name: 'lost', permissions: [] } }).catch(() => undefined);
    await call(mock, 'POST', '/v1/api-keys', { body: { name: 'replaced', permissions: [] } });
    const made = mock.snapshot().keys.filter((key) => key.name === 'lost' || key.name === 'replaced');
    const creates = mock.requests.find({ operation: 'createApiKey' });
    expect(creates.map((entry) => [entry.status, entry.faulted, entry.targetKeyId])).toEqual([
      [0, true, made.find((key) => key.name === 'lost')?.id],
      [500, true, made.find((key) => key.name === 'replaced')?.id],
    ]);
    expect(made).toHaveLength(2);
  });

  test('find() refuses a query it does not understand instead of matching everything', () => {
    const mock = createMockApi({ now: NOW });
    expect(() => mock.requests.find({ operationId: 'getMe' } as never)).toThrow(
      'requests.find(query): operationId is not a known field (the fields are operation, keyId, targetKeyId, callerKeyId, status).',
    );
    expect(() => mock.requests.find({ status: '200' } as never)).toThrow(/status must be an integer/);
  });
});
