import type { ApiKeyList, Identity } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import {
  call,
  codeOf,
  createKey,
  DEVELOPMENT,
  NOW,
  PRODUCTION,
  seededBytes,
  STAGING,
  type ErrorBody,
} from './helpers.js';

describe('environments', () => {
  test('each admin key works against its own base URL', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(41) });
    for (const [environment, base] of [
      ['production', PRODUCTION],
      ['staging', STAGING],
      ['development', DEVELOPMENT],
    ] as const) {
      const me = await call<Identity>(mock, 'GET', '/v1/me', { key: mock.adminKeys[environment], base });
      expect(me.status).toBe(200);
      expect(me.body.environment).toBe(environment);
      expect(me.body.permissions).toEqual(['admin:*']);
    }
    expect(mock.adminKey).toBe(mock.adminKeys.production);
    expect(mock.baseUrls).toEqual({ production: PRODUCTION, staging: STAGING, development: DEVELOPMENT });
  });

  test('a key sent to another environment’s base URL is a 401 environment_mismatch', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(42) });
    const answer = await call<ErrorBody>(mock, 'GET', '/v1/me', { key: mock.adminKeys.staging, base: PRODUCTION });
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({ type: 'authentication_error', code: 'environment_mismatch' });
    expect(answer.body.error.message).toContain(STAGING);
  });

  test('a new key takes the caller’s environment and its prefix', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(43) });
    const key = await createKey(mock, {}, { key: mock.adminKeys.development, base: DEVELOPMENT });
    expect(key.environment).toBe('development');
    expect(key.secret.startsWith('ks_dev_')).toBe(true);
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret, base: DEVELOPMENT })).status).toBe(200);
  });

  test('creating a key for another environment is a 403 environment_forbidden', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(44) });
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      body: { name: 'x', permissions: [], environment: 'staging' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ code: 'environment_forbidden', param: 'environment' });
    const same = await call(mock, 'POST', '/v1/api-keys', {
      body: { name: 'x', permissions: [], environment: 'production' },
    });
    expect(same.status).toBe(201);
  });

  test('listings span the account and filter by environment', async () => {
    const mock = createMockApi({ now: NOW, randomBytes: seededBytes(45) });
    await createKey(mock, {}, { key: mock.adminKeys.staging, base: STAGING });
    const staging = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?environment=staging');
    expect(staging.body.data).toHaveLength(2);
    expect(staging.body.data.every((key) => key.environment === 'staging')).toBe(true);
    const all = await call<ApiKeyList>(mock, 'GET', '/v1/api-keys');
    expect(all.body.data).toHaveLength(4);
  });

  test('base URLs may carry a path prefix, and the longest matching base wins', async () => {
    const mock = createMockApi({
      now: NOW,
      randomBytes: seededBytes(46),
      baseUrls: {
        production: 'http://127.0.0.1:4010',
        staging: 'http://127.0.0.1:4010/staging/',
        development: 'http://127.0.0.1:4010/development',
      },
    });
    expect(mock.baseUrls.staging).toBe('http://127.0.0.1:4010/staging');
    const staging = await call<Identity>(mock, 'GET', '/v1/me', {
      key: mock.adminKeys.staging,
      base: 'http://127.0.0.1:4010/staging',
    });
    expect(staging.body.environment).toBe('staging');
    const production = await call<Identity>(mock, 'GET', '/v1/me', {
      key: mock.adminKeys.production,
      base: 'http://127.0.0.1:4010',
    });
    expect(production.body.environment).toBe('production');
    const lookalike = await call(mock, 'GET', '/v1/me', {
      key: mock.adminKeys.production,
      base: 'http://127.0.0.1:4010/stagingx',
    });
    expect(lookalike.status).toBe(404);
  });

  test('a URL under no base URL is a 404 not_found', async () => {
    const mock = createMockApi({ now: NOW });
    const answer = await call(mock, 'GET', '/v1/me', { base: 'https://example.com' });
    expect(answer.status).toBe(404);
    expect(codeOf(answer)).toBe('not_found');
  });

  test('two environments cannot share a base URL', () => {
    expect(() => createMockApi({ baseUrls: { staging: PRODUCTION } })).toThrow(TypeError);
    expect(() => createMockApi({ baseUrls: { staging: 'not a url' } })).toThrow(/baseUrls.staging/);
  });
});
