/**
 * Commands that use a key (a call made with its secret), run it into its rate limit, read its
 * rate limit, or move the clock.
 */
import { maskSecret, type Environment, type Identity, type RateLimitStatus } from 'keysmith';
import { expect } from 'vitest';
import type { RealSystem } from './real-system.js';
import {
  HOUR,
  MINUTE,
  MODEL_OWNER,
  RULES,
  windowAt,
  type ModelKey,
  type Outcome,
  type ReferenceModel,
} from './reference-model.js';
import { expectOutcome, settle } from './outcome.js';
import { nth, resolveKey, showKey, Step, type KeyRef } from './step.js';

/**
 * Which secret a use sends: the key's current one, the one it replaced, one never issued, or the
 * current one to another environment's base URL.
 *
 * @example
 * ```ts
 * new UseKey({ pool: 'created', n: 0 }, 'previous' satisfies SecretChoice, 'me');
 * ```
 */
export type SecretChoice = 'current' | 'previous' | 'stranger' | 'other-environment';
/**
 * Which call a use makes.
 *
 * @example
 * ```ts
 * new UseKey({ pool: 'created', n: 0 }, 'current', 'rate-limit' satisfies UseCall);
 * ```
 */
export type UseCall = 'me' | 'list' | 'rate-limit';

const OTHER: Record<Environment, Environment> = {
  production: 'staging',
  staging: 'development',
  development: 'production',
};
const iso = (ms: number): string => new Date(ms).toISOString();

function identityOf(key: ModelKey): Identity {
  return {
    object: 'identity',
    id: key.id,
    name: key.name,
    environment: key.environment,
    permissions: key.permissions,
    masked_key: maskSecret(key.secret),
    owner: { ...MODEL_OWNER },
  };
}

function rateLimitOf(model: ReferenceModel, key: ModelKey): RateLimitStatus {
  const minute = windowAt(key, 'minute', model.now);
  const hour = windowAt(key, 'hour', model.now);
  const tight =
    minute.remaining !== hour.remaining
      ? minute.remaining < hour.remaining
        ? minute
        : hour
      : minute.resetsAt > hour.resetsAt
        ? minute
        : hour;
  const reset = (ms: number): number => Math.ceil(ms / 1000);
  return {
    object: 'rate_limit',
    limit: tight.limit,
    remaining: tight.remaining,
    reset: reset(tight.resetsAt),
    reset_at: iso(tight.resetsAt),
    windows: [
      { window: 'minute', limit: minute.limit, remaining: minute.remaining, reset: reset(minute.resetsAt) },
      { window: 'hour', limit: hour.limit, remaining: hour.remaining, reset: reset(hour.resetsAt) },
    ],
  };
}

/** One `me()` with a key's current secret: predicted, sent, compared. Returns whether it was refused. */
async function meOnce(model: ReferenceModel, real: RealSystem, key: ModelKey, step: string): Promise<boolean> {
  const admitted = model.admit(key.secret, key.environment, RULES.me);
  const predicted: Outcome<Identity> = admitted.ok ? { ok: true, value: identityOf(admitted.caller) } : admitted;
  const result = await settle('me', () => real.client(key.secret, key.environment).me());
  const identity = expectOutcome(result, predicted, step);
  if (identity !== undefined && predicted.ok) expect(identity, step).toEqual(predicted.value);
  return !predicted.ok;
}

/**
 * A call made with a key's secret: who it authenticates as, in the documented check order.
 *
 * @example
 * ```ts
 * new UseKey({ pool: 'created', n: 0 }, 'other-environment', 'me'); // 401 environment_mismatch
 * ```
 */
export class UseKey extends Step {
  constructor(
    readonly key: KeyRef,
    readonly secret: SecretChoice,
    readonly call: UseCall,
  ) {
    super();
  }

  protected describe(): string {
    return `use(${showKey(this.key)}, ${this.secret} secret, ${this.call})`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const key = resolveKey(model, this.key);
    this.note('key', key);
    let secret: string;
    if (key === null || this.secret === 'stranger') secret = nth(model.strangers, this.key.n);
    else if (this.secret === 'previous') secret = key.pastSecrets.at(-1)?.secret ?? key.secret;
    else secret = key.secret;
    const keyEnvironment = key?.environment ?? 'production';
    const environment = this.secret === 'other-environment' ? OTHER[keyEnvironment] : keyEnvironment;
    const client = real.client(secret, environment);
    const step = this.traced();

    if (this.call === 'me') {
      const admitted = model.admit(secret, environment, RULES.me);
      const predicted: Outcome<Identity> = admitted.ok ? { ok: true, value: identityOf(admitted.caller) } : admitted;
      const identity = expectOutcome(await settle('me', () => client.me()), predicted, step);
      if (identity !== undefined && predicted.ok) expect(identity, step).toEqual(predicted.value);
    } else if (this.call === 'list') {
      const admitted = model.admit(secret, environment, RULES.list);
      const newest = model.listed()[0]?.id;
      const predicted: Outcome = admitted.ok ? { ok: true, value: undefined } : admitted;
      const page = expectOutcome(await settle('list', () => client.keys.list({ limit: 1 })), predicted, step);
      if (page !== undefined)
        expect(
          page.data.map((item) => item.id),
          step,
        ).toEqual(newest === undefined ? [] : [newest]);
    } else {
      const admitted = model.admit(secret, environment, RULES.rateLimit);
      const predicted: Outcome<RateLimitStatus> = admitted.ok
        ? { ok: true, value: rateLimitOf(model, admitted.caller) }
        : admitted;
      const status = expectOutcome(await settle('rateLimit.get', () => client.rateLimit.get()), predicted, step);
      if (status !== undefined && predicted.ok) expect(status, step).toEqual(predicted.value);
    }
  }
}

/** Requests this command sends at most: enough to spend the small limits the run gives keys. */
const HIT_BUDGET = 12;

/**
 * `me()` with one key until the first refusal (a 429 for the small limits keys get), each call checked.
 *
 * @example
 * ```ts
 * new HitRateLimit({ pool: 'created', n: 0 });
 * ```
 */
export class HitRateLimit extends Step {
  constructor(readonly key: KeyRef) {
    super();
  }

  protected describe(): string {
    return `hit the rate limit(${showKey(this.key)}, up to ${HIT_BUDGET} me() calls)`;
  }

  protected async act(model: ReferenceModel, real: RealSystem): Promise<void> {
    const key = resolveKey(model, this.key);
    this.note('key', key);
    if (key === null) return;
    // Bounded; stops at the first refusal (a 429, or a 401 for an unusable key).
    for (let sent = 0; sent < HIT_BUDGET; sent++) {
      if (await meOnce(model, real, key, `${this.traced()} call ${sent + 1}`)) return;
    }
  }
}

/**
 * How far a clock step goes: a fixed time, or exactly to the next boundary of some kind.
 *
 * @example
 * ```ts
 * new AdvanceClock('next deadline' satisfies ClockMove);
 * ```
 */
export type ClockMove = number | 'next minute' | 'next hour' | 'next deadline';

/** The next moment after `now` at which a key expires or a replaced secret stops. */
function nextDeadline(model: ReferenceModel): number | null {
  const moments = model.keys.flatMap((key) => [key.expiresAt, ...key.pastSecrets.map((past) => past.validUntil)]);
  const future = moments.filter((moment): moment is number => moment !== null && moment > model.now);
  return future.length === 0 ? null : Math.min(...future);
}

/**
 * Moves the mock's clock (and the model's): expiry, grace periods, windows, usage days.
 *
 * @example
 * ```ts
 * new AdvanceClock(60_000);
 * ```
 */
export class AdvanceClock extends Step {
  constructor(readonly move: ClockMove) {
    super();
  }

  protected describe(): string {
    return typeof this.move === 'number'
      ? `advance the clock(${this.move} ms)`
      : `advance the clock(to the ${this.move})`;
  }

  protected act(model: ReferenceModel, real: RealSystem): Promise<void> {
    // Landing exactly on a boundary is where off-by-one mistakes live.
    let ms: number;
    if (typeof this.move === 'number') ms = this.move;
    else if (this.move === 'next minute') ms = MINUTE - (model.now % MINUTE);
    else if (this.move === 'next hour') ms = HOUR - (model.now % HOUR);
    else ms = (nextDeadline(model) ?? model.now + 1_000) - model.now;
    this.resolved = `+${ms} ms`;
    model.now += ms;
    real.mock.clock.advance(ms);
    return Promise.resolve();
  }
}
