/**
 * `mock.restore(snapshot)`: a new store, idempotency records and clock built from a snapshot, all
 * or nothing — the caller swaps them in only once every one is built, so a refused snapshot
 * changes nothing.
 *
 * Keys come back with the hashes of their secrets, so each authenticates with its original
 * secret. The seeded admin keys are the one exception: they answer to this mock's `adminKeys`
 * (the secrets it printed, or was given), so `mock.adminKey` works after any restore, and the
 * keys `keysmith-mock` prints at start work on a state saved by an earlier run.
 */
import { maskSecret, type Environment } from '../../src/secret-format.js';
import { errorAnswer } from '../pipeline/mock-answer.js';
import type { ErrorCode } from '../pipeline/mock-answer.js';
import { frozenMetadata, type ScopeInterner } from '../store/frozen-values.js';
import { IdempotencyRecords, type IdempotencyEntry } from '../store/idempotency-records.js';
import { KeyRecord } from '../store/key-record.js';
import { KeyStore } from '../store/key-store.js';
import { flatCopy, type Mint } from '../store/mint.js';
import { sha256Hex } from '../store/sha256.js';
import { ENVIRONMENTS } from '../store/seed.js';
import { checkSnapshot } from './check-snapshot.js';
import type { MockSnapshot, SnapshotIdempotencyRecord, SnapshotKey } from './snapshot-format.js';
import { dayOf, monthOf, msOrNull, windowOf } from './snapshot-times.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** What a restore needs from the mock it restores into. */
export interface RestoreContext {
  readonly mint: Mint;
  readonly scopes: ScopeInterner;
  /** This mock's admin secrets, which the restored admin keys answer to. */
  readonly adminKeys: Readonly<Record<Environment, string>>;
}

/** The parts of a mock a snapshot replaces. */
export interface RestoredState {
  readonly store: KeyStore;
  readonly idempotency: IdempotencyRecords;
  /** Where the clock stands still, or `undefined` to follow real time. */
  readonly frozenAt: number | undefined;
  readonly adminKeyIds: Readonly<Record<Environment, string>>;
}

function recordOf(key: SnapshotKey, scopes: ScopeInterner): KeyRecord {
  const record = new KeyRecord({
    id: key.id,
    environment: key.environment,
    name: key.name,
    description: key.description,
    permissions: scopes(key.permissions),
    status: key.status,
    secretHash: key.secret_hash,
    maskedKey: flatCopy(key.masked_key),
    perMinute: key.rate_limit.per_minute,
    perHour: key.rate_limit.per_hour,
    expiresAt: msOrNull(key.expires_at),
    createdAt: Date.parse(key.created_at),
    revokedAt: msOrNull(key.revoked_at),
    metadata: frozenMetadata(key.metadata),
    createdBy: key.created_by,
  });
  record.deleted = key.deleted;
  record.updatedAt = Date.parse(key.updated_at);
  record.lastUsedAt = msOrNull(key.last_used_at);
  record.previousSecretExpiresAt = msOrNull(key.previous_secret_expires_at);
  record.previousSecretHash = key.previous_secret_hash;
  record.usageDay = dayOf(key.usage.day);
  record.requestsToday = key.usage.requests_today;
  record.usageMonth = monthOf(key.usage.month);
  record.requestsThisMonth = key.usage.requests_this_month;
  record.minuteWindow = windowOf(key.windows.minute, MINUTE);
  record.minuteCount = key.windows.minute_count;
  record.hourWindow = windowOf(key.windows.hour, HOUR);
  record.hourCount = key.windows.hour_count;
  return record;
}

/**
 * An idempotency record as the store keeps it. One whose answer carried a secret cannot be
 * replayed (the snapshot masked it): a retry gets a 409 that says so and names the key, which
 * keeps the promise that matters — the retry does not make a second key.
 */
function entryOf(record: SnapshotIdempotencyRecord, newRequestId: () => string): IdempotencyEntry {
  const common = {
    callerId: record.caller_key_id,
    idempotencyKey: record.idempotency_key,
    fingerprint: record.fingerprint,
    expiresAt: Date.parse(record.expires_at),
  };
  if (!record.secret_withheld) {
    return { ...common, status: record.status, body: record.body, errorCode: record.error_code as ErrorCode | null };
  }
  const keyId = /"id":"(key_[0-9A-Za-z]{16})"/.exec(record.body)?.[1] ?? 'the key';
  const message = `The first answer to this Idempotency-Key carried a secret, which the mock's saved state does not keep, so it cannot be replayed. The request took effect: see ${keyId}, and regenerate it for a new secret.`;
  const answer = errorAnswer(newRequestId(), 409, 'idempotency_conflict', message, { param: 'Idempotency-Key' });
  return { ...common, status: 409, body: answer.body, errorCode: 'idempotency_conflict' };
}

/** Gives each seeded admin key this mock's admin secret (see the module comment). */
function rebindAdminKeys(store: KeyStore, snapshot: MockSnapshot, adminKeys: RestoreContext['adminKeys']): void {
  for (const environment of ENVIRONMENTS) {
    const admin = store.get(snapshot.admin_key_ids[environment]);
    const hash = sha256Hex(adminKeys[environment]);
    if (admin === undefined || admin.secretHash === hash) continue;
    const holder = store.current(hash) ?? store.past(hash)?.key;
    if (holder !== undefined) {
      throw new TypeError(
        `mock.restore(snapshot): the secret of this mock's ${environment} admin key belongs to ${holder.id} in the snapshot; restore it into a mock with other adminKeys.`,
      );
    }
    store.rebindSecret(admin, hash, flatCopy(maskSecret(adminKeys[environment])));
  }
}

/**
 * Builds the state a snapshot describes.
 *
 * @throws TypeError naming the problem, when `value` is not a snapshot this mock can restore.
 */
export function restoreSnapshot(value: unknown, context: RestoreContext): RestoredState {
  const checked = checkSnapshot(value);
  if (!checked.ok) throw new TypeError(`mock.restore(snapshot): ${checked.problem}.`);
  const { snapshot } = checked;
  const store = new KeyStore(context.mint);
  for (const key of snapshot.keys) store.add(recordOf(key, context.scopes));
  for (const replaced of snapshot.replaced_secrets) {
    const key = store.get(replaced.key_id);
    if (key !== undefined)
      store.addReplacedSecret({ key, hash: replaced.secret_hash, validUntil: Date.parse(replaced.valid_until) });
  }
  rebindAdminKeys(store, snapshot, context.adminKeys);
  const newRequestId = (): string => context.mint.requestId();
  return {
    store,
    idempotency: IdempotencyRecords.of(snapshot.idempotency.map((record) => entryOf(record, newRequestId))),
    frozenAt: snapshot.clock.frozen ? Date.parse(snapshot.clock.now) : undefined,
    adminKeyIds: { ...snapshot.admin_key_ids },
  };
}
