import type { ApiKeyWithSecret } from 'keysmith';
import { createMockApi, createSecret, type MockApi } from 'keysmith/mock';
import { assert, describe, expect, test } from 'vitest';
import { openapi } from '../../mock/generated/openapi.js';
import { validate, type JsonSchema } from '../../mock/contract/json-schema.js';
import { resolveSchema } from '../../mock/contract/spec.js';
import { call, createKey, NOW, seededBytes, STAGING, type Answer, type CallOptions } from './helpers.js';

interface ResponseSpec {
  headers?: Record<string, { $ref?: string; required?: boolean; schema?: JsonSchema }>;
  content?: { 'application/json': { schema: JsonSchema } };
}
const spec = openapi as unknown as {
  paths: Record<string, Record<string, { responses: Record<string, ResponseSpec | { $ref: string }> }>>;
  components: {
    responses: Record<string, ResponseSpec>;
    headers: Record<string, { required?: boolean; schema: JsonSchema }>;
  };
};

/** The component a `$ref` such as `#/components/responses/NotFound` names. */
function referenced<T>(components: Record<string, T>, ref: string): T {
  const component = components[ref.slice(ref.lastIndexOf('/') + 1)];
  assert.exists(component, `${ref} names a component`);
  return component;
}

/** Every way this answer breaks the spec's response for its operation and status; empty when it conforms. */
function violations(mock: MockApi, answer: Answer): string[] {
  const entry = mock.requests.all().at(-1);
  assert.exists(entry, 'the request is in the log');
  if (entry.route === null) return [];
  const operation = spec.paths[entry.route]?.[entry.method.toLowerCase()];
  assert.exists(operation, `${entry.method} ${entry.route} is in the spec`);
  let response = operation.responses[String(answer.status)];
  if (response === undefined) return [`${entry.method} ${entry.route} does not document ${answer.status}`];
  if ('$ref' in response && typeof response.$ref === 'string')
    response = referenced(spec.components.responses, response.$ref);
  const problems: string[] = [];
  for (const [name, header] of Object.entries((response as ResponseSpec).headers ?? {})) {
    const definition = header.$ref === undefined ? header : referenced(spec.components.headers, header.$ref);
    const value = answer.headers.get(name);
    if (value === null) {
      if (definition.required === true) problems.push(`missing header ${name}`);
      continue;
    }
    const typed = definition.schema?.type === 'integer' && /^\d+$/.test(value) ? Number(value) : value;
    const violation = validate(definition.schema ?? {}, typed, resolveSchema, name);
    if (violation !== null) problems.push(violation.message);
  }
  const schema = (response as ResponseSpec).content?.['application/json'].schema;
  if (schema !== undefined) {
    if (answer.headers.get('Content-Type') !== 'application/json')
      problems.push('Content-Type is not application/json');
    const violation = validate(schema, answer.body, resolveSchema);
    if (violation !== null) problems.push(`body: ${violation.message} (${violation.path})`);
  }
  return problems;
}

describe('every answer conforms to openapi.yaml', () => {
  test('across every operation and its error paths', async () => {
    const reader = createSecret('production', seededBytes(121));
    const noScopes = createSecret('production', seededBytes(122));
    const mock = createMockApi({
      now: NOW,
      randomBytes: seededBytes(123),
      keys: [
        { secret: reader, permissions: ['keys:read'], rate_limit: { per_minute: 30 } },
        { secret: noScopes, permissions: [] },
      ],
    });
    const checked: string[] = [];
    const check = async <Body = unknown>(method: string, path: string, options: CallOptions = {}) => {
      const answer = await call<Body>(mock, method, path, options);
      const entry = mock.requests.all().at(-1);
      assert.exists(entry, 'the request is in the log');
      checked.push(`${entry.operation} ${answer.status}`);
      expect(violations(mock, answer), `${method} ${path} → ${answer.status} ${answer.text}`).toEqual([]);
      return answer;
    };
    const json = { 'Content-Type': 'application/json' };

    const created = (
      await check<ApiKeyWithSecret>('POST', '/v1/api-keys', {
        body: {
          name: 'Full',
          description: 'd',
          permissions: ['keys:read'],
          expires_at: '2027-01-01T00:00:00Z',
          rate_limit: { per_minute: 5 },
          metadata: { a: 'b' },
        },
        headers: { 'Idempotency-Key': 'c1' },
      })
    ).body;
    await check('POST', '/v1/api-keys', {
      body: {
        name: 'Full',
        description: 'd',
        permissions: ['keys:read'],
        expires_at: '2027-01-01T00:00:00Z',
        rate_limit: { per_minute: 5 },
        metadata: { a: 'b' },
      },
      headers: { 'Idempotency-Key': 'c1' },
    });
    await check('POST', '/v1/api-keys', {
      body: { name: 'Other', permissions: [] },
      headers: { 'Idempotency-Key': 'c1' },
    });
    await check('POST', '/v1/api-keys', { body: { name: '' } });
    await check('POST', '/v1/api-keys', { raw: '{', headers: json });
    await check('POST', '/v1/api-keys', { raw: 'x', headers: { 'Content-Type': 'text/plain' } });
    await check('POST', '/v1/api-keys', { raw: `{"name":"${'x'.repeat(70_000)}"}`, headers: json });
    await check('POST', '/v1/api-keys', {
      body: { name: 'x', permissions: [] },
      headers: { 'Keysmith-Version': '2000-01-01' },
    });
    await check('POST', '/v1/api-keys', { key: null, body: { name: 'x', permissions: [] } });
    await check('POST', '/v1/api-keys', { key: reader, body: { name: 'x', permissions: [] } });
    await check('POST', '/v1/api-keys', { body: { name: 'x', permissions: [], environment: 'staging' } });
    await check('GET', '/v1/api-keys');
    await check('GET', '/v1/api-keys?limit=1&status=active&environment=production');
    await check('GET', '/v1/api-keys?limit=500');
    await check('GET', '/v1/api-keys', { key: noScopes });
    await check('GET', `/v1/api-keys/${created.id}`);
    await check('GET', '/v1/api-keys/key_0000000000000000');
    await check('GET', '/v1/api-keys/bad-id');
    await check('PATCH', `/v1/api-keys/${created.id}`, {
      body: { status: 'inactive', name: 'Renamed', expires_at: null },
    });
    await check('PATCH', `/v1/api-keys/${created.id}`, {
      body: { permissions: ['keys:*'] },
      key: createSecret('production', seededBytes(1)),
    });
    await check('PATCH', `/v1/api-keys/${created.id}`, { raw: 'x', headers: { 'Content-Type': 'text/xml' } });
    await check('PATCH', `/v1/api-keys/${created.id}`, { key: reader, body: { name: 'x' } });
    const regenerated = await check<ApiKeyWithSecret>('POST', `/v1/api-keys/${created.id}/regenerate`, {
      body: { grace_period_seconds: 60 },
    });
    await check('GET', '/v1/me', { key: regenerated.body.secret });
    await check('POST', `/v1/api-keys/${created.id}/revoke`, { headers: { 'Idempotency-Key': 'r1' } });
    await check('POST', `/v1/api-keys/${created.id}/revoke`, { headers: { 'Idempotency-Key': 'r1' } });
    await check('POST', `/v1/api-keys/${created.id}/revoke`);
    await check('PATCH', `/v1/api-keys/${created.id}`, { body: { name: 'x' } });
    await check('POST', `/v1/api-keys/${created.id}/regenerate`);
    await check('POST', `/v1/api-keys/key_0000000000000000/revoke`);
    const wide = await createKey(mock, { permissions: ['tasks:read', 'keys:read'] });
    await check('POST', `/v1/api-keys/${wide.id}/regenerate`, { key: reader });
    const staging = await createKey(mock, {}, { key: mock.adminKeys.staging, base: STAGING });
    await check('POST', `/v1/api-keys/${staging.id}/regenerate`);
    await check('DELETE', `/v1/api-keys/${wide.id}`);
    await check('DELETE', `/v1/api-keys/${wide.id}`);
    await check('DELETE', `/v1/api-keys/${staging.id}`, { key: reader });
    await check('GET', '/v1/rate-limit');
    await check('GET', '/v1/rate-limit', { key: reader });
    await check('GET', '/v1/me');
    await check('GET', '/v1/me', { key: mock.adminKeys.staging });
    await check('GET', '/v1/me', { key: 'ks_prod_nope' });
    for (let i = 0; i < 30; i++) await call(mock, 'GET', '/v1/me', { key: reader });
    await check('GET', '/v1/me', { key: reader });
    await check('GET', '/v1/api-keys', { key: reader });
    mock.faults.inject({ status: 500 });
    await check('GET', '/v1/me');
    mock.faults.inject({ status: 503 });
    await check('POST', '/v1/api-keys', { body: { name: 'x', permissions: [] } });
    mock.faults.inject({ status: 429 });
    await check('GET', '/v1/api-keys');

    for (const expected of [
      'createApiKey 201',
      'createApiKey 413',
      'createApiKey 415',
      'updateApiKey 409',
      'regenerateApiKey 403',
      'getMe 429',
      'createApiKey 503',
    ]) {
      expect(checked).toContain(expected);
    }
  });
});
