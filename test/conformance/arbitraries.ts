/**
 * The fuzzer's steps, generated from `openapi.yaml`: an API call to one of the nine operations, in
 * one of three environments, with a body and query drawn from the operation's schemas (and now and
 * then a mutation); or a move of the mock: the clock advanced or set, a reset, a fault injected, a
 * full listing. A step names keys by position (`pick`), resolved against the model when it runs, so
 * a shrunk sequence still makes sense.
 */
import fc from 'fast-check';
import type { Schema } from './ajv-oracle.js';
import { requestMutation, type RequestMutation } from './mutations.js';
import { schemaValue } from './schema-values.js';
import { SPEC_OPERATIONS, type SpecOperation } from './spec-operations.js';

/** Who calls: the environment's admin key, or the `pick`-th key the walk made there. */
export type CallerChoice = { kind: 'admin' } | { kind: 'made'; pick: number };

/** One API call, before it is resolved against the model. */
export interface CallStep {
  kind: 'call';
  operation: string;
  environment: number;
  caller: CallerChoice;
  /** The key a path `{id}` names: the `pick`-th the walk made, or an id no key has. */
  target: { kind: 'made'; pick: number } | { kind: 'unknown'; id: string };
  body: unknown;
  query: Readonly<Record<string, unknown>>;
  /** From a small pool, so that repeats and conflicts happen; `null` sends none. */
  idempotencyKey: string | null;
  mutation: RequestMutation | null;
}

/** Anything the walk does. */
export type Step =
  | CallStep
  | { kind: 'advance'; ms: number }
  | { kind: 'set-clock'; offsetMs: number }
  | { kind: 'reset' }
  | { kind: 'fault'; status: 429 | 500 | 503 }
  /** A client's retry: the `back`-th latest request sent with an `Idempotency-Key`, byte for byte. */
  | { kind: 'retry'; back: number }
  | { kind: 'list-all'; environment: number };

const keyId = fc.stringMatching(/^key_[0-9A-Za-z]{16}$/);

/** Query values from the parameters' schemas; a `starting_after` is often a key the walk made. */
function queryOf(operation: SpecOperation): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'query') continue;
    fields[parameter.name] =
      parameter.name === 'starting_after'
        ? fc.oneof(
            fc.nat().map((pick) => ({ pick })),
            schemaValue(parameter.schema),
          )
        : schemaValue(parameter.schema);
  }
  return fc.record(fields, { requiredKeys: [] });
}

/**
 * A body the schema allows; often with an `expires_at` near the clock (ahead or just behind) rather
 * than anywhere in 1970–9999, and mostly without an `environment` (which, drawn at random, mostly
 * names another environment than the caller's: a 403).
 */
function bodyOf(schema: Schema | undefined): fc.Arbitrary<unknown> {
  if (schema === undefined) return fc.constant(undefined);
  // A minute or two ahead (about to pass as the clock moves), anywhere in the next month, or never.
  const expiry = fc.oneof(
    fc.integer({ min: 1, max: 120_000 }).map((offsetMs) => ({ offsetMs })),
    fc.integer({ min: -3_600_000, max: 30 * 86_400_000 }).map((offsetMs) => ({ offsetMs })),
    fc.constant(null),
  );
  return fc.tuple(schemaValue(schema), expiry, fc.nat({ max: 3 })).map(([body, expiresAt, dice]) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
    const { environment, ...rest } = body as Record<string, unknown>;
    const kept: Record<string, unknown> = dice === 0 && environment !== undefined ? { ...rest, environment } : rest;
    if (dice < 3 && 'expires_at' in body) kept.expires_at = expiresAt;
    return kept;
  });
}

function callStep(operation: SpecOperation): fc.Arbitrary<CallStep> {
  return fc.record({
    kind: fc.constant('call' as const),
    operation: fc.constant(operation.id),
    environment: fc.nat({ max: 2 }),
    caller: fc.oneof(
      { arbitrary: fc.constant({ kind: 'admin' as const }), weight: 4 },
      { arbitrary: fc.nat().map((pick) => ({ kind: 'made' as const, pick })), weight: 1 },
    ),
    target: fc.oneof(
      { arbitrary: fc.nat().map((pick) => ({ kind: 'made' as const, pick })), weight: 6 },
      { arbitrary: keyId.map((id) => ({ kind: 'unknown' as const, id })), weight: 1 },
    ),
    body: bodyOf(operation.body?.schema),
    query: queryOf(operation),
    idempotencyKey: fc.oneof(fc.constant(null), fc.constantFrom('idem-a', 'idem-b', 'idem-c')),
    mutation: fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: requestMutation(), weight: 1 }),
  });
}

/**
 * One step of the walk; creates are weighted up so that there are keys to act on.
 *
 * @example
 * ```ts
 * fc.sample(step(), 3); // [{ kind: 'call', operation: 'createApiKey', … }, { kind: 'advance', ms: 61000 }, …]
 * ```
 */
export function step(): fc.Arbitrary<Step> {
  const calls = [...SPEC_OPERATIONS.values()].map((operation) => ({
    arbitrary: callStep(operation),
    weight: operation.id === 'createApiKey' ? 8 : 3,
  }));
  return fc.oneof(
    ...calls,
    {
      arbitrary: fc.record({
        kind: fc.constant('advance' as const),
        ms: fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 0, max: 48 * 3_600_000 })),
      }),
      weight: 2,
    },
    {
      arbitrary: fc.record({
        kind: fc.constant('set-clock' as const),
        offsetMs: fc.integer({ min: -86_400_000, max: 86_400_000 }),
      }),
      weight: 1,
    },
    { arbitrary: fc.constant({ kind: 'reset' as const }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('retry' as const), back: fc.nat({ max: 2 }) }), weight: 4 },
    {
      arbitrary: fc.record({ kind: fc.constant('fault' as const), status: fc.constantFrom(429, 500, 503) }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('list-all' as const), environment: fc.nat({ max: 2 }) }), weight: 1 },
  );
}
