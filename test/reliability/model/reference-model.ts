/**
 * A small reference model of the API's semantics, written from openapi.yaml and the mock's
 * documented choices (mock/index.ts), not from the mock's code: who a secret authenticates as,
 * in the documented check order; scopes; per-minute and per-hour fixed windows; usage counters;
 * the status machine (expiry by the clock, inactive, revoked, deleted); grace periods.
 *
 * It predicts an outcome for each request; the commands compare the SDK's result with it.
 * Ids and secrets are random, so the model learns them from the real answers it has checked.
 */
import type { Environment } from 'keysmith';

/**
 * Lengths of the rate-limit windows and of a usage day, in milliseconds.
 *
 * @example
 * ```ts
 * const resetsAt = (Math.floor(now / MINUTE) + 1) * MINUTE;
 * ```
 */
export const MINUTE = 60_000;
/** @see MINUTE */
export const HOUR = 3_600_000;
/** @see MINUTE */
export const DAY = 86_400_000;

/**
 * The mock's plan in the model run: what a key without its own rate limit gets.
 *
 * @example
 * ```ts
 * createMockApi({ plan: PLAN });
 * ```
 */
export const PLAN = { per_minute: 1_000, per_hour: 20_000 } as const;

/**
 * The owner every key of the model run belongs to.
 *
 * @example
 * ```ts
 * createMockApi({ owner: MODEL_OWNER });
 * ```
 */
export const MODEL_OWNER = { id: 'acct_modelrun', name: 'Model run' } as const;

/**
 * A status as the model stores it; `expired` is only ever derived from the clock.
 *
 * @example
 * ```ts
 * key.status = 'inactive' satisfies StoredStatus;
 * ```
 */
export type StoredStatus = 'active' | 'inactive' | 'revoked';
/**
 * A status as the API shows it.
 *
 * @example
 * ```ts
 * const shown: ShownStatus = model.statusOf(key);
 * ```
 */
export type ShownStatus = StoredStatus | 'expired';

/**
 * One key as the model knows it.
 *
 * @example
 * ```ts
 * const key: ModelKey = model.add({ id, environment: 'production', ...fields });
 * ```
 */
export interface ModelKey {
  /** `key#n`, what command descriptions print (never the secret). */
  readonly label: string;
  readonly id: string;
  readonly environment: Environment;
  readonly createdBy: string | null;
  readonly createdAt: number;
  name: string;
  description: string | null;
  permissions: string[];
  status: StoredStatus;
  deleted: boolean;
  expiresAt: number | null;
  perMinute: number;
  perHour: number;
  updatedAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  previousSecretExpiresAt: number | null;
  secret: string;
  /** Secrets a regeneration replaced, each with the moment it stops working. */
  pastSecrets: { secret: string; validUntil: number }[];
  /** Requests counted per fixed window (epoch minute / hour → count). */
  minute: { window: number; count: number };
  hour: { window: number; count: number };
  usage: { day: number; today: number; month: number; thisMonth: number };
  /** Whether the model run may change it (the observer stays out of reach). */
  readonly operable: boolean;
}

/**
 * What the model expects a request to give: a success, or an error status and code.
 *
 * @example
 * ```ts
 * const predicted: Outcome<ApiKey> = found === null ? refused(404, 'not_found') : { ok: true, value: view };
 * ```
 */
export type Outcome<T = undefined> =
  { ok: true; value: T } | { ok: false; status: number; code: string; retryAfterSeconds?: number };

/**
 * A refused request.
 *
 * @example
 * ```ts
 * refused(429, 'rate_limited', 30); // a 429 whose Retry-After is 30 s
 * ```
 */
export const refused = (
  status: number,
  code: string,
  retryAfterSeconds?: number,
): { ok: false; status: number; code: string; retryAfterSeconds?: number } =>
  retryAfterSeconds === undefined ? { ok: false, status, code } : { ok: false, status, code, retryAfterSeconds };

/**
 * What an operation needs: its scope (or none) and whether it counts against the rate limit.
 *
 * @example
 * ```ts
 * const rule: OperationRule = RULES.delete; // { scope: 'keys:delete', limited: true }
 * ```
 */
export interface OperationRule {
  scope: string | null;
  limited: boolean;
}

/**
 * The rule of each operation, as openapi.yaml states it.
 *
 * @example
 * ```ts
 * model.admit(secret, 'production', RULES.list);
 * ```
 */
export const RULES = {
  create: { scope: 'keys:write', limited: true },
  list: { scope: 'keys:read', limited: true },
  get: { scope: 'keys:read', limited: true },
  update: { scope: 'keys:write', limited: true },
  revoke: { scope: 'keys:write', limited: true },
  regenerate: { scope: 'keys:write', limited: true },
  delete: { scope: 'keys:delete', limited: true },
  rateLimit: { scope: 'rate_limit:read', limited: false },
  me: { scope: null, limited: true },
} as const satisfies Record<string, OperationRule>;

/**
 * Whether `held` covers `wanted`: an exact scope, `resource:*`, or `admin:*`.
 *
 * @example
 * ```ts
 * covers(['keys:*'], 'keys:write'); // true
 * ```
 */
export function covers(held: readonly string[], wanted: string): boolean {
  return held.some((scope) => {
    if (scope === 'admin:*' || scope === wanted) return true;
    const [resource, action] = scope.split(':');
    return action === '*' && wanted.startsWith(`${resource}:`);
  });
}

/**
 * The UTC month of a moment as year × 12 + month.
 *
 * @example
 * ```ts
 * monthOf(Date.UTC(2026, 10, 1)); // 2026 * 12 + 10
 * ```
 */
export function monthOf(ms: number): number {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/**
 * A window's state at `now`: how many requests are left and when it resets.
 *
 * @example
 * ```ts
 * windowAt(key, 'minute', model.now).remaining; // 4
 * ```
 */
export function windowAt(
  key: ModelKey,
  window: 'minute' | 'hour',
  now: number,
): { limit: number; remaining: number; resetsAt: number } {
  const length = window === 'minute' ? MINUTE : HOUR;
  const index = Math.floor(now / length);
  const counter = key[window];
  const limit = window === 'minute' ? key.perMinute : key.perHour;
  const used = counter.window === index ? counter.count : 0;
  return { limit, remaining: Math.max(0, limit - used), resetsAt: (index + 1) * length };
}

/**
 * The model's world: the clock and every key in creation order.
 *
 * @example
 * ```ts
 * const model = new ReferenceModel(START, strangers);
 * const admitted = model.admit(secret, 'production', RULES.me);
 * ```
 */
export class ReferenceModel {
  now: number;
  readonly keys: ModelKey[] = [];
  /** Well-formed secrets that were never issued. */
  readonly strangers: string[];
  private labels = 0;

  constructor(now: number, strangers: string[]) {
    this.now = now;
    this.strangers = strangers;
  }

  /** Adds a key the model now knows (seeded, or created by a checked answer). */
  add(
    fields: Omit<
      ModelKey,
      | 'label'
      | 'minute'
      | 'hour'
      | 'usage'
      | 'pastSecrets'
      | 'deleted'
      | 'lastUsedAt'
      | 'revokedAt'
      | 'previousSecretExpiresAt'
      | 'updatedAt'
    > & { revokedAt?: number | null },
  ): ModelKey {
    const key: ModelKey = {
      ...fields,
      label: `key#${this.labels++}`,
      deleted: false,
      updatedAt: fields.createdAt,
      lastUsedAt: null,
      revokedAt: fields.revokedAt ?? null,
      previousSecretExpiresAt: null,
      pastSecrets: [],
      minute: { window: -1, count: 0 },
      hour: { window: -1, count: 0 },
      usage: { day: -1, today: 0, month: -1, thisMonth: 0 },
    };
    this.keys.push(key);
    return key;
  }

  byId(id: string): ModelKey | undefined {
    return this.keys.find((key) => key.id === id);
  }

  /** The status the API shows at the model's `now`. */
  statusOf(key: ModelKey): ShownStatus {
    if (key.status !== 'active') return key.status;
    return key.expiresAt !== null && key.expiresAt <= this.now ? 'expired' : 'active';
  }

  /** Who `secret` authenticates as against `environment`'s base URL, in the documented order. */
  authenticate(
    secret: string,
    environment: Environment,
  ): { ok: true; key: ModelKey } | { ok: false; status: 401; code: string } {
    const fail = (code: string): { ok: false; status: 401; code: string } => ({ ok: false, status: 401, code });
    let key = this.keys.find((candidate) => candidate.secret === secret);
    if (key === undefined) {
      const owner = this.keys.find((candidate) => candidate.pastSecrets.some((past) => past.secret === secret));
      const past = owner?.pastSecrets.find((entry) => entry.secret === secret);
      if (owner === undefined || past === undefined) return fail('invalid_api_key');
      if (past.validUntil <= this.now || owner.status === 'revoked') return fail('revoked_api_key');
      key = owner;
    }
    if (key.status === 'revoked') return fail('revoked_api_key');
    if (key.status === 'inactive') return fail('inactive_api_key');
    if (key.expiresAt !== null && key.expiresAt <= this.now) return fail('expired_api_key');
    if (key.environment !== environment) return fail('environment_mismatch');
    return { ok: true, key };
  }

  /**
   * The part every request shares: authentication, usage, scope, rate limit. Returns the caller
   * when the request reaches validation, or the refusal.
   */
  admit(
    secret: string,
    environment: Environment,
    rule: OperationRule,
  ): { ok: true; caller: ModelKey } | { ok: false; status: number; code: string; retryAfterSeconds?: number } {
    const auth = this.authenticate(secret, environment);
    if (!auth.ok) return auth;
    const caller = auth.key;
    this.countUse(caller);
    if (rule.scope !== null && !covers(caller.permissions, rule.scope)) {
      // A refused request still uses quota while there is some, as every authenticated request does.
      if (rule.limited) this.take(caller);
      return refused(403, 'insufficient_scope');
    }
    if (rule.limited) {
      const full = this.take(caller);
      if (full !== null) return refused(429, 'rate_limited', Math.max(1, Math.ceil((full.resetsAt - this.now) / 1000)));
    }
    return { ok: true, caller };
  }

  /** Counts a request in both windows when both have room; otherwise names the window that refuses. */
  take(key: ModelKey): { resetsAt: number } | null {
    const minute = windowAt(key, 'minute', this.now);
    const hour = windowAt(key, 'hour', this.now);
    if (minute.remaining === 0 || hour.remaining === 0) {
      // When both are spent, waiting for the later reset is the only wait that is enough.
      if (minute.remaining === 0 && hour.remaining === 0) return minute.resetsAt > hour.resetsAt ? minute : hour;
      return minute.remaining === 0 ? minute : hour;
    }
    for (const [window, length] of [
      ['minute', MINUTE],
      ['hour', HOUR],
    ] as const) {
      const index = Math.floor(this.now / length);
      if (key[window].window !== index) key[window] = { window: index, count: 0 };
      key[window].count += 1;
    }
    return null;
  }

  countUse(key: ModelKey): void {
    const day = Math.floor(this.now / DAY);
    const month = monthOf(this.now);
    if (key.usage.day !== day) key.usage = { ...key.usage, day, today: 0 };
    if (key.usage.month !== month) key.usage = { ...key.usage, month, thisMonth: 0 };
    key.usage.today += 1;
    key.usage.thisMonth += 1;
    key.lastUsedAt = this.now;
  }

  usageOf(key: ModelKey): { requests_today: number; requests_this_month: number } {
    return {
      requests_today: key.usage.day === Math.floor(this.now / DAY) ? key.usage.today : 0,
      requests_this_month: key.usage.month === monthOf(this.now) ? key.usage.thisMonth : 0,
    };
  }

  /** The key an operation acts on, or the 404 it gets: unknown or deleted. */
  target(id: string): ModelKey | null {
    const key = this.byId(id);
    return key === undefined || key.deleted ? null : key;
  }

  /** Scopes of `wanted` the caller does not cover (a 403 `scope_escalation` when any). */
  escalates(caller: ModelKey, wanted: readonly string[]): boolean {
    return wanted.some((scope) => !covers(caller.permissions, scope));
  }

  revoke(key: ModelKey): void {
    if (key.status === 'revoked') return;
    key.status = 'revoked';
    key.revokedAt = this.now;
    key.updatedAt = this.now;
  }

  /** A regeneration: the old secret works until the grace period ends (never past the key's expiry). */
  regenerate(key: ModelKey, graceSeconds: number, secret: string): void {
    let graceEnd = this.now + graceSeconds * 1000;
    if (key.expiresAt !== null && key.expiresAt < graceEnd) graceEnd = key.expiresAt;
    const hasGrace = graceEnd > this.now;
    // At most two secrets work at once: an earlier replaced secret stops now.
    for (const past of key.pastSecrets) if (past.validUntil > this.now) past.validUntil = this.now;
    key.pastSecrets.push({ secret: key.secret, validUntil: hasGrace ? graceEnd : this.now });
    key.secret = secret;
    key.previousSecretExpiresAt = hasGrace ? graceEnd : null;
    key.updatedAt = this.now;
  }

  /** The keys a listing shows, newest first, with an optional status filter. */
  listed(status?: ShownStatus): ModelKey[] {
    return this.keys.filter((key) => !key.deleted && (status === undefined || this.statusOf(key) === status)).reverse();
  }

  /** Every secret the model knows: current, replaced, and never issued. */
  allSecrets(): string[] {
    return [
      ...this.keys.flatMap((key) => [key.secret, ...key.pastSecrets.map((past) => past.secret)]),
      ...this.strangers,
    ];
  }
}
