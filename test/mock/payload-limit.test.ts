/**
 * The 64 KiB body limit holds for every operation — those that take no body too — and the spec
 * declares the 413 wherever it can be answered.
 */
import { readFileSync } from 'node:fs';
import { createMockApi } from 'keysmith/mock';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { BODY_LIMIT_BYTES } from '../../mock/pipeline/steps/6-validate-request.js';
import { call, createKey, NOW, type ErrorBody } from './helpers.js';

type Spec = { paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>> };
const spec = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as Spec;

test('every operation of the spec declares the 413', () => {
  const operations = Object.values(spec.paths).flatMap((item) =>
    Object.values(item).filter((operation) => operation.operationId !== undefined),
  );
  expect(operations).toHaveLength(9);
  for (const operation of operations)
    expect({ id: operation.operationId, declares413: '413' in (operation.responses ?? {}) }).toEqual({
      id: operation.operationId,
      declares413: true,
    });
});

test.each([
  ['POST', '/v1/api-keys/{id}/revoke'],
  ['DELETE', '/v1/api-keys/{id}'],
  ['POST', '/v1/api-keys/{id}/regenerate'],
  ['PATCH', '/v1/api-keys/{id}'],
  ['POST', '/v1/api-keys'],
])('%s %s answers 413 for a body over 64 KiB, and changes nothing', async (method, template) => {
  const mock = createMockApi({ now: NOW });
  const key = await createKey(mock);
  // What a refused call may change is the caller's usage; the key it named stays as it was.
  const record = async (): Promise<string> => (await call(mock, 'GET', `/v1/api-keys/${key.id}`)).text;
  const before = await record();
  const answer = await call<ErrorBody>(mock, method, template.replace('{id}', key.id), {
    raw: JSON.stringify({ padding: 'x'.repeat(BODY_LIMIT_BYTES) }),
    headers: { 'Content-Type': 'application/json' },
  });
  expect(answer.status).toBe(413);
  expect(answer.body.error.code).toBe('payload_too_large');
  expect(await record()).toBe(before);
});
