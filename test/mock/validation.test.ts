import type { ApiKey, ApiKeyList } from 'keysmith';
import { BODY_LIMIT_BYTES, createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, createKey, NOW, seededBytes, type ErrorBody } from './helpers.js';

const valid = { name: 'CI', permissions: ['keys:read'] };

async function createWith<Body = unknown>(body: unknown) {
  const mock = createMockApi({ now: NOW });
  return call<Body>(mock, 'POST', '/v1/api-keys', { body });
}

describe('request validation', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['a missing name', { permissions: [] }, 'name', /name is required/],
    ['an empty name', { ...valid, name: '' }, 'name', /name must be a string of 1 to 100 characters/],
    ['a name of 101 characters', { ...valid, name: 'x'.repeat(101) }, 'name', /1 to 100 characters/],
    ['a number for a name', { ...valid, name: 5 }, 'name', /must be a string/],
    [
      'a malformed scope',
      { ...valid, permissions: ['keys:read', 'Keys:Read'] },
      'permissions.1',
      /permissions.1 must be a string matching/,
    ],
    [
      '51 scopes',
      { ...valid, permissions: Array.from({ length: 51 }, (_, i) => `p${i}:read`) },
      'permissions',
      /at most 50 items/,
    ],
    [
      'a zero per_minute',
      { ...valid, rate_limit: { per_minute: 0 } },
      'rate_limit.per_minute',
      /integer from 1 to 1000000/,
    ],
    ['a fractional per_hour', { ...valid, rate_limit: { per_hour: 1.5 } }, 'rate_limit.per_hour', /integer/],
    ['an empty rate_limit', { ...valid, rate_limit: {} }, 'rate_limit', /at least 1 field/],
    [
      'an unknown rate_limit field',
      { ...valid, rate_limit: { per_day: 1 } },
      'rate_limit.per_day',
      /not a known field/,
    ],
    ['an unknown field', { ...valid, nmae: 'x' }, 'nmae', /nmae is not a known field/],
    [
      'an unknown environment',
      { ...valid, environment: 'qa' },
      'environment',
      /one of production, staging, development/,
    ],
    [
      'a date without a zone',
      { ...valid, expires_at: '2027-01-01T00:00:00' },
      'expires_at',
      /RFC 3339 date-time string or null/,
    ],
    ['30 February', { ...valid, expires_at: '2027-02-30T00:00:00Z' }, 'expires_at', /RFC 3339/],
    ['a past expiry', { ...valid, expires_at: '2020-01-01T00:00:00Z' }, 'expires_at', /in the future/],
    [
      'a non-string metadata value',
      { ...valid, metadata: { team: 1 } },
      'metadata.team',
      /metadata.team must be a string/,
    ],
    [
      '21 metadata fields',
      { ...valid, metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) },
      'metadata',
      /at most 20 fields/,
    ],
    [
      'an empty metadata field name',
      { ...valid, metadata: { '': 'v' } },
      'metadata',
      /field names must be a string of 1 to 40 characters/,
    ],
    [
      'a description of 501 characters',
      { ...valid, description: 'd'.repeat(501) },
      'description',
      /at most 500 characters or null/,
    ],
  ];
  for (const [what, body, param, message] of cases) {
    test(`create with ${what} is a 400 validation_error naming ${param}`, async () => {
      const answer = await createWith<ErrorBody>(body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ type: 'invalid_request_error', code: 'validation_error', param });
      expect(answer.body.error.message).toMatch(message);
    });
  }

  test('a body that is not an object is a 400 without a param', async () => {
    const answer = await createWith<ErrorBody>(['not', 'an', 'object']);
    expect(answer.body.error).toMatchObject({
      code: 'validation_error',
      message: 'The body must be an object with name and permissions.',
    });
    expect(answer.body.error).not.toHaveProperty('param');
  });

  test('names count characters, not UTF-16 units: 100 emoji are a valid name', async () => {
    expect((await createWith({ ...valid, name: '🔑'.repeat(100) })).status).toBe(201);
    expect((await createWith({ ...valid, name: '🔑'.repeat(101) })).status).toBe(400);
  });

  test('NUL bytes, lone surrogates and odd unicode are data, never a 500', async () => {
    for (const name of ['\u0000', 'a\u0000b', '\ud800', '\u202e\u0301', '\uffff']) {
      const answer = await createWith<ApiKey>({ ...valid, name });
      expect(answer.status).toBe(201);
      expect(answer.body.name).toBe(name);
    }
  });

  test('unreadable JSON is a 400 invalid_request', async () => {
    const mock = createMockApi({ now: NOW });
    for (const raw of ['{', '{"name": "x",}', 'nul\u0000l', '']) {
      const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
        raw,
        headers: { 'Content-Type': 'application/json' },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid_request');
    }
  });

  test('bytes that are not UTF-8 are a 400 invalid_request', async () => {
    const mock = createMockApi({ now: NOW });
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      raw: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_request');
  });

  test('a body that is not application/json is a 415', async () => {
    const mock = createMockApi({ now: NOW });
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      raw: JSON.stringify(valid),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(answer.status).toBe(415);
    expect(answer.body.error).toMatchObject({ type: 'invalid_request_error', code: 'unsupported_media_type' });
    const charset = await call(mock, 'POST', '/v1/api-keys', {
      raw: JSON.stringify(valid),
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
    expect(charset.status).toBe(201);
  });

  test('a body over 64 KiB is a 413 payload_too_large', async () => {
    const mock = createMockApi({ now: NOW });
    expect(BODY_LIMIT_BYTES).toBe(65_536);
    const big = JSON.stringify({ ...valid, description: 'x'.repeat(BODY_LIMIT_BYTES) });
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      raw: big,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ type: 'invalid_request_error', code: 'payload_too_large' });
  });

  test('a body of exactly 64 KiB is read and validated', async () => {
    const mock = createMockApi({ now: NOW });
    const head = JSON.stringify({ ...valid, description: '' });
    const exact = head.replace('"description":""', `"description":"${'x'.repeat(BODY_LIMIT_BYTES - head.length)}"`);
    expect(new TextEncoder().encode(exact).length).toBe(BODY_LIMIT_BYTES);
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      raw: exact,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.param).toBe('description');
  });

  test('create and update need a body; regenerate does not', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    expect((await call<ErrorBody>(mock, 'POST', '/v1/api-keys')).body.error.code).toBe('invalid_request');
    expect((await call<ErrorBody>(mock, 'PATCH', `/v1/api-keys/${key.id}`)).body.error.code).toBe('invalid_request');
    expect((await call(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`)).status).toBe(200);
  });

  test('an update must change at least one field', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const answer = await call<ErrorBody>(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: {} });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toBe('The body must set at least 1 field.');
  });

  test('an update cannot set status expired or revoked', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const answer = await call<ErrorBody>(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { status: 'revoked' } });
    expect(answer.body.error).toMatchObject({ code: 'validation_error', param: 'status' });
  });

  test('grace_period_seconds above 7 days is a 400 naming it', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const answer = await call<ErrorBody>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      body: { grace_period_seconds: 604_801 },
    });
    expect(answer.body.error).toMatchObject({ code: 'validation_error', param: 'grace_period_seconds' });
  });

  test('query parameters are checked: limit range, enums, unknown and repeated names', async () => {
    const mock = createMockApi({ now: NOW });
    const cases: [string, string][] = [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=-1', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=1.5', 'limit'],
      ['limit=99999999999999999999', 'limit'],
      ['status=deleted', 'status'],
      ['environment=prod', 'environment'],
      ['starting_after=../../etc', 'starting_after'],
      ['sort=asc', 'sort'],
      ['limit=1&limit=2', 'limit'],
    ];
    for (const [query, param] of cases) {
      const answer = await call<ErrorBody>(mock, 'GET', `/v1/api-keys?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.param, query).toBe(param);
    }
    expect((await call(mock, 'GET', '/v1/api-keys?limit=100')).status).toBe(200);
  });

  test('a path id that is not a key id is a 400 naming id', async () => {
    const mock = createMockApi({ now: NOW });
    for (const id of ['nope', 'key_short', '%E0%A4%A', 'key_..%2F..%2Fetc0000', 'k'.repeat(5000)]) {
      const answer = await call<ErrorBody>(mock, 'GET', `/v1/api-keys/${id}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'validation_error', param: 'id' });
    }
  });

  test('refused requests change nothing', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(81) });
    const key = await createKey(mock);
    // Every request moves the usage counters, so the snapshot blanks them (toEqual skips undefined fields).
    const snapshot = async () =>
      (await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?limit=100')).body.data.map((key) => ({
        ...key,
        usage: undefined,
        last_used_at: undefined,
      }));
    const before = await snapshot();
    await createWith({ ...valid, metadata: { a: 1 } });
    await call(mock, 'POST', '/v1/api-keys', { body: { ...valid, expires_at: '2001-01-01T00:00:00Z' } });
    await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, { body: { name: 'changed', permissions: ['Bad'] } });
    await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, {
      body: { name: 'changed', expires_at: '2001-01-01T00:00:00Z' },
    });
    await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, {
      raw: '{"name":"changed"',
      headers: { 'Content-Type': 'application/json' },
    });
    await call(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, { body: { grace_period_seconds: -1 } });
    expect(await snapshot()).toEqual(before);
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
  });

  test('an unknown route is a 404 and a known path with another method is a 405 with Allow', async () => {
    const mock = createMockApi({ now: NOW });
    const missing = await call<ErrorBody>(mock, 'GET', '/v1/keys');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ type: 'not_found_error', code: 'not_found' });
    const wrong = await call<ErrorBody>(mock, 'PUT', '/v1/api-keys');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('Allow')).toBe('GET, POST');
    expect(wrong.body.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_request' });
    expect((await call(mock, 'GET', '/v1/me/')).status).toBe(404);
  });
});
