import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, NOW, seededBytes, STAGING, type Answer, type ErrorBody } from './helpers.js';

const secret = (environment: 'production' | 'staging', seed: number) => createSecret(environment, seededBytes(seed));

describe('the check order', () => {
  test('each failing step answers its own code', async () => {
    const revoked = secret('production', 1);
    const inactive = secret('production', 2);
    const expired = secret('production', 3);
    const staging = secret('staging', 4);
    const reader = secret('production', 5);
    const limited = secret('production', 6);
    const mock = createMockApi({
      now: NOW,
      keys: [
        { secret: revoked, status: 'revoked' },
        { secret: inactive, status: 'inactive' },
        { secret: expired, expires_at: '2026-01-01T00:00:00Z' },
        { secret: staging },
        { secret: reader, permissions: ['tasks:read'] },
        { secret: limited, rate_limit: { per_minute: 1 } },
      ],
    });
    await call(mock, 'GET', '/v1/me', { key: limited });
    const codes = async (options: Parameters<typeof call>[3]) =>
      codeOf(await call(mock, 'GET', '/v1/api-keys', options));
    expect(await codes({ key: null })).toBe('missing_api_key');
    expect(await codes({ key: null, headers: { Authorization: 'Basic dXNlcjpwYXNz' } })).toBe('missing_api_key');
    expect(await codes({ key: null, headers: { Authorization: 'Bearer    ' } })).toBe('missing_api_key');
    expect(await codes({ key: 'ks_prod_tooshort' })).toBe('malformed_api_key');
    expect(await codes({ key: secret('production', 99) })).toBe('invalid_api_key');
    expect(await codes({ key: revoked })).toBe('revoked_api_key');
    expect(await codes({ key: inactive })).toBe('inactive_api_key');
    expect(await codes({ key: expired })).toBe('expired_api_key');
    expect(await codes({ key: staging })).toBe('environment_mismatch');
    expect(await codes({ key: reader })).toBe('insufficient_scope');
    expect(await codes({ key: limited })).toBe('rate_limited');
  });

  test('a key that fails several checks always gets the earliest one', async () => {
    const everything = secret('staging', 7);
    const mock = createMockApi({
      now: NOW,
      keys: [
        {
          secret: everything,
          status: 'revoked',
          expires_at: '2026-01-01T00:00:00Z',
          permissions: [],
          rate_limit: { per_minute: 1 },
        },
      ],
    });
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await call(mock, 'GET', '/v1/api-keys', { key: everything }))).toBe('revoked_api_key');
    }
    const inactiveExpired = secret('staging', 8);
    const second = createMockApi({
      now: NOW,
      keys: [{ secret: inactiveExpired, status: 'inactive', expires_at: '2026-01-01T00:00:00Z' }],
    });
    expect(codeOf(await call(second, 'GET', '/v1/me', { key: inactiveExpired }))).toBe('inactive_api_key');
  });

  test('the scheme is case-insensitive and the secret is trimmed', async () => {
    const mock = createMockApi({ now: NOW });
    expect(
      (await call(mock, 'GET', '/v1/me', { key: null, headers: { Authorization: `bearer   ${mock.adminKey}  ` } }))
        .status,
    ).toBe(200);
  });

  test('two Authorization headers are one malformed value', async () => {
    const mock = createMockApi({ now: NOW });
    const headers = new Headers();
    headers.append('Authorization', `Bearer ${mock.adminKey}`);
    headers.append('Authorization', `Bearer ${mock.adminKey}`);
    const response = await mock.fetch(new Request('https://api.keysmith.example/v1/me', { headers }));
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('malformed_api_key');
  });

  test('route comes before version, version before the key, the key before validation', async () => {
    const mock = createMockApi({ now: NOW });
    const badVersion = { 'Keysmith-Version': '2020-01-01' };
    expect((await call(mock, 'GET', '/v1/nothing', { key: null, headers: badVersion })).status).toBe(404);
    expect((await call(mock, 'DELETE', '/v1/me', { key: null, headers: badVersion })).status).toBe(405);
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: null, headers: badVersion }))).toBe('unsupported_version');
    expect(
      codeOf(
        await call(mock, 'POST', '/v1/api-keys', {
          key: null,
          raw: '{',
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    ).toBe('missing_api_key');
    expect(codeOf(await call(mock, 'POST', '/v1/api-keys', { key: mock.adminKeys.staging, body: { name: '' } }))).toBe(
      'environment_mismatch',
    );
  });

  test('scope comes before validation and before looking the key up', async () => {
    const reader = secret('production', 9);
    const mock = createMockApi({ now: NOW, keys: [{ secret: reader, permissions: ['keys:read'] }] });
    expect(codeOf(await call(mock, 'PATCH', '/v1/api-keys/nope', { key: reader, body: {} }))).toBe(
      'insufficient_scope',
    );
    expect(codeOf(await call(mock, 'GET', '/v1/api-keys/nope', { key: reader }))).toBe('validation_error');
    expect(codeOf(await call(mock, 'GET', '/v1/api-keys/key_0000000000000000', { key: reader }))).toBe('not_found');
  });

  test('a key sent to its own environment passes the environment check', async () => {
    const mock = createMockApi({ now: NOW });
    expect((await call(mock, 'GET', '/v1/me', { key: mock.adminKeys.staging, base: STAGING })).status).toBe(200);
  });
});

describe('versions and request ids', () => {
  test('Keysmith-Version 2026-11-01 or none is served; any other is a 400 unsupported_version', async () => {
    const mock = createMockApi({ now: NOW });
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
    expect((await call(mock, 'GET', '/v1/me', { headers: { 'Keysmith-Version': '2026-11-01' } })).status).toBe(200);
    for (const version of ['2025-01-01', 'latest', '']) {
      const answer = await call<ErrorBody>(mock, 'GET', '/v1/me', { headers: { 'Keysmith-Version': version } });
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({
        type: 'invalid_request_error',
        code: 'unsupported_version',
        param: 'Keysmith-Version',
      });
    }
  });

  test('every answer carries a unique X-Request-Id that matches the error body', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(91) });
    const answers: Answer<Partial<ErrorBody>>[] = [
      await call(mock, 'GET', '/v1/me'),
      await call(mock, 'GET', '/v1/me', { key: null }),
      await call(mock, 'GET', '/v1/unknown'),
      await call(mock, 'PUT', '/v1/me'),
      await call(mock, 'GET', '/v1/me', { base: 'https://elsewhere.example' }),
      await call(mock, 'GET', '/v1/api-keys?limit=0'),
    ];
    mock.faults.inject({ status: 503 });
    answers.push(await call(mock, 'GET', '/v1/me'));
    for (const answer of answers) {
      const id = answer.headers.get('X-Request-Id');
      expect(id).toMatch(/^req_[0-9A-Za-z]{16}$/);
      if (answer.status >= 400) expect(answer.body.error?.request_id).toBe(id);
    }
    const ids = answers.map((answer) => answer.headers.get('X-Request-Id'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
