/**
 * What the fuzzer believes the mock holds: the keys it created and what became of them, the clock,
 * the faults it injected, the answers an `Idempotency-Key` must replay. Only answers the mock gave
 * change it, so a refused request leaves it — and, the oracles check, the mock — as it was.
 */

/** The API's environments. */
export type Environment = 'production' | 'staging' | 'development';
/** The environments, in a fixed order (steps pick one by index). */
export const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];
/** Where each environment is served on the mock server's one port. */
export const PATH_PREFIX: Readonly<Record<Environment, string>> = {
  production: '',
  staging: '/staging',
  development: '/development',
};

/** A key the walk created. */
export interface ModelKey {
  readonly id: string;
  readonly environment: Environment;
  secret: string;
  /** After a regeneration with a grace period: the old secret, and when it stops. */
  previous: { secret: string; until: number } | null;
  name: string;
  status: 'active' | 'inactive' | 'revoked';
  permissions: readonly string[];
  expiresAt: number | null;
  deleted: boolean;
}

/** The first answer to an `Idempotency-Key`, which a repeat of the same request must get again. */
export interface Remembered {
  readonly fingerprint: string;
  readonly status: number;
  readonly text: string;
  readonly at: number;
}

/** The fuzzer's picture of the mock. */
export interface Model {
  /** The clock the mock was started at (a reset goes back to it). */
  readonly start: number;
  now: number;
  readonly admins: Readonly<Record<Environment, { readonly secret: string; readonly id: string }>>;
  keys: ModelKey[];
  /** The statuses of faults injected and not yet answered, in order. */
  pendingFaults: number[];
  /** By caller secret and `Idempotency-Key`. */
  idempotency: Map<string, Remembered>;
  /** Every secret the mock ever gave out or was seeded with, for the leak oracle. */
  readonly secrets: Set<string>;
}

/** How long the mock keeps an idempotent answer (24 h, as the spec promises). */
export const IDEMPOTENCY_WINDOW_MS = 24 * 3_600_000;

/** A fresh model of a mock started (or reset) at `start`. */
export function newModel(start: number, admins: Model['admins']): Model {
  const secrets = new Set(Object.values(admins).map((admin) => admin.secret));
  return { start, now: start, admins, keys: [], pendingFaults: [], idempotency: new Map(), secrets };
}

/** Back to the seeded state, as `POST /__mock/reset` does; secrets seen stay known (they must never leak). */
export function resetModel(model: Model): void {
  model.now = model.start;
  model.keys = [];
  model.pendingFaults = [];
  model.idempotency.clear();
}

/**
 * Moves the model's clock. A remembered answer whose 24 hours have run out is forgotten for good,
 * even if the clock is set back later: the mock may have dropped it meanwhile.
 */
export function moveClock(model: Model, now: number): void {
  model.now = now;
  for (const [slot, remembered] of model.idempotency)
    if (now - remembered.at >= IDEMPOTENCY_WINDOW_MS) model.idempotency.delete(slot);
}

/** The key's status as the API reports it at the model's `now`. */
export function statusOf(key: ModelKey, now: number): 'active' | 'inactive' | 'expired' | 'revoked' {
  if (key.status !== 'active') return key.status;
  return key.expiresAt !== null && key.expiresAt <= now ? 'expired' : 'active';
}

/** The keys not deleted, optionally of one environment. */
export function liveKeys(model: Model, environment?: Environment): ModelKey[] {
  return model.keys.filter((key) => !key.deleted && (environment === undefined || key.environment === environment));
}

/** The `pick`-th of `items`, round and round; `undefined` when there are none. */
export function nth<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}
