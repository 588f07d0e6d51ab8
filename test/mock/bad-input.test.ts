import fc from 'fast-check';
import type { ApiKeyList } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, NOW, seededBytes } from './helpers.js';

const mock = createMockApi({
  now: NOW,
  randomBytes: seededBytes(131),
  plan: { per_minute: 1_000_000, per_hour: 100_000_000 },
});

// encodeURIComponent throws on a lone surrogate; a client would send its UTF-8 replacement.
const encode = (text: string): string => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
const odd = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    '🔑',
    '../..',
    '%00',
    '%E0%A4%A',
    'key_',
    'ks_prod_',
    'x'.repeat(3000),
    '__proto__',
    'constructor',
  ),
);
const json = fc.jsonValue({ maxDepth: 4 });
const field = fc.constantFrom(
  'name',
  'description',
  'permissions',
  'environment',
  'rate_limit',
  'expires_at',
  'metadata',
  'status',
  'grace_period_seconds',
);
const body = fc.oneof(
  json.map((value) => JSON.stringify(value)),
  fc
    .record(
      { name: fc.oneof(odd, json), permissions: fc.oneof(fc.array(odd, { maxLength: 3 }), json) },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.dictionary(odd, json, { maxKeys: 4 }).map((value) => JSON.stringify(value)),
  fc.dictionary(field, fc.oneof(json, odd), { minKeys: 1, maxKeys: 4 }).map((value) => JSON.stringify(value)),
  odd,
);
const id = fc.oneof(fc.constant('key_0000000000000000'), odd.map(encode));
// Mostly real routes with their own methods, so the answers come from validation, not routing.
const target = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.oneof(
      fc.constant(['POST', '/v1/api-keys']),
      fc.constant(['GET', '/v1/api-keys']),
      fc.constant(['GET', '/v1/me']),
      fc.constant(['GET', '/v1/rate-limit']),
      id.map((key) => ['GET', `/v1/api-keys/${key}`]),
      id.map((key) => ['PATCH', `/v1/api-keys/${key}`]),
      id.map((key) => ['DELETE', `/v1/api-keys/${key}`]),
      id.map((key) => ['POST', `/v1/api-keys/${key}/revoke`]),
      id.map((key) => ['POST', `/v1/api-keys/${key}/regenerate`]),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'PUT', 'OPTIONS'),
      odd.map((segment) => `/v1/${encode(segment)}`),
    ),
  },
);
const query = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.constantFrom('limit', 'status', 'environment', 'starting_after', 'x'), odd)
    .map(([name, value]) => `?${name}=${encode(value)}`),
);
const authorization = fc.oneof(
  fc.constant(null),
  { weight: 6, arbitrary: fc.constant('admin') },
  odd,
  odd.map((token) => `Bearer ${token}`),
);

describe('hostile input', () => {
  test('every answer is a JSON error below 500 with a request id, and the store does not change', async () => {
    const seeded = async () =>
      JSON.stringify(
        (await call<ApiKeyList>(mock, 'GET', '/v1/api-keys?limit=100')).body.data.filter(
          (key) => key.created_by === null,
        ),
      ).replace(/"usage":\{[^}]*\},|"last_used_at":"[^"]*",/g, '');
    const before = await seeded();
    await fc.assert(
      fc.asyncProperty(
        target,
        query,
        authorization,
        fc.option(body, { nil: undefined }),
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', ''),
        async ([method, path], search, auth, raw, contentType) => {
          const headers: Record<string, string> = {};
          if (contentType !== '') headers['Content-Type'] = contentType;
          const token = auth === 'admin' ? `Bearer ${mock.adminKey}` : auth;
          if (token !== null) {
            try {
              new Headers({ Authorization: token });
            } catch {
              return; // a header value no client can send
            }
            headers.Authorization = token;
          }
          const answer = await call(mock, method, `${path}${search}`, {
            key: null,
            headers,
            raw: method === 'GET' || method === 'OPTIONS' ? undefined : raw,
          });
          expect(answer.status).toBeLessThan(500);
          expect(answer.headers.get('Content-Type')).toBe('application/json');
          expect(answer.headers.get('X-Request-Id')).toMatch(/^req_/);
          if (answer.status >= 400) {
            expect(typeof codeOf(answer)).toBe('string');
            expect(answer.text).not.toContain(mock.adminKey);
          } else {
            // The only successes possible here: reads, and a create whose random body happened to be valid.
            expect(method === 'GET' || (method === 'POST' && answer.status === 201)).toBe(true);
          }
        },
      ),
      { numRuns: 400, seed: 20261101 },
    );
    // A random body may have been a valid create; the seeded keys themselves must be as they were.
    expect(await seeded()).toBe(before);
  });
});
