/**
 * The command generators of the model run. Keys are named by position (resolved when the command
 * runs); limits are small so that windows run out; expiries are relative to the clock, some of
 * them in the past (a 400).
 */
import fc from 'fast-check';
import { CreateKey, GetKey, ListKeys, UpdateKey, type RateLimitSpec } from './key-commands.js';
import { DAY, HOUR, MINUTE } from './reference-model.js';
import { DeleteKey, RegenerateKey, RevokeKey } from './state-commands.js';
import type { CallerRef, KeyRef, Step } from './step.js';
import { AdvanceClock, HitRateLimit, UseKey } from './use-commands.js';

const SCOPES = [
  'keys:read',
  'keys:write',
  'keys:delete',
  'keys:*',
  'rate_limit:read',
  'tasks:read',
  'admin:*',
] as const;

const keyRef: fc.Arbitrary<KeyRef> = fc.record({
  pool: fc.oneof(
    { weight: 10, arbitrary: fc.constant('created' as const) },
    { weight: 1, arbitrary: fc.constantFrom('seeded' as const, 'unknown' as const) },
  ),
  n: fc.nat({ max: 40 }),
});
const caller: fc.Arbitrary<CallerRef> = fc.record({
  pool: fc.oneof(
    { weight: 2, arbitrary: fc.constant('admin' as const) },
    { weight: 1, arbitrary: fc.constant('created' as const) },
  ),
  n: fc.nat({ max: 40 }),
});
const name = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('ci', 'deploy bot', 'reader', 'Ünïcödé 🔑', 'n'.repeat(100)) },
  { weight: 1, arbitrary: fc.constant('') },
);
const permissions = fc.array(fc.constantFrom(...SCOPES), { maxLength: 3 });
const rateLimit: fc.Arbitrary<RateLimitSpec> = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .record(
        { per_minute: fc.integer({ min: 1, max: 5 }), per_hour: fc.integer({ min: 1, max: 12 }) },
        { requiredKeys: [] },
      )
      .filter((limits) => Object.keys(limits).length > 0),
  },
  { weight: 1, arbitrary: fc.constant({}) },
);
const expiresIn = fc.oneof(fc.constant(null), fc.constantFrom(-60, 0, 1, 30, 90, 3_600, 86_400));
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined });

const create = fc
  .record({
    caller,
    name,
    permissions,
    rateLimit: optional(rateLimit),
    expiresIn: optional(expiresIn),
    environment: fc.oneof(
      { weight: 15, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant('staging' as const) },
    ),
  })
  .map((spec) => new CreateKey(spec));

const update = fc
  .tuple(
    caller,
    keyRef,
    fc.record(
      {
        name,
        status: fc.constantFrom('active' as const, 'inactive' as const),
        permissions,
        expiresIn,
        rateLimit,
      },
      { requiredKeys: [] },
    ),
  )
  .map(([by, target, changes]) => new UpdateKey(by, target, changes));

/**
 * Every command, weighted by listing some twice.
 *
 * @example
 * ```ts
 * fc.commands(COMMANDS, { maxCommands: 40 });
 * ```
 */
export const COMMANDS: fc.Arbitrary<Step>[] = [
  create,
  create,
  fc.tuple(caller, keyRef).map(([by, target]) => new GetKey(by, target)),
  fc
    .tuple(
      caller,
      optional(fc.integer({ min: 1, max: 4 })),
      optional(fc.constantFrom('active' as const, 'inactive' as const, 'expired' as const, 'revoked' as const)),
    )
    .map(([by, limit, status]) => new ListKeys(by, limit, status)),
  update,
  fc.tuple(caller, keyRef).map(([by, target]) => new RevokeKey(by, target)),
  fc
    .tuple(caller, keyRef, optional(fc.constantFrom(0, 1, 30, 600, 86_400, 604_800)))
    .map(([by, target, grace]) => new RegenerateKey(by, target, grace)),
  fc.tuple(caller, keyRef).map(([by, target]) => new DeleteKey(by, target)),
  fc
    .tuple(
      keyRef,
      fc.constantFrom('current' as const, 'previous' as const, 'stranger' as const, 'other-environment' as const),
      fc.constantFrom('me' as const, 'list' as const, 'rate-limit' as const),
    )
    .map(([key, secret, call]) => new UseKey(key, secret, call)),
  fc
    .tuple(
      keyRef,
      fc.constantFrom('current' as const, 'previous' as const),
      fc.constantFrom('me' as const, 'rate-limit' as const),
    )
    .map(([key, secret, call]) => new UseKey(key, secret, call)),
  keyRef.map((key) => new HitRateLimit(key)),
  fc.constantFrom(500, 1_000, 15_000, MINUTE, MINUTE + 1_000, HOUR, DAY, 31 * DAY).map((ms) => new AdvanceClock(ms)),
  fc
    .constantFrom('next minute' as const, 'next hour' as const, 'next deadline' as const, 'next deadline' as const)
    .map((move) => new AdvanceClock(move)),
];
