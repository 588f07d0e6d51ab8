import type { Identity } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, createKey, NOW, seededBytes, type ErrorBody } from './helpers.js';

const MASKED = /^ks_(prod|stage|dev)_••••[0-9A-Za-z]{4}$/;

describe('secrets', () => {
  test('create returns the full secret once, in the field secret', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(1) });
    const created = await createKey(mock);
    expect(created.secret).toMatch(/^ks_prod_[0-9A-Za-z]{38}$/);
    const me = await call<Identity>(mock, 'GET', '/v1/me', { key: created.secret });
    expect(me.body.id).toBe(created.id);
  });

  test('get, list, update, revoke and delete never return the secret', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(2) });
    const created = await createKey(mock, { permissions: ['keys:*'] });
    const bodies = [
      await call(mock, 'GET', `/v1/api-keys/${created.id}`),
      await call(mock, 'GET', '/v1/api-keys?limit=100'),
      await call(mock, 'PATCH', `/v1/api-keys/${created.id}`, { body: { name: 'Renamed' } }),
      await call(mock, 'GET', '/v1/me', { key: created.secret }),
      await call(mock, 'POST', `/v1/api-keys/${created.id}/revoke`),
      await call(mock, 'DELETE', `/v1/api-keys/${created.id}`),
    ];
    for (const answer of bodies) {
      expect(answer.text).not.toContain(created.secret);
      expect(answer.body).not.toHaveProperty('secret');
    }
  });

  test('no error answer contains the secret that was sent', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(3) });
    const created = await createKey(mock, { permissions: ['keys:read'] });
    const answers = [
      await call(mock, 'POST', '/v1/api-keys', {
        key: created.secret,
        body: { name: 'x', permissions: ['keys:read'] },
      }),
      await call(mock, 'GET', '/v1/me', { key: created.secret, base: 'https://api.staging.keysmith.example' }),
      await call(mock, 'GET', '/v1/api-keys', { key: created.secret, headers: { 'Keysmith-Version': '1999-01-01' } }),
      await call(mock, 'POST', '/v1/api-keys', {
        body: { name: 'x', permissions: ['keys:read'], [created.secret]: 1 },
      }),
      await call(mock, 'GET', `/v1/api-keys/${created.secret}`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.text).not.toContain(created.secret);
    }
  });

  test('the request log holds neither secrets nor Authorization values', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(4) });
    const created = await createKey(mock);
    await call(mock, 'GET', '/v1/me', { key: created.secret });
    await call(mock, 'GET', `/v1/me?leak=${created.secret}`, { key: created.secret });
    const log = JSON.stringify(mock.requests.all());
    expect(log).not.toContain(created.secret);
    expect(log).not.toContain(mock.adminKey);
    expect(log).not.toContain('Bearer');
    expect(mock.requests.all().at(-1)?.url).toContain(created.masked_key);
  });

  test('records show the prefix and a masked label of the prefix and the last four characters', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(5) });
    const created = await createKey(mock);
    expect(created.prefix).toBe('ks_prod_');
    expect(created.masked_key).toMatch(MASKED);
    expect(created.masked_key).toBe(`ks_prod_••••${created.secret.slice(-4)}`);
    const staging = await createKey(
      mock,
      {},
      { key: mock.adminKeys.staging, base: 'https://api.staging.keysmith.example' },
    );
    expect(staging.masked_key).toBe(`ks_stage_••••${staging.secret.slice(-4)}`);
    expect(staging.prefix).toBe('ks_stage_');
  });

  test('every minted secret is distinct and passes its own checksum', async () => {
    const mock = createMockApi({ now: NOW, plan: { per_minute: 1000 } });
    const secrets = new Set<string>();
    for (let i = 0; i < 50; i++) secrets.add((await createKey(mock)).secret);
    expect(secrets.size).toBe(50);
    for (const secret of secrets) expect((await call(mock, 'GET', '/v1/me', { key: secret })).status).toBe(200);
  });

  test('a secret one character off is refused as malformed, not matched', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(6) });
    const created = await createKey(mock);
    const last = created.secret.at(-1) === 'A' ? 'B' : 'A';
    const typo = `${created.secret.slice(0, -1)}${last}`;
    expect((await call<ErrorBody>(mock, 'GET', '/v1/me', { key: typo })).body.error.code).toBe('malformed_api_key');
  });
});
