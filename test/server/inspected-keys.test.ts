import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, it } from 'vitest';
import { INSPECTED_KEYS_LIMIT, inspectKeys } from '../../mock/node/inspector/inspected-keys.js';

const NOW = '2026-11-01T09:00:00.000Z';
const FULL_SECRET = /ks_(prod|stage|dev)_[0-9A-Za-z]{38}/;
const SHA256_HEX = /[0-9a-f]{64}/;

async function call(mock: ReturnType<typeof createMockApi>, method: string, path: string, key: string, body?: unknown) {
  return mock.fetch(
    new Request(`${mock.baseUrls.production}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

describe('inspectKeys', () => {
  it('shows each key as the API does, with its masked label, and never a secret or a hash', async () => {
    const mock = createMockApi({ now: NOW });
    const created = (await (
      await call(mock, 'POST', '/v1/api-keys', mock.adminKey, { name: 'ci', permissions: ['keys:read'] })
    ).json()) as { id: string; secret: string; masked_key: string };
    const view = inspectKeys(mock.snapshot());
    const key = view.data.find((entry) => entry.id === created.id);
    expect(key).toMatchObject({ name: 'ci', status: 'active', masked_key: created.masked_key, admin: false });
    const text = JSON.stringify(view);
    expect(text).not.toMatch(FULL_SECRET);
    expect(text).not.toMatch(SHA256_HEX);
    expect(text).not.toContain(created.secret);
    for (const entry of view.data) {
      expect(entry).not.toHaveProperty('secret');
      expect(Object.keys(entry).filter((field) => field.includes('hash'))).toEqual([]);
    }
  });

  it('derives expired from the clock, and counts what is left of each rate-limit window', async () => {
    const secret = createSecret('production');
    const mock = createMockApi({
      now: NOW,
      keys: [
        { secret, name: 'short', expires_at: '2026-11-01T10:00:00Z', rate_limit: { per_minute: 5, per_hour: 50 } },
      ],
    });
    await call(mock, 'GET', '/v1/me', secret);
    await call(mock, 'GET', '/v1/me', secret);
    const before = inspectKeys(mock.snapshot()).data.find((key) => key.name === 'short');
    expect(before?.status).toBe('active');
    expect(before?.usage).toEqual({ requests_today: 2, requests_this_month: 2 });
    expect(before?.rate_limit_windows).toEqual([
      { window: 'minute', limit: 5, remaining: 3, resets_at: '2026-11-01T09:01:00.000Z' },
      { window: 'hour', limit: 50, remaining: 48, resets_at: '2026-11-01T10:00:00.000Z' },
    ]);
    mock.clock.advance(3_600_000);
    const after = inspectKeys(mock.snapshot());
    expect(after.clock).toEqual({ now: '2026-11-01T10:00:00.000Z', frozen: true });
    expect(after.data.find((key) => key.name === 'short')?.status).toBe('expired');
  });

  it('marks the seeded admin keys and the deleted ones, counts each environment, and filters by one', async () => {
    const mock = createMockApi({ now: NOW, keys: [{ secret: createSecret('staging'), name: 'stage' }] });
    const { id } = (await (
      await call(mock, 'POST', '/v1/api-keys', mock.adminKey, { name: 'gone', permissions: [] })
    ).json()) as { id: string };
    await call(mock, 'DELETE', `/v1/api-keys/${id}`, mock.adminKey);
    const all = inspectKeys(mock.snapshot());
    expect(all.counts).toEqual({ production: 2, staging: 2, development: 1 });
    expect(all.data.filter((key) => key.admin).map((key) => key.environment)).toEqual([
      'production',
      'staging',
      'development',
    ]);
    expect(all.data.find((key) => key.id === id)).toMatchObject({ deleted: true, status: 'revoked' });
    const staging = inspectKeys(mock.snapshot(), 'staging');
    expect(staging.data.map((key) => key.name)).toEqual(['Admin (staging)', 'stage']);
    expect(staging.truncated).toBe(false);
  });

  it(`lists at most ${INSPECTED_KEYS_LIMIT} keys, the newest, and says it left some out`, () => {
    const keys = Array.from({ length: INSPECTED_KEYS_LIMIT + 1 }, (_, index) => ({
      secret: createSecret('development'),
      name: `k${index}`,
    }));
    const view = inspectKeys(createMockApi({ now: NOW, keys }).snapshot(), 'development');
    expect(view.data).toHaveLength(INSPECTED_KEYS_LIMIT);
    expect(view.data.at(-1)?.name).toBe(`k${INSPECTED_KEYS_LIMIT}`);
    expect(view.truncated).toBe(true);
    expect(view.counts.development).toBe(INSPECTED_KEYS_LIMIT + 2);
  });
});
