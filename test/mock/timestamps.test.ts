/**
 * The API's timestamps: every RFC 3339 date-time in range is accepted (leap seconds, long
 * fractions, lower case, any offset), one out of range is a 400 naming its field, and no answer
 * ever carries a timestamp that is not an RFC 3339 date-time.
 */
import type { ApiKey, ApiKeyWithSecret, RateLimitStatus } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, createKey, NOW, type ErrorBody } from './helpers.js';

const body = { name: 'CI', permissions: ['keys:read'] };
/** What `toISOString` writes for a year from 0000 to 9999: never `+010000-…`. */
const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('timestamps the API accepts', () => {
  test.each([
    ['2031-06-30T23:59:60Z', '2031-07-01T00:00:00.000Z'],
    ['2031-07-01T01:59:60+02:00', '2031-07-01T00:00:00.000Z'],
    ['2031-06-30T12:00:00.1234567891Z', '2031-06-30T12:00:00.123Z'],
    ['2031-06-30t12:00:00.9999z', '2031-06-30T12:00:00.999Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['9999-12-31T23:59:59+00:00', '9999-12-31T23:59:59.000Z'],
  ])('%s is accepted and given back as %s', async (sent, given) => {
    const mock = createMockApi({ now: NOW });
    const created = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', { body: { ...body, expires_at: sent } });
    expect(created.status).toBe(201);
    expect(created.body.expires_at).toBe(given);
  });

  test.each([
    ['9999-12-31T23:59:59-23:37', 'POST', '/v1/api-keys'],
    ['9999-12-31T23:59:60Z', 'POST', '/v1/api-keys'],
    ['1969-12-31T23:59:59Z', 'POST', '/v1/api-keys'],
    ['9999-12-31T23:59:59-00:01', 'PATCH', '/v1/api-keys/{id}'],
  ])('%s lies outside the range: a 400 naming expires_at (%s %s)', async (sent, method, template) => {
    const mock = createMockApi({ now: NOW });
    const path = template.replace('{id}', (await createKey(mock)).id);
    const answer = await call<ErrorBody>(mock, method, path, { body: { ...body, expires_at: sent } });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({
      code: 'validation_error',
      param: 'expires_at',
      message: 'expires_at must lie from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (in UTC).',
    });
  });
});

describe('the clock’s range', () => {
  test('stops at 9999-12-24, and at its latest every timestamp the mock writes is RFC 3339', async () => {
    const mock = createMockApi({ now: '9999-12-24T00:00:00Z' });
    expect(() => {
      mock.clock.advance(1);
    }).toThrow(/from 1970-01-01T00:00:00Z to 9999-12-24T00:00:00Z/);
    expect(() => {
      mock.clock.set('9999-12-31T00:00:00Z');
    }).toThrow(RangeError);
    expect(() => createMockApi({ now: '1969-12-31T23:59:59Z' })).toThrow(RangeError);

    const key = await createKey(mock, { expires_at: null });
    const rotated = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      body: { grace_period_seconds: 604_800 },
    });
    const status = await call<RateLimitStatus>(mock, 'GET', '/v1/rate-limit');
    const read = await call<ApiKey>(mock, 'GET', `/v1/api-keys/${key.id}`);
    const written = [
      rotated.body.previous_secret_expires_at,
      rotated.body.created_at,
      status.body.reset_at,
      read.body.created_at,
      read.body.updated_at,
    ];
    for (const timestamp of written) expect(timestamp).toMatch(UTC_MILLIS);
    expect(rotated.body.previous_secret_expires_at).toBe('9999-12-31T00:00:00.000Z');
  });
});
