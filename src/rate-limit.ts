/**
 * Rate-limit headers in, {@link RateLimitInfo} out. Pure: no I/O, no clock of its own (the caller
 * passes the moment the response arrived), and never throws — a malformed value is ignored.
 *
 * @module
 */
import { parseItemList, type StructuredItem } from './internal/structured-fields.js';

/**
 * One quota policy from the IETF `RateLimit-Policy` / `RateLimit` fields (draft-10).
 *
 * @example
 * ```ts
 * const hourly = parseRateLimit(response.headers).policies?.find((p: RateLimitPolicy) => p.name === 'hour');
 * ```
 */
export interface RateLimitPolicy {
  /** The policy's name, e.g. `"minute"`. */
  readonly name: string;
  /** Requests allowed per window (`q`). */
  readonly quota: number | undefined;
  /** The window's length in seconds (`w`). */
  readonly windowSeconds: number | undefined;
  /** Requests left in the current window (`r`). */
  readonly remaining: number | undefined;
  /** When the current window resets (from `t`). */
  readonly resetAt: Date | undefined;
}

/**
 * What a response's headers say about the rate limit. Every field is `undefined` when the headers
 * do not say. The top-level fields describe the tightest window (the one with the fewest requests
 * left).
 *
 * @example
 * ```ts
 * const info = parseRateLimit(response.headers);
 * if (info.remaining === 0) console.log(`quota resets at ${info.resetAt?.toISOString()}`);
 * ```
 */
export interface RateLimitInfo {
  /** The tightest window's quota. */
  readonly limit: number | undefined;
  /** Requests left in the tightest window. */
  readonly remaining: number | undefined;
  /** When the tightest window resets, on this machine's clock. */
  readonly resetAt: Date | undefined;
  /** How long the server asked to wait (`retry-after-ms`, else `Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** Every policy named by the IETF fields, or `undefined` when there are none. */
  readonly policies: readonly RateLimitPolicy[] | undefined;
}

/**
 * Anything headers can be read from: a `Headers`, or a plain record such as Node's `IncomingHttpHeaders`.
 *
 * @example
 * ```ts
 * const headers: HeadersLike = { 'x-ratelimit-remaining': '0', 'retry-after': '30' };
 * parseRateLimit(headers).retryAfterMs; // 30000
 * ```
 */
export type HeadersLike =
  | {
      /** Reads one header, case-insensitively; `null` when absent. */
      get(name: string): string | null;
    }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

const TEN_YEARS_MS = 10 * 365 * 24 * 3600 * 1000;
/** A whole number and nothing else. */
const COUNT = /^\s*(?<number>\d{1,15})\s*$/;
/** A whole number first, as in a legacy `X-RateLimit-Limit: 100, 100;w=60` that lists its windows after it. */
const LEADING_COUNT = /^\s*(?<number>\d{1,15})\s*(?:[,;]|$)/;
/** Seconds, possibly with a fraction. */
const SECONDS = /^\s*(?<number>\d{1,15}(?:\.\d+)?)\s*$/;

type Read = (name: string) => string | undefined;

function reader(headers: HeadersLike): Read {
  if (typeof headers.get === 'function') {
    const source = headers as { get(name: string): string | null };
    return (name) => source.get(name) ?? undefined;
  }
  const lower: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (value !== undefined) lower[key.toLowerCase()] = typeof value === 'string' ? value : value.join(', ');
  }
  return (name) => lower[name];
}

/** The `number` group of `pattern` in `value`, as a number; `undefined` when `value` is absent or does not match. */
function numberIn(value: string | undefined, pattern: RegExp): number | undefined {
  if (value === undefined) return undefined;
  const digits = pattern.exec(value)?.groups?.['number'];
  return digits === undefined ? undefined : Number(digits);
}

function httpDate(value: string | undefined): number | undefined {
  // Date.parse reads "1.5" or "100" as dates; an HTTP date always names a weekday and month.
  const ms = value !== undefined && /[A-Za-z]/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

const atMs = (ms: number): Date => new Date(Math.round(ms));

/** A parameter of a policy when it is a count (a number ≥ 0). */
function countParam(item: StructuredItem | undefined, key: string): number | undefined {
  const value = item?.params[key];
  return value !== undefined && value >= 0 ? value : undefined;
}

/** The IETF policies, in the order the fields name them; `undefined` when neither field has one. */
function ietfPolicies(read: Read, now: number): RateLimitPolicy[] | undefined {
  const quotas = parseItemList(read('ratelimit-policy') ?? '');
  const states = parseItemList(read('ratelimit') ?? '');
  if (quotas.length + states.length === 0) return undefined;
  const names = new Set([...quotas, ...states].map((item) => item.name));
  return [...names].map((name): RateLimitPolicy => {
    // A lone quota and a lone state go together even when their names differ.
    const quota =
      quotas.find((q) => q.name === name) ?? (quotas.length === 1 && states.length === 1 ? quotas[0] : undefined);
    const state = states.find((s) => s.name === name);
    const reset = countParam(state, 't');
    return {
      name,
      quota: countParam(quota, 'q'),
      windowSeconds: countParam(quota, 'w'),
      remaining: countParam(state, 'r'),
      resetAt: reset === undefined ? undefined : atMs(now + reset * 1000),
    };
  });
}

const resetTime = (policy: RateLimitPolicy): number => policy.resetAt?.getTime() ?? 0;

/** The policy with the fewest requests left (on a tie, the later reset; then the first named), if any says how many are left. */
function tightestOf(policies: readonly RateLimitPolicy[]): RateLimitPolicy | undefined {
  let tightest: RateLimitPolicy | undefined;
  let fewestLeft = Infinity;
  for (const policy of policies) {
    const { remaining } = policy;
    if (remaining === undefined) continue;
    const tighter =
      tightest === undefined ||
      remaining < fewestLeft ||
      (remaining === fewestLeft && resetTime(policy) > resetTime(tightest));
    if (tighter) {
      tightest = policy;
      fewestLeft = remaining;
    }
  }
  return tightest;
}

/**
 * When a legacy reset in seconds falls, on this machine's clock: epoch seconds when it lands within
 * ten years of the server's clock, otherwise seconds from now.
 */
function legacyResetAt(resetSeconds: number, receivedAt: number, serverNow: number): Date {
  const resetMs = resetSeconds * 1000;
  // An epoch reset is moved by the server clock's offset from ours, so a skewed server clock does not skew it.
  if (resetMs > serverNow - TEN_YEARS_MS) return atMs(receivedAt + resetMs - serverNow);
  return atMs(receivedAt + resetMs);
}

/** How long the server asked to wait: `retry-after-ms`, else `Retry-After` in seconds or as an HTTP date. */
function retryAfterMsOf(read: Read, serverNow: number): number | undefined {
  const milliseconds = numberIn(read('retry-after-ms'), SECONDS);
  if (milliseconds !== undefined) return Math.ceil(milliseconds);
  const retryAfter = read('retry-after');
  const seconds = numberIn(retryAfter, COUNT);
  if (seconds !== undefined) return seconds * 1000;
  const date = httpDate(retryAfter);
  if (date !== undefined) return Math.max(0, date - serverNow);
  return undefined;
}

/**
 * Reads every rate-limit header family a server may send:
 *
 * - IETF draft-10 `RateLimit-Policy` / `RateLimit` (structured-field lists; the policy with the
 *   fewest requests left is the tightest),
 * - the older drafts' `RateLimit-Limit` / `-Remaining` / `-Reset`,
 * - `X-RateLimit-Limit` / `-Remaining` / `-Reset`,
 * - `retry-after-ms`, then `Retry-After` (delta seconds or an HTTP date).
 *
 * When several families are present they are read in that order and each field comes from the
 * first family that has it. A reset in seconds is epoch seconds when it lands within ten years of
 * the response's `Date` header (or of `now` without one), otherwise a delta; dates are converted
 * with the `Date` header's offset, so a skewed server clock does not skew `resetAt` or
 * `retryAfterMs`. Malformed values are ignored.
 *
 * @param headers - the response headers.
 * @param now - when the response arrived (epoch ms or a `Date`); defaults to `Date.now()`.
 * @example
 * ```ts
 * const info = parseRateLimit(new Headers({ 'X-RateLimit-Remaining': '0', 'Retry-After': '30' }));
 * info.remaining; // 0
 * info.retryAfterMs; // 30000
 * ```
 * @example Plain header records work too
 * ```ts
 * const info = parseRateLimit({ 'ratelimit': '"minute";r=99;t=60', 'ratelimit-policy': '"minute";q=100;w=60' });
 * info.limit; // 100
 * ```
 */
export function parseRateLimit(headers: HeadersLike, now: number | Date = Date.now()): RateLimitInfo {
  const read = reader(headers);
  const receivedAt = typeof now === 'number' ? now : now.getTime();
  const serverNow = httpDate(read('date')) ?? receivedAt;
  const policies = ietfPolicies(read, receivedAt);
  const tightest = policies === undefined ? undefined : tightestOf(policies);
  // The older drafts' RateLimit-* first, then X-RateLimit-*: each field from the first that has it.
  const legacy = (field: string, pattern: RegExp): number | undefined =>
    numberIn(read(`ratelimit-${field}`), pattern) ?? numberIn(read(`x-ratelimit-${field}`), pattern);
  const legacyReset = legacy('reset', SECONDS);
  return {
    limit: tightest?.quota ?? legacy('limit', LEADING_COUNT),
    remaining: tightest?.remaining ?? legacy('remaining', COUNT),
    resetAt:
      tightest?.resetAt ?? (legacyReset === undefined ? undefined : legacyResetAt(legacyReset, receivedAt, serverNow)),
    retryAfterMs: retryAfterMsOf(read, serverNow),
    policies,
  };
}

/**
 * The wait the server asked for: `Retry-After` / `retry-after-ms`, or for a 429 with no requests
 * left, until the rate-limit window resets. `undefined` when it asked for none. The retry loop
 * waits it; a `RateLimitError` reports it as `retryAfterMs`.
 *
 * @internal
 */
export function serverRequestedWait(status: number, rateLimit: RateLimitInfo, receivedAt: number): number | undefined {
  if (rateLimit.retryAfterMs !== undefined) return rateLimit.retryAfterMs;
  const spent = (rateLimit.remaining ?? 0) === 0;
  if (status === 429 && spent && rateLimit.resetAt !== undefined) {
    return Math.max(0, rateLimit.resetAt.getTime() - receivedAt);
  }
  return undefined;
}
