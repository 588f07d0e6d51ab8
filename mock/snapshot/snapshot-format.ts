/**
 * The snapshot format: the whole state of a mock as plain, versioned JSON. Field names follow the
 * API's own records (snake_case); times are RFC 3339 strings. A secret never appears: keys carry
 * the SHA-256 hashes of their secrets, which is all the mock ever stores.
 *
 * Version 1. A change that an older mock could not read raises the version; a mock refuses a
 * snapshot of a version it does not know, naming both.
 */
import type { Environment } from '../../src/secret-format.js';

/**
 * What a snapshot says it is, so a foreign file is recognised at once.
 *
 * @example
 * ```ts
 * if (JSON.parse(text).format !== MOCK_STATE_FORMAT) throw new Error('not a keysmith-mock state file');
 * ```
 */
export const MOCK_STATE_FORMAT = 'keysmith-mock-state';

/**
 * The version of the snapshot format this mock writes and reads.
 *
 * @example
 * ```ts
 * console.log(mock.snapshot().version === MOCK_STATE_VERSION); // true
 * ```
 */
export const MOCK_STATE_VERSION = 1;

/**
 * One stored key in a {@link MockSnapshot}: its record as the API shows it, plus what only the
 * mock keeps (the hash of its secret, its counters, whether it was deleted).
 *
 * @example
 * ```ts
 * const [admin] = mock.snapshot().keys;
 * console.log(admin?.secret_hash.length); // 64: a SHA-256 hash, never the secret
 * ```
 */
export interface SnapshotKey {
  /** The key's id (`key_…`). */
  id: string;
  /** The environment its secret works in. */
  environment: Environment;
  /** Its name. */
  name: string;
  /** Its description, or `null`. */
  description: string | null;
  /** Its scopes. */
  permissions: string[];
  /** The stored status (`expired` is derived from `expires_at` and the clock, never stored). */
  status: 'active' | 'inactive' | 'revoked';
  /** Whether it was deleted (kept so its id stays a valid listing cursor). */
  deleted: boolean;
  /** SHA-256 (lowercase hex) of its current secret. */
  secret_hash: string;
  /** SHA-256 of the secret a regeneration replaced, or `null`. */
  previous_secret_hash: string | null;
  /** The masked label listings show (`ks_prod_••••a1b2`). */
  masked_key: string;
  /** Its quotas. */
  rate_limit: {
    /** Requests allowed per minute. */
    per_minute: number;
    /** Requests allowed per hour. */
    per_hour: number;
  };
  /** When it expires, or `null` for never. */
  expires_at: string | null;
  /** When it was created. */
  created_at: string;
  /** When it last changed. */
  updated_at: string;
  /** When it last authenticated a request, or `null`. */
  last_used_at: string | null;
  /** When it was revoked, or `null`. */
  revoked_at: string | null;
  /** When the secret a regeneration replaced stops working, or `null`. */
  previous_secret_expires_at: string | null;
  /** Its metadata. */
  metadata: Record<string, string>;
  /** The id of the key that created it, or `null` for a seeded key. */
  created_by: string | null;
  /** Its usage counters, for the UTC day and month they count. */
  usage: {
    /** The UTC day `requests_today` counts (`2026-11-01`), or `null` before its first request. */
    day: string | null;
    /** Requests on that day. */
    requests_today: number;
    /** The UTC month `requests_this_month` counts (`2026-11`), or `null`. */
    month: string | null;
    /** Requests in that month. */
    requests_this_month: number;
  };
  /** Its rate-limit windows: when each started and how many requests it took. */
  windows: {
    /** The start of the minute window (`2026-11-01T09:15:00.000Z`), or `null`. */
    minute: string | null;
    /** Requests taken in it. */
    minute_count: number;
    /** The start of the hour window, or `null`. */
    hour: string | null;
    /** Requests taken in it. */
    hour_count: number;
  };
}

/**
 * A secret a regeneration replaced, in a {@link MockSnapshot}: it authenticates until
 * `valid_until`, and is recognised (and refused as replaced) after that.
 *
 * @example
 * ```ts
 * for (const old of mock.snapshot().replaced_secrets) console.log(old.key_id, old.valid_until);
 * ```
 */
export interface SnapshotReplacedSecret {
  /** The key it belonged to. */
  key_id: string;
  /** SHA-256 of the replaced secret. */
  secret_hash: string;
  /** When it stops working. */
  valid_until: string;
}

/**
 * An `Idempotency-Key` record in a {@link MockSnapshot}: the first answer, replayed to a retry
 * until `expires_at`. An answer that carried a secret (a create's, a regeneration's) is saved
 * with the secret masked and `secret_withheld: true`; after a restore a retry gets a 409
 * `idempotency_conflict` that names the key, since a snapshot never holds a secret.
 *
 * @example
 * ```ts
 * const records = mock.snapshot().idempotency.filter((record) => record.idempotency_key === 'create-42');
 * ```
 */
export interface SnapshotIdempotencyRecord {
  /** The key that sent the request. */
  caller_key_id: string;
  /** The `Idempotency-Key` it sent. */
  idempotency_key: string;
  /** What made the request itself: method, path and the SHA-256 of its body. */
  fingerprint: string;
  /** The status to replay. */
  status: number;
  /** The body to replay (JSON text). */
  body: string;
  /** The API's error code of the body, or `null`. */
  error_code: string | null;
  /** Whether the body carried a secret, which is masked here and cannot be replayed. */
  secret_withheld: boolean;
  /** When the record lapses. */
  expires_at: string;
}

/**
 * The whole state of a mock, as `mock.snapshot()`, `GET /__mock/state` and
 * `keysmith-mock --state FILE` write it. Its JSON Schema ships in the package as
 * `keysmith/mock/state.schema.json` (and as {@link MOCK_STATE_SCHEMA}).
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(mock.snapshot());
 * // … later, in another mock, another process:
 * other.restore(JSON.parse(saved) as MockSnapshot);
 * ```
 */
export interface MockSnapshot {
  /** Always `keysmith-mock-state`. */
  format: typeof MOCK_STATE_FORMAT;
  /** The format version: 1. */
  version: typeof MOCK_STATE_VERSION;
  /** The mock clock. */
  clock: {
    /** Its time when the snapshot was taken. */
    now: string;
    /** Whether it stood still (else it followed real time, and does again after a restore). */
    frozen: boolean;
  };
  /** The ids of the seeded admin keys, per environment. */
  admin_key_ids: Record<Environment, string>;
  /** Every key, deleted ones included, in creation order. */
  keys: SnapshotKey[];
  /** Secrets replaced by a regeneration. */
  replaced_secrets: SnapshotReplacedSecret[];
  /** `Idempotency-Key` records still live. */
  idempotency: SnapshotIdempotencyRecord[];
}
