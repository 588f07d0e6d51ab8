/**
 * Ways to spoil a valid request: its body (wrong types, fields missing or added, values past an
 * edge — by `value-mutations.ts`), its encoding (bad JSON, another media type, over 64 KiB), its
 * key (missing, malformed, never issued, another environment's, a revoked one), its version, its
 * path id, its query. Where the spec's check order decides the answer (a version before a key, a
 * key before anything else), {@link expectedRefusal} says what it must be. A misplaced secret (in
 * a query name, a field name, the path) is there for the leak oracle: the answer may quote the
 * input, never the secret.
 */
import fc from 'fast-check';
import { aimedMutation, type AimedMutation } from './value-mutations.js';

/** One way to spoil a request. */
export type RequestMutation =
  | { kind: 'body'; aimed: AimedMutation }
  | { kind: 'bad-json'; text: string }
  | { kind: 'media-type'; type: string }
  | { kind: 'oversized' }
  | { kind: 'version'; value: string }
  | { kind: 'key'; problem: 'missing' | 'malformed' | 'unissued' | 'other-environment' | 'revoked' }
  | { kind: 'id'; id: string }
  | { kind: 'query'; name: string; value: string }
  | { kind: 'idempotency-key'; value: string }
  | { kind: 'misplaced-secret'; place: 'query-name' | 'field-name' | 'path' | 'id' };

/** Body texts that are not JSON, or not UTF-8 JSON of an object. */
const BAD_JSON = [
  '{"name": ',
  '{name: "x"}',
  "{'name': 'x'}",
  '[1, 2',
  '{"a":1}{"b":2}',
  'null',
  '"text"',
  '\u00ff\u00fe',
];

/**
 * Arbitrary request mutations.
 *
 * @example
 * ```ts
 * fc.sample(requestMutation(), 2); // [{ kind: 'version', value: '2020-01-01' }, { kind: 'oversized' }]
 * ```
 */
export function requestMutation(): fc.Arbitrary<RequestMutation> {
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('body' as const), aimed: aimedMutation() }), weight: 6 },
    { arbitrary: fc.record({ kind: fc.constant('bad-json' as const), text: fc.constantFrom(...BAD_JSON) }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('media-type' as const),
        type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'json'),
      }),
      weight: 1,
    },
    { arbitrary: fc.constant({ kind: 'oversized' as const }), weight: 1 },
    {
      arbitrary: fc.record({
        kind: fc.constant('version' as const),
        value: fc.constantFrom('2020-01-01', '2026-11-02', 'latest', '2026-11-1', '2026-11-01T00:00:00Z'),
      }),
      weight: 1,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('key' as const),
        problem: fc.constantFrom('missing', 'malformed', 'unissued', 'other-environment', 'revoked'),
      }),
      weight: 3,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('id' as const),
        id: fc.oneof(
          fc.constantFrom('key_short', 'KEY_0123456789abcdef', 'key_0123456789abcde!', '%00', 'ключ', ' '),
          fc.stringMatching(/^key_[0-9A-Za-z]{16}$/),
        ),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('query' as const),
        name: fc.constantFrom('cursor', 'limit', 'status', 'starting_after', 'page', 'Limit'),
        value: fc.constantFrom('0', '101', 'abc', '-1', '1.5', 'deleted', '', 'key_0123456789abcdef'),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('misplaced-secret' as const),
        place: fc.constantFrom('query-name', 'field-name', 'path', 'id'),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('idempotency-key' as const),
        value: fc.constantFrom('', 'x'.repeat(256)),
      }),
      weight: 1,
    },
  );
}

/** What the spec's check order makes a mutated request's answer, when it decides it. */
export interface ExpectedRefusal {
  status: number;
  code: string;
}

/**
 * The refusal a mutation must get whatever else the request holds: an unknown version is checked
 * first, then the key (missing → format → unknown → … → environment). `null` when the answer
 * depends on more than the mutation.
 */
export function expectedRefusal(mutation: RequestMutation | null): ExpectedRefusal | null {
  if (mutation === null) return null;
  if (mutation.kind === 'version') return { status: 400, code: 'unsupported_version' };
  if (mutation.kind === 'misplaced-secret' && mutation.place === 'path') return { status: 404, code: 'not_found' };
  if (mutation.kind !== 'key') return null;
  switch (mutation.problem) {
    case 'missing':
      return { status: 401, code: 'missing_api_key' };
    case 'malformed':
      return { status: 401, code: 'malformed_api_key' };
    case 'unissued':
      return { status: 401, code: 'invalid_api_key' };
    case 'other-environment':
      return { status: 401, code: 'environment_mismatch' };
    case 'revoked':
      return { status: 401, code: 'revoked_api_key' };
  }
}
