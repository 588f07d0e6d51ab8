import type { ApiKey } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { covers, uncovered } from '../../mock/pipeline/steps/4-scope.js';
import { call, codeOf, createKey, NOW, seededBytes, type ErrorBody } from './helpers.js';

function mockWith(permissions: string[]) {
  const secret = createSecret('production', seededBytes(31));
  const mock = createMockApi({ now: NOW, randomBytes: seededBytes(32), keys: [{ secret, permissions }] });
  return { mock, secret };
}

describe('scope matching', () => {
  test('a scope covers itself, resource:* covers its resource, admin:* covers everything', () => {
    expect(covers(['keys:read'], 'keys:read')).toBe(true);
    expect(covers(['keys:*'], 'keys:delete')).toBe(true);
    expect(covers(['keys:*'], 'keys:*')).toBe(true);
    expect(covers(['admin:*'], 'tasks:read')).toBe(true);
    expect(covers(['admin:*'], 'admin:*')).toBe(true);
  });

  test('a scope does not cover a wider one or another resource', () => {
    expect(covers(['keys:read'], 'keys:*')).toBe(false);
    expect(covers(['keys:*'], 'admin:*')).toBe(false);
    expect(covers(['keys:*'], 'keysx:read')).toBe(false);
    expect(covers(['tasks:*'], 'keys:read')).toBe(false);
    expect(uncovered(['keys:read'], ['keys:read', 'keys:write', 'admin:*'])).toEqual(['keys:write', 'admin:*']);
  });
});

describe('insufficient_scope', () => {
  const cases: [string, string, string, unknown?][] = [
    ['POST', '/v1/api-keys', 'keys:write', { name: 'x', permissions: [] }],
    ['GET', '/v1/api-keys', 'keys:read'],
    ['GET', '/v1/api-keys/key_0000000000000000', 'keys:read'],
    ['PATCH', '/v1/api-keys/key_0000000000000000', 'keys:write', { name: 'x' }],
    ['POST', '/v1/api-keys/key_0000000000000000/revoke', 'keys:write'],
    ['POST', '/v1/api-keys/key_0000000000000000/regenerate', 'keys:write'],
    ['DELETE', '/v1/api-keys/key_0000000000000000', 'keys:delete'],
    ['GET', '/v1/rate-limit', 'rate_limit:read'],
  ];
  for (const [method, path, scope, body] of cases) {
    test(`${method} ${path} without ${scope} is a 403 naming ${scope}`, async () => {
      const { mock, secret } = mockWith(['tasks:read']);
      const answer = await call<ErrorBody>(mock, method, path, { key: secret, body });
      expect(answer.status).toBe(403);
      expect(answer.body.error).toMatchObject({
        type: 'permission_error',
        code: 'insufficient_scope',
        details: { required_scope: scope },
      });
      expect(answer.body.error.message).toContain(scope);
    });
  }

  test('GET /v1/me needs no scope', async () => {
    const { mock, secret } = mockWith([]);
    expect((await call(mock, 'GET', '/v1/me', { key: secret })).status).toBe(200);
  });

  test('keys:* grants every key operation', async () => {
    const { mock, secret } = mockWith(['keys:*']);
    const key = await createKey(mock, {}, { key: secret });
    expect((await call(mock, 'GET', `/v1/api-keys/${key.id}`, { key: secret })).status).toBe(200);
    expect((await call(mock, 'DELETE', `/v1/api-keys/${key.id}`, { key: secret })).status).toBe(200);
  });
});

describe('scope_escalation', () => {
  test('creating a key with a scope the caller does not hold is a 403 naming the scopes', async () => {
    const { mock, secret } = mockWith(['keys:write', 'keys:read']);
    const answer = await call<ErrorBody>(mock, 'POST', '/v1/api-keys', {
      key: secret,
      body: { name: 'wider', permissions: ['keys:read', 'keys:delete', 'admin:*'] },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({
      code: 'scope_escalation',
      param: 'permissions',
      details: { scopes: ['keys:delete', 'admin:*'] },
    });
  });

  test('a key may create keys with scopes it covers through a wildcard', async () => {
    const { mock, secret } = mockWith(['keys:*']);
    const created = await createKey(mock, { permissions: ['keys:read', 'keys:*'] }, { key: secret });
    expect(created.permissions).toEqual(['keys:read', 'keys:*']);
  });

  test('updating a key to a scope the caller does not hold is a 403 and changes nothing', async () => {
    const { mock, secret } = mockWith(['keys:write', 'keys:read']);
    const key = await createKey(mock, { permissions: ['keys:read'] });
    const answer = await call(mock, 'PATCH', `/v1/api-keys/${key.id}`, {
      key: secret,
      body: { name: 'changed', permissions: ['tasks:*'] },
    });
    expect(answer.status).toBe(403);
    expect(codeOf(answer)).toBe('scope_escalation');
    const after = await call<ApiKey>(mock, 'GET', `/v1/api-keys/${key.id}`);
    expect(after.body.name).toBe(key.name);
    expect(after.body.permissions).toEqual(['keys:read']);
  });

  test('repeated scopes are stored once', async () => {
    const mock = createMockApi({ now: NOW });
    const created = await createKey(mock, { permissions: ['keys:read', 'keys:read', 'tasks:read'] });
    expect(created.permissions).toEqual(['keys:read', 'tasks:read']);
  });
});
