/**
 * The seeded state: one `admin:*` key per environment and the fixtures of `options.keys`, built
 * (and their secrets hashed) once, when the mock is created. `reset()` copies these records back.
 */
import { inspectSecret, maskSecret, type Environment } from '../../src/secret-format.js';
import { toEpochMs } from './clock.js';
import { frozenMetadata, type ScopeInterner } from './frozen-values.js';
import { validate } from '../contract/json-schema.js';
import { KeyRecord } from './key-record.js';
import { resolveSchema, schemaNamed } from '../contract/spec.js';
import { flatCopy, type Mint } from './mint.js';
import { sha256Hex } from './sha256.js';
import type { PlanLimits, SeedKey } from '../types.js';

/** The environments, in the order their admin keys are seeded. */
export const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];

/** The seeded records (templates, never used directly) and the admin secrets. */
export interface Seed {
  readonly records: readonly KeyRecord[];
  readonly adminKeys: Readonly<Record<Environment, string>>;
}

/** What seeding needs from the mock being built. */
export interface SeedContext {
  readonly now: number;
  readonly plan: PlanLimits;
  readonly scopes: ScopeInterner;
  /** Mints the ids of fixtures without one and the admin secrets not given. */
  readonly mint: Mint;
}

const KEY_ID = /^key_[0-9A-Za-z]{16}$/;

/** Ids in use: those given to earlier seeds, and every id a fixture asks for (reserved up front). */
interface IdBook {
  readonly taken: Set<string>;
  readonly reserved: ReadonlySet<string>;
}

function fixtureRecord(seed: SeedKey, index: number, context: SeedContext, ids: IdBook): KeyRecord {
  const where = `options.keys[${index}]`;
  // Never put the secret in a message: say what is wrong with it, not what it is.
  const checked = typeof seed.secret === 'string' ? inspectSecret(seed.secret) : null;
  if (checked === null || !checked.ok)
    throw new TypeError(`${where}.secret is not a valid Keysmith secret (make one with createSecret()).`);
  if (seed.id !== undefined && (!KEY_ID.test(seed.id) || ids.taken.has(seed.id))) {
    throw new TypeError(`${where}.id must be a unique id matching ${KEY_ID.source}.`);
  }
  const expiresAt =
    seed.expires_at === undefined || seed.expires_at === null
      ? null
      : toEpochMs(seed.expires_at, `${where}.expires_at`);
  const fields = {
    name: seed.name ?? `Fixture ${index + 1}`,
    description: seed.description ?? null,
    permissions: seed.permissions ?? ['admin:*'],
    rate_limit: {
      per_minute: seed.rate_limit?.per_minute ?? context.plan.per_minute,
      per_hour: seed.rate_limit?.per_hour ?? context.plan.per_hour,
    },
    expires_at: expiresAt === null ? null : new Date(expiresAt).toISOString(),
    metadata: seed.metadata ?? {},
  };
  const violation = validate(schemaNamed('CreateApiKeyRequest'), fields, resolveSchema);
  if (violation !== null) throw new TypeError(`${where}: ${violation.message}`);
  if (seed.status !== undefined && !['active', 'inactive', 'revoked'].includes(seed.status)) {
    throw new TypeError(`${where}.status must be active, inactive or revoked.`);
  }
  const id = seed.id ?? context.mint.keyId((candidate) => ids.taken.has(candidate) || ids.reserved.has(candidate));
  ids.taken.add(id);
  const status = seed.status ?? 'active';
  return new KeyRecord({
    id,
    environment: checked.environment,
    name: fields.name,
    description: fields.description,
    permissions: context.scopes(fields.permissions),
    status,
    secretHash: sha256Hex(seed.secret),
    maskedKey: flatCopy(maskSecret(seed.secret)),
    perMinute: fields.rate_limit.per_minute,
    perHour: fields.rate_limit.per_hour,
    expiresAt,
    createdAt: context.now,
    revokedAt: status === 'revoked' ? context.now : null,
    metadata: frozenMetadata(fields.metadata),
    createdBy: null,
  });
}

/**
 * Builds the seeded keys: the admin keys first (production, staging, development), then the
 * fixtures in the order given, so a listing (newest first) shows the fixtures first.
 *
 * @throws TypeError for an invalid or repeated secret, id or field; the message never holds a secret.
 */
export function buildSeed(
  options: { adminKeys?: Partial<Record<Environment, string>>; keys?: readonly SeedKey[] },
  context: SeedContext,
): Seed {
  const ids: IdBook = {
    taken: new Set(),
    reserved: new Set((options.keys ?? []).flatMap((seed) => (typeof seed.id === 'string' ? [seed.id] : []))),
  };
  const adminKeys = {} as Record<Environment, string>;
  const secrets: string[] = [];
  const admins = ENVIRONMENTS.map((environment) => {
    const given = options.adminKeys?.[environment];
    const checked = given === undefined ? null : inspectSecret(given);
    if (checked !== null && (!checked.ok || checked.environment !== environment)) {
      throw new TypeError(
        `options.adminKeys.${environment} must be a valid ${environment} secret (make one with createSecret('${environment}')).`,
      );
    }
    const secret = given ?? context.mint.secret(environment);
    adminKeys[environment] = secret;
    secrets.push(secret);
    return fixtureRecord(
      { secret, name: `Admin (${environment})`, description: 'The seeded admin key.', permissions: ['admin:*'] },
      -1,
      context,
      ids,
    );
  });
  const fixtures = (options.keys ?? []).map((seed, index) => {
    const record = fixtureRecord(seed, index, context, ids);
    secrets.push(seed.secret);
    return record;
  });
  if (new Set(secrets).size !== secrets.length)
    throw new TypeError('Each seeded key (options.keys and options.adminKeys) needs its own secret.');
  return { records: [...admins, ...fixtures], adminKeys };
}
