import type { ApiKeyList, ApiKeyWithSecret } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes, type ErrorBody } from './helpers.js';

const body = { name: 'CI', permissions: ['keys:read'] };
const withKey = (key: string) => ({ 'Idempotency-Key': key });
const listed = async (mock: ReturnType<typeof createMockApi>) =>
  (await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?limit=100')).body.data.length;

describe('Idempotency-Key', () => {
  test('a replayed create returns the first response, secret included, and creates nothing', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(61) });
    const first = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('create-1') });
    const before = await listed(mock);
    const replay = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('create-1') });
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect(replay.body.secret).toBe(first.body.secret);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(replay.headers.get('X-Request-Id')).not.toBe(first.headers.get('X-Request-Id'));
    expect(await listed(mock)).toBe(before);
  });

  test('a replay is recognised before the clock’s rule: a create whose expires_at has passed since replays its 201', async () => {
    const mock = createMockApi({ now: NOW });
    const expiring = { ...body, expires_at: '2026-11-01T12:01:00Z' };
    const first = await call(mock, 'POST', '/v1/api-keys', { body: expiring, headers: withKey('expiring-1') });
    expect(first.status).toBe(201);
    mock.clock.advance(10 * 60_000);
    const replay = await call(mock, 'POST', '/v1/api-keys', { body: expiring, headers: withKey('expiring-1') });
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    // A new request with that expiry is refused, as ever.
    const fresh = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      body: expiring,
      headers: withKey('expiring-2'),
    });
    expect(fresh.status).toBe(400);
    expect(fresh.body.error).toMatchObject({ param: 'expires_at', message: 'expires_at must be in the future.' });
  });

  test('a replayed delete returns the first answer; a fresh delete of the same key is a 404', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const first = await call(mock, 'DELETE', `/v1/api-keys/${key.id}`, { headers: withKey('delete-1') });
    const replay = await call(mock, 'DELETE', `/v1/api-keys/${key.id}`, { headers: withKey('delete-1') });
    expect(first.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(codeOf(await call(mock, 'DELETE', `/v1/api-keys/${key.id}`, { headers: withKey('delete-2') }))).toBe(
      'not_found',
    );
  });

  test('the same key with a different body is a 409 idempotency_conflict', async () => {
    const mock = createMockApi({ now: NOW });
    await call(mock, 'POST', '/v1/api-keys', { body, headers: withKey('k') });
    const conflict = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      body: { ...body, name: 'Other' },
      headers: withKey('k'),
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ type: 'conflict_error', code: 'idempotency_conflict' });
  });

  test('the same key on another path is a 409 too', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    await call(mock, 'POST', '/v1/api-keys', { body, headers: withKey('k') });
    expect(codeOf(await call(mock, 'POST', `/v1/api-keys/${key.id}/revoke`, { headers: withKey('k') }))).toBe(
      'idempotency_conflict',
    );
  });

  test('idempotency keys belong to the calling key', async () => {
    const other = createSecret('production', seededBytes(62));
    const mock = createMockApi({ now: NOW, keys: [{ secret: other }] });
    const mine = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('shared') });
    const theirs = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', {
      key: other,
      body,
      headers: withKey('shared'),
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.headers.get('Idempotent-Replayed')).toBeNull();
  });

  test('a record lasts 24 hours of the mock clock', async () => {
    const mock = createMockApi({ now: NOW });
    const first = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('day') });
    mock.clock.advance(24 * 3_600_000 - 1);
    const replay = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('day') });
    expect(replay.body.id).toBe(first.body.id);
    mock.clock.advance(1);
    const later = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('day') });
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });

  test('a request refused by validation is not recorded, so the fixed request goes through', async () => {
    const mock = createMockApi({ now: NOW });
    const invalid = await call(mock, 'POST', '/v1/api-keys', {
      body: { name: '', permissions: [] },
      headers: withKey('fix'),
    });
    expect(invalid.status).toBe(400);
    const fixed = await call(mock, 'POST', '/v1/api-keys', { body, headers: withKey('fix') });
    expect(fixed.status).toBe(201);
  });

  test('an operation’s own refusal is recorded and replayed', async () => {
    const mock = createMockApi({ now: NOW });
    const first = await call(mock, 'POST', '/v1/api-keys/key_0000000000000000/revoke', { headers: withKey('gone') });
    const replay = await call(mock, 'POST', '/v1/api-keys/key_0000000000000000/revoke', { headers: withKey('gone') });
    expect(first.status).toBe(404);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
  });

  test('a regenerate replay returns the same new secret and does not rotate again', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const first = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      headers: withKey('rotate'),
    });
    const replay = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      headers: withKey('rotate'),
    });
    expect(replay.body.secret).toBe(first.body.secret);
    expect((await call(mock, 'GET', '/v1/me', { key: first.body.secret })).status).toBe(200);
  });

  test('a create whose answer was lost after it committed is answered by the retry, with one key made', async () => {
    const mock = createMockApi({ now: NOW });
    const before = await listed(mock);
    mock.faults.inject({ network: true, afterCommit: true });
    const lost = mock.fetch(
      new Request('https://api.keysmith.example/v1/api-keys', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${mock.adminKey}`,
          'Content-Type': 'application/json',
          'Idempotency-Key': 'retry-me',
        },
        body: JSON.stringify(body),
      }),
    );
    await expect(lost).rejects.toThrow(TypeError);
    const retry = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('retry-me') });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await listed(mock)).toBe(before + 1);
    expect((await call(mock, 'GET', '/v1/me', { key: retry.body.secret })).status).toBe(200);
  });

  test('an Idempotency-Key longer than 255 characters is a 400 naming the header', async () => {
    const mock = createMockApi({ now: NOW });
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', { body, headers: withKey('x'.repeat(256)) });
    expect(answer.status).toBe(400);
    expect(answer.body.error.param).toBe('Idempotency-Key');
  });
});
