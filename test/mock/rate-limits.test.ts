import type { RateLimitStatus } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes, type ErrorBody } from './helpers.js';

// 12:00:30 — half a minute into the minute window, and 30 s into the hour.
const START = '2026-11-01T12:00:30.000Z';
const START_S = Date.parse(START) / 1000;

function limited(perMinute: number, perHour: number, permissions = ['keys:read', 'rate_limit:read']) {
  const secret = createSecret('production', seededBytes(51));
  const mock = createMockApi({
    now: START,
    randomBytes: seededBytes(52),
    keys: [{ secret, permissions, rate_limit: { per_minute: perMinute, per_hour: perHour } }],
  });
  return { mock, secret };
}

describe('rate limits', () => {
  test('every authenticated answer carries the legacy and the IETF rate-limit headers', async () => {
    const { mock, secret } = limited(100, 1000);
    const answer = await call(mock, 'GET', '/v1/me', { key: secret });
    expect(answer.headers.get('X-RateLimit-Limit')).toBe('100');
    expect(answer.headers.get('X-RateLimit-Remaining')).toBe('99');
    expect(answer.headers.get('X-RateLimit-Reset')).toBe(String(START_S + 30));
    expect(answer.headers.get('RateLimit-Policy')).toBe('"minute";q=100;w=60, "hour";q=1000;w=3600');
    expect(answer.headers.get('RateLimit')).toBe('"minute";r=99;t=30, "hour";r=999;t=3570');
  });

  test('authenticated errors (400, 403, 404, 409) carry the headers too; 401s do not', async () => {
    const { mock, secret } = limited(100, 1000);
    const answers = [
      await call(mock, 'GET', '/v1/api-keys?limit=0', { key: secret }),
      await call(mock, 'DELETE', '/v1/api-keys/key_0000000000000000', { key: secret }),
      await call(mock, 'GET', '/v1/api-keys/key_0000000000000000', { key: secret }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([400, 403, 404]);
    expect(answers.map((answer) => answer.headers.get('X-RateLimit-Remaining'))).toEqual(['99', '98', '97']);
    const key = await createKey(mock);
    await call(mock, 'POST', `/v1/api-keys/${key.id}/revoke`);
    const conflict = await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { name: 'x' } });
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('RateLimit-Policy')).not.toBeNull();
    const unauthenticated = await call(mock, 'GET', '/v1/me', { key: null });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('X-RateLimit-Limit')).toBeNull();
  });

  test('past the per-minute quota the answer is 429 rate_limited with Retry-After and details', async () => {
    const { mock, secret } = limited(3, 1000);
    for (let i = 0; i < 3; i++) expect((await call(mock, 'GET', '/v1/me', { key: secret })).status).toBe(200);
    const refused = await call<ErrorBody>(mock, 'GET', '/v1/me', { key: secret });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('30');
    expect(refused.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(refused.body.error).toMatchObject({
      type: 'rate_limit_error',
      code: 'rate_limited',
      details: { window: 'minute', limit: 3, retry_after: 30 },
    });
  });

  test('the minute window resets when the clock reaches the next minute', async () => {
    const { mock, secret } = limited(1, 1000);
    expect((await call(mock, 'GET', '/v1/me', { key: secret })).status).toBe(200);
    expect((await call(mock, 'GET', '/v1/me', { key: secret })).status).toBe(429);
    mock.clock.advance(29_999);
    const stillRefused = await call(mock, 'GET', '/v1/me', { key: secret });
    expect(stillRefused.status).toBe(429);
    expect(stillRefused.headers.get('Retry-After')).toBe('1');
    mock.clock.advance(1);
    const allowed = await call(mock, 'GET', '/v1/me', { key: secret });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('RateLimit')).toBe('"minute";r=0;t=60, "hour";r=998;t=3540');
  });

  test('the hour window binds when it has fewer requests left, and names itself', async () => {
    const { mock, secret } = limited(10, 2);
    await call(mock, 'GET', '/v1/me', { key: secret });
    const second = await call(mock, 'GET', '/v1/me', { key: secret });
    expect(second.headers.get('X-RateLimit-Limit')).toBe('2');
    expect(second.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(second.headers.get('X-RateLimit-Reset')).toBe(String(START_S + 3570));
    const refused = await call<ErrorBody>(mock, 'GET', '/v1/me', { key: secret });
    expect(refused.status).toBe(429);
    expect(refused.body.error.details).toEqual({ window: 'hour', limit: 2, retry_after: 3570 });
    expect(refused.headers.get('Retry-After')).toBe('3570');
  });

  test('refused 429 requests do not use up quota', async () => {
    const { mock, secret } = limited(1, 1000);
    await call(mock, 'GET', '/v1/me', { key: secret });
    for (let i = 0; i < 5; i++) await call(mock, 'GET', '/v1/me', { key: secret });
    mock.clock.advance(30_000);
    const next = await call(mock, 'GET', '/v1/me', { key: secret });
    expect(next.headers.get('RateLimit')).toContain('"hour";r=998');
  });

  test('GET /v1/rate-limit reports both windows and does not count against the limit', async () => {
    const { mock, secret } = limited(2, 1000);
    await call(mock, 'GET', '/v1/me', { key: secret });
    const status = await call(mock, 'GET', '/v1/rate-limit', { key: secret });
    expect(status.status).toBe(200);
    expect(status.body).toEqual({
      object: 'rate_limit',
      limit: 2,
      remaining: 1,
      reset: START_S + 30,
      reset_at: '2026-11-01T12:01:00.000Z',
      windows: [
        { window: 'minute', limit: 2, remaining: 1, reset: START_S + 30 },
        { window: 'hour', limit: 1000, remaining: 999, reset: START_S + 3570 },
      ],
    });
    for (let i = 0; i < 5; i++) await call(mock, 'GET', '/v1/rate-limit', { key: secret });
    expect((await call(mock, 'GET', '/v1/me', { key: secret })).status).toBe(200);
  });

  test('GET /v1/rate-limit still answers when the key is over its limit', async () => {
    const { mock, secret } = limited(1, 1000);
    await call(mock, 'GET', '/v1/me', { key: secret });
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: secret }))).toBe('rate_limited');
    const status = await call<RateLimitStatus>(mock, 'GET', '/v1/rate-limit', { key: secret });
    expect(status.status).toBe(200);
    expect(status.body.remaining).toBe(0);
  });

  test('new keys take the plan’s limits, and a quota left out takes the plan default', async () => {
    const mock = createMockApi({ now: NOW, plan: { per_minute: 5, per_hour: 50 } });
    expect((await createKey(mock)).rate_limit).toEqual({ per_minute: 5, per_hour: 50 });
    expect((await createKey(mock, { rate_limit: { per_hour: 7 } })).rate_limit).toEqual({ per_minute: 5, per_hour: 7 });
    const me = await call(mock, 'GET', '/v1/me');
    expect(me.headers.get('RateLimit-Policy')).toBe('"minute";q=5;w=60, "hour";q=50;w=3600');
  });

  test('keys have their own windows', async () => {
    const mock = createMockApi({ now: NOW, plan: { per_minute: 1 } });
    const key = await createKey(mock);
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(429);
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
  });

  test('an invalid plan is refused when the mock is created', () => {
    expect(() => createMockApi({ plan: { per_minute: 0 } })).toThrow(RangeError);
  });
});
