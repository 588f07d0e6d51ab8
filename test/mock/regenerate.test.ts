import type { ApiKeyWithSecret, Identity } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes, STAGING, type ErrorBody } from './helpers.js';

const fresh = () => createMockApi({ now: NOW, randomBytes: seededBytes(21) });

describe('regenerate', () => {
  test('issues a new secret and keeps id, name, permissions and configuration', async () => {
    const mock = fresh();
    const key = await createKey(mock, {
      name: 'Rotating',
      description: 'rotates',
      permissions: ['keys:read', 'tasks:write'],
      rate_limit: { per_minute: 7, per_hour: 70 },
      expires_at: '2027-01-01T00:00:00Z',
      metadata: { team: 'platform' },
    });
    const regenerated = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`);
    expect(regenerated.status).toBe(200);
    expect(regenerated.body.secret).toMatch(/^ks_prod_[0-9A-Za-z]{38}$/);
    expect(regenerated.body.secret).not.toBe(key.secret);
    expect(regenerated.body.masked_key).toBe(`ks_prod_••••${regenerated.body.secret.slice(-4)}`);
    const kept: (keyof ApiKeyWithSecret)[] = [
      'id',
      'name',
      'description',
      'permissions',
      'rate_limit',
      'expires_at',
      'metadata',
      'created_at',
      'created_by',
    ];
    for (const field of kept) {
      expect(regenerated.body[field]).toEqual(key[field]);
    }
    expect(regenerated.body.previous_secret_expires_at).toBeNull();
  });

  test('without a grace period the old secret stops at once', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    const regenerated = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`);
    const old = await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect(old.status).toBe(401);
    expect(codeOf(old)).toBe('revoked_api_key');
    expect((await call<Identity>(mock, 'GET', '/v1/me', { key: regenerated.body.secret })).body.id).toBe(key.id);
  });

  test('with a grace period both secrets work until it ends, then only the new one', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    const regenerated = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      body: { grace_period_seconds: 3600 },
    });
    expect(regenerated.body.previous_secret_expires_at).toBe('2026-11-01T13:00:00.000Z');
    mock.clock.advance(3600 * 1000 - 1);
    expect((await call<Identity>(mock, 'GET', '/v1/me', { key: key.secret })).body.id).toBe(key.id);
    expect((await call<Identity>(mock, 'GET', '/v1/me', { key: regenerated.body.secret })).body.id).toBe(key.id);
    mock.clock.advance(1);
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: key.secret }))).toBe('revoked_api_key');
    expect((await call(mock, 'GET', '/v1/me', { key: regenerated.body.secret })).status).toBe(200);
  });

  test('the grace period is capped at the key’s own expiry', async () => {
    const mock = fresh();
    const key = await createKey(mock, { expires_at: '2026-11-01T12:10:00Z' });
    const regenerated = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      body: { grace_period_seconds: 86_400 },
    });
    expect(regenerated.body.previous_secret_expires_at).toBe('2026-11-01T12:10:00.000Z');
  });

  test('a second regeneration ends the first old secret’s grace period at once', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    const first = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      body: { grace_period_seconds: 3600 },
    });
    const second = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      body: { grace_period_seconds: 3600 },
    });
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: key.secret }))).toBe('revoked_api_key');
    expect((await call(mock, 'GET', '/v1/me', { key: first.body.secret })).status).toBe(200);
    expect((await call(mock, 'GET', '/v1/me', { key: second.body.secret })).status).toBe(200);
  });

  test('revoking a key also stops its old secret during the grace period', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    await call(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, { body: { grace_period_seconds: 3600 } });
    await call(mock, 'POST', `/v1/api-keys/${key.id}/revoke`);
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: key.secret }))).toBe('revoked_api_key');
  });

  test('a caller that does not hold every scope of the key gets 403 scope_escalation', async () => {
    const writer = createSecret('production', seededBytes(22));
    const mock = createMockApi({
      now: NOW,
      randomBytes: seededBytes(23),
      keys: [{ secret: writer, permissions: ['keys:write', 'keys:read'] }],
    });
    const wide = await createKey(mock, { permissions: ['keys:read', 'tasks:read'] });
    const refused = await call<ErrorBody>(mock, 'POST', `/v1/api-keys/${wide.id}/regenerate`, { key: writer });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'scope_escalation', details: { scopes: ['tasks:read'] } });
    expect((await call(mock, 'GET', '/v1/me', { key: wide.secret })).status).toBe(200);
  });

  test('a key of another environment cannot be regenerated: 403 environment_forbidden', async () => {
    const mock = fresh();
    const staging = await createKey(mock, {}, { key: mock.adminKeys.staging, base: STAGING });
    const refused = await call(mock, 'POST', `/v1/api-keys/${staging.id}/regenerate`);
    expect(refused.status).toBe(403);
    expect(codeOf(refused)).toBe('environment_forbidden');
    expect(
      (
        await call(mock, 'POST', `/v1/api-keys/${staging.id}/regenerate`, {
          key: mock.adminKeys.staging,
          base: STAGING,
        })
      ).status,
    ).toBe(200);
  });

  test('regenerate keeps the usage counters of the key', async () => {
    const mock = fresh();
    const key = await createKey(mock);
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    const regenerated = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`);
    expect(regenerated.body.usage.requests_today).toBe(1);
    expect(regenerated.body.last_used_at).toBe(NOW);
  });
});
