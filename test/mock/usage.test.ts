import type { ApiKey } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { monthOfDay } from '../../mock/store/usage.js';
import { call, createKey } from './helpers.js';

const usage = async (mock: ReturnType<typeof createMockApi>, id: string) =>
  (await call<ApiKey>(mock, 'GET', `/v1/api-keys/${id}`)).body;

describe('usage counters', () => {
  test('each authenticated request counts and sets last_used_at', async () => {
    const mock = createMockApi({ now: '2026-11-15T10:00:00Z' });
    const key = await createKey(mock);
    expect((await usage(mock, key.id)).last_used_at).toBeNull();
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    mock.clock.advance(1500);
    await call(mock, 'GET', '/v1/api-keys', { key: key.secret });
    const record = await usage(mock, key.id);
    expect(record.usage).toEqual({ requests_today: 2, requests_this_month: 2 });
    expect(record.last_used_at).toBe('2026-11-15T10:00:01.500Z');
  });

  test('requests refused after authentication count; refused authentication does not', async () => {
    const mock = createMockApi({ now: '2026-11-15T10:00:00Z' });
    const key = await createKey(mock, { permissions: [] });
    await call(mock, 'GET', '/v1/api-keys', { key: key.secret });
    await call(mock, 'GET', '/v1/rate-limit', { key: key.secret });
    await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { status: 'inactive' } });
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect((await usage(mock, key.id)).usage.requests_today).toBe(2);
  });

  test('requests_today restarts at midnight UTC and requests_this_month on the 1st', async () => {
    const mock = createMockApi({ now: '2026-11-30T23:59:59Z' });
    const key = await createKey(mock);
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect((await usage(mock, key.id)).usage).toEqual({ requests_today: 2, requests_this_month: 2 });
    mock.clock.advance(1000);
    expect((await usage(mock, key.id)).usage).toEqual({ requests_today: 0, requests_this_month: 0 });
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    mock.clock.set('2026-12-02T08:00:00Z');
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect((await usage(mock, key.id)).usage).toEqual({ requests_today: 1, requests_this_month: 2 });
  });

  test('a new day inside the month keeps the month count', async () => {
    const mock = createMockApi({ now: '2026-11-10T23:00:00Z' });
    const key = await createKey(mock);
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    mock.clock.advance(2 * 3_600_000);
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    expect((await usage(mock, key.id)).usage).toEqual({ requests_today: 1, requests_this_month: 2 });
  });

  test('the UTC month of an epoch day matches Date for leap years and century years', () => {
    for (const day of [0, 59, 60, 11_016, 11_017, 10_956, 47_541, -1, -719_468]) {
      const date = new Date(day * 86_400_000);
      expect(monthOfDay(day)).toBe(date.getUTCFullYear() * 12 + date.getUTCMonth());
    }
  });
});
