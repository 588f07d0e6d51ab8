import type { ApiKey, ApiKeyList } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes, type Answer, type ErrorBody } from './helpers.js';

const fresh = () => createMockApi({ now: NOW, randomBytes: seededBytes(11) });

describe('key status', () => {
  test('a new key is active and works', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    expect(key.status).toBe('active');
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
  });

  test('PATCH status inactive disables the key with 401 inactive_api_key, and active re-enables it', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    const disabled = await call<ApiKey>(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { status: 'inactive' } });
    expect(disabled.body.status).toBe('inactive');
    const refused = await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('inactive_api_key');
    const enabled = await call<ApiKey>(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { status: 'active' } });
    expect(enabled.body.status).toBe('active');
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
  });

  test('a key expires when the clock reaches expires_at', async () => {
    const mock = fresh();
    const key = await createKey(mock, { expires_at: '2026-11-01T13:00:00Z' });
    expect(key.expires_at).toBe('2026-11-01T13:00:00.000Z');
    mock.clock.advance(60 * 60 * 1000 - 1);
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
    mock.clock.advance(1);
    const refused = await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect(codeOf(refused)).toBe('expired_api_key');
    expect((await call<ApiKey>(mock, 'GET', `/v1/api-keys/${key.id}`)).body.status).toBe('expired');
  });

  test('moving expires_at into the future revives an expired key', async () => {
    const mock = fresh();
    const key = await createKey(mock, { expires_at: '2026-11-01T13:00:00Z' });
    mock.clock.set('2026-11-02T00:00:00Z');
    const revived = await call<ApiKey>(mock, 'PATCH', `/v1/api-keys/${key.id}`, {
      body: { expires_at: '2026-12-01T00:00:00Z' },
    });
    expect(revived.body.status).toBe('active');
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
  });

  test('revoking takes effect on the very next request', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
    const revoked = await call<ApiKey>(mock, 'POST', `/v1/api-keys/${key.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    expect(revoked.body.revoked_at).toBe(NOW);
    const next = await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect(next.status).toBe(401);
    expect(codeOf(next)).toBe('revoked_api_key');
  });

  test('a key can revoke itself, and its next request is refused', async () => {
    const mock = fresh();
    const key = await createKey(mock, { permissions: ['keys:write'] });
    expect((await call(mock, 'POST', `/v1/api-keys/${key.id}/revoke`, { key: key.secret })).status).toBe(200);
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: key.secret }))).toBe('revoked_api_key');
  });

  test('revoking a revoked key answers 200 with the key unchanged', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    const first = await call<ApiKey>(mock, 'POST', `/v1/api-keys/${key.id}/revoke`);
    mock.clock.advance(5000);
    const second = await call<ApiKey>(mock, 'POST', `/v1/api-keys/${key.id}/revoke`);
    expect(second.status).toBe(200);
    expect(second.body.revoked_at).toBe(first.body.revoked_at);
    expect(second.body.updated_at).toBe(first.body.updated_at);
  });

  test('a revoked key cannot be changed or regenerated: 409 key_revoked', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    await call(mock, 'POST', `/v1/api-keys/${key.id}/revoke`);
    const patch = await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { status: 'active' } });
    expect(patch.status).toBe(409);
    expect(codeOf(patch)).toBe('key_revoked');
    const regenerate = await call<ErrorBody>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`);
    expect(regenerate.status).toBe(409);
    expect(codeOf(regenerate)).toBe('key_revoked');
    expect(regenerate.body.error.type).toBe('conflict_error');
  });

  test('delete revokes the key and removes it from listings', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    const deleted = await call(mock, 'DELETE', `/v1/api-keys/${key.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ object: 'api_key', id: key.id, deleted: true });
    const list = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?limit=100');
    expect(list.body.data.map((entry) => entry.id)).not.toContain(key.id);
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: key.secret }))).toBe('revoked_api_key');
  });

  test('a deleted key answers 404 to get, update, revoke, regenerate and a second delete', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    await call(mock, 'DELETE', `/v1/api-keys/${key.id}`);
    const answers: Answer<ErrorBody>[] = [
      await call(mock, 'GET', `/v1/api-keys/${key.id}`),
      await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { name: 'x' } }),
      await call(mock, 'POST', `/v1/api-keys/${key.id}/revoke`),
      await call(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`),
      await call(mock, 'DELETE', `/v1/api-keys/${key.id}`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body.error).toMatchObject({ type: 'not_found_error', code: 'not_found', param: 'id' });
    }
  });

  test('the status filter sees derived states: active, inactive, expired and revoked', async () => {
    const mock = fresh();
    const active = await createKey(mock);
    const inactive = await createKey(mock);
    const expiring = await createKey(mock, { expires_at: '2026-11-01T12:30:00Z' });
    const revoked = await createKey(mock);
    await call(mock, 'PATCH', `/v1/api-keys/${inactive.id}`, { body: { status: 'inactive' } });
    await call(mock, 'POST', `/v1/api-keys/${revoked.id}/revoke`);
    mock.clock.advance(31 * 60 * 1000);
    const ids = async (status: string) =>
      (await call<ApiKeyList>(mock, 'GET', `/v1/api-keys?status=${status}&limit=100`)).body.data.map(
        (entry) => entry.id,
      );
    expect(await ids('active')).toContain(active.id);
    expect(await ids('inactive')).toEqual([inactive.id]);
    expect(await ids('expired')).toEqual([expiring.id]);
    expect(await ids('revoked')).toEqual([revoked.id]);
  });

  test('PATCH changes only the fields given and stamps updated_at', async () => {
    const mock = fresh();
    const key = await createKey(mock, {
      description: 'before',
      metadata: { team: 'a' },
      rate_limit: { per_minute: 10, per_hour: 50 },
    });
    mock.clock.advance(1000);
    const updated = await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, {
      body: { name: 'After', rate_limit: { per_minute: 5 } },
    });
    expect(updated.body).toMatchObject({
      name: 'After',
      description: 'before',
      metadata: { team: 'a' },
      permissions: ['keys:read'],
      rate_limit: { per_minute: 5, per_hour: 1000 },
      created_at: NOW,
      updated_at: '2026-11-01T12:00:01.000Z',
    });
  });
});
