/**
 * `mock.snapshot()`: the store, the idempotency records and the clock, as a {@link MockSnapshot}.
 * Read-only: taking a snapshot changes nothing. Secrets appear only as the hashes the store holds;
 * an idempotency record whose answer carried a secret is written with it masked.
 */
import type { Environment } from '../../src/secret-format.js';
import { scrubSecrets } from '../pipeline/scrub-secrets.js';
import type { CoreClock } from '../store/clock.js';
import type { KeyRecord } from '../store/key-record.js';
import type { MockState } from '../store/mock-state.js';
import {
  MOCK_STATE_FORMAT,
  MOCK_STATE_VERSION,
  type MockSnapshot,
  type SnapshotIdempotencyRecord,
  type SnapshotKey,
} from './snapshot-format.js';
import { dayText, isoOrNull, monthText, windowText } from './snapshot-times.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

function keyOf(key: KeyRecord): SnapshotKey {
  return {
    id: key.id,
    environment: key.environment,
    name: key.name,
    description: key.description,
    permissions: [...key.permissions],
    status: key.status,
    deleted: key.deleted,
    secret_hash: key.secretHash,
    previous_secret_hash: key.previousSecretHash,
    masked_key: key.maskedKey,
    rate_limit: { per_minute: key.perMinute, per_hour: key.perHour },
    expires_at: isoOrNull(key.expiresAt),
    created_at: new Date(key.createdAt).toISOString(),
    updated_at: new Date(key.updatedAt).toISOString(),
    last_used_at: isoOrNull(key.lastUsedAt),
    revoked_at: isoOrNull(key.revokedAt),
    previous_secret_expires_at: isoOrNull(key.previousSecretExpiresAt),
    metadata: { ...key.metadata },
    created_by: key.createdBy,
    usage: {
      day: dayText(key.usageDay),
      requests_today: key.requestsToday,
      month: monthText(key.usageMonth),
      requests_this_month: key.requestsThisMonth,
    },
    windows: {
      minute: windowText(key.minuteWindow, MINUTE),
      minute_count: key.minuteCount,
      hour: windowText(key.hourWindow, HOUR),
      hour_count: key.hourCount,
    },
  };
}

function idempotencyOf(state: MockState, now: number): SnapshotIdempotencyRecord[] {
  return state.idempotency.list(now).map((entry) => {
    const body = scrubSecrets(entry.body);
    return {
      caller_key_id: entry.callerId,
      idempotency_key: entry.idempotencyKey,
      fingerprint: entry.fingerprint,
      status: entry.status,
      body,
      error_code: entry.errorCode ?? null,
      secret_withheld: body !== entry.body,
      expires_at: new Date(entry.expiresAt).toISOString(),
    };
  });
}

/** The state of a mock as a snapshot; `adminKeyIds` are the ids of its seeded admin keys. */
export function takeSnapshot(
  state: MockState,
  clock: CoreClock,
  adminKeyIds: Readonly<Record<Environment, string>>,
): MockSnapshot {
  const now = clock.nowMs();
  return {
    format: MOCK_STATE_FORMAT,
    version: MOCK_STATE_VERSION,
    clock: { now: new Date(now).toISOString(), frozen: clock.frozenAt() !== undefined },
    admin_key_ids: { ...adminKeyIds },
    keys: state.store.records().map(keyOf),
    replaced_secrets: [...state.store.replacedSecrets()].map((past) => ({
      key_id: past.key.id,
      secret_hash: past.hash,
      valid_until: new Date(past.validUntil).toISOString(),
    })),
    idempotency: idempotencyOf(state, now),
  };
}
