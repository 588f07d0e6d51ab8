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
const COUNT = /^\s*(\d{1,15})\s*$/;
const LEADING_COUNT = /^\s*(\d{1,15})\s*(?:[,;]|$)/;
const SECONDS = /^\s*(\d{1,15}(?:\.\d+)?)\s*$/;
const HAS_LETTER = /[A-Za-z]/;

type Read = (name: string) => string | undefined;

function reader(headers: HeadersLike): Read {
  if (typeof headers.get === 'function') {
    const source = headers as { get(name: string): string | null };
    return (name) => source.get(name) ?? undefined;
  }
  const lower = new Map<string, string>();
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (value !== undefined) lower.set(key.toLowerCase(), typeof value === 'string' ? value : value.join(', '));
  }
  return (name) => lower.get(name);
}

function count(value: string | undefined, pattern = COUNT): number | undefined {
  const match = value === undefined ? null : pattern.exec(value);
  return match ? Number(match[1]) : undefined;
}

function seconds(value: string | undefined): number | undefined {
  const match = value === undefined ? null : SECONDS.exec(value);
  return match ? Number(match[1]) : undefined;
}

function httpDate(value: string | undefined): number | undefined {
  // Date.parse reads "1.5" or "100" as dates; an HTTP date always names a weekday and month.
  if (value === undefined || !HAS_LETTER.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * A reset given as a number of seconds is epoch seconds when it lands within ten years of the
 * response's `Date` (or of `now` without one), and a delta from `now` otherwise. An epoch value is
 * read on the server's clock and moved onto ours by the `Date` header's offset.
 */
function resetFrom(value: number | undefined, now: number, serverNow: number): Date | undefined {
  if (value === undefined) return undefined;
  const ms = value * 1000;
  return new Date(Math.round(ms > serverNow - TEN_YEARS_MS ? now + (ms - serverNow) : now + ms));
}

function numberParam(item: StructuredItem | undefined, key: string): number | undefined {
  const value = item?.params.get(key);
  return typeof value === 'number' && value >= 0 ? value : undefined;
}

interface Window {
  limit: number | undefined;
  remaining: number | undefined;
  resetAt: Date | undefined;
}

function ietfPolicies(read: Read, now: number): { tightest: Window | undefined; policies: RateLimitPolicy[] | undefined } {
  const quotaField = read('ratelimit-policy');
  const stateField = read('ratelimit');
  const quotas = quotaField === undefined ? [] : parseItemList(quotaField);
  const states = stateField === undefined ? [] : parseItemList(stateField);
  if (quotas.length === 0 && states.length === 0) return { tightest: undefined, policies: undefined };

  const names = [...new Set([...quotas.map((q) => q.name), ...states.map((s) => s.name)])];
  const policies = names.map((name): RateLimitPolicy => {
    const quota = quotas.find((q) => q.name === name) ?? (quotas.length === 1 && states.length === 1 ? quotas[0] : undefined);
    const state = states.find((s) => s.name === name);
    const reset = numberParam(state, 't');
    return {
      name,
      quota: numberParam(quota, 'q'),
      windowSeconds: numberParam(quota, 'w'),
      remaining: numberParam(state, 'r'),
      resetAt: reset === undefined ? undefined : new Date(Math.round(now + reset * 1000)),
    };
  });

  let tightest: RateLimitPolicy | undefined;
  for (const policy of policies) {
    if (policy.remaining === undefined) continue;
    const tighter =
      tightest?.remaining === undefined ||
      policy.remaining < tightest.remaining ||
      (policy.remaining === tightest.remaining && (policy.resetAt?.getTime() ?? 0) > (tightest.resetAt?.getTime() ?? 0));
    if (tighter) tightest = policy;
  }
  return {
    tightest: tightest && { limit: tightest.quota, remaining: tightest.remaining, resetAt: tightest.resetAt },
    policies,
  };
}

function legacyWindow(read: Read, prefix: string, now: number, serverNow: number): Window {
  return {
    limit: count(read(`${prefix}limit`), LEADING_COUNT),
    remaining: count(read(`${prefix}remaining`)),
    resetAt: resetFrom(seconds(read(`${prefix}reset`)), now, serverNow),
  };
}

function retryAfter(read: Read, now: number, serverNow: number): number | undefined {
  const ms = seconds(read('retry-after-ms'));
  if (ms !== undefined) return Math.ceil(ms);
  const field = read('retry-after');
  const delta = count(field);
  if (delta !== undefined) return delta * 1000;
  const date = httpDate(field);
  return date === undefined ? undefined : Math.max(0, date - serverNow);
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
  const at = typeof now === 'number' ? now : now.getTime();
  const serverNow = httpDate(read('date')) ?? at;
  const { tightest, policies } = ietfPolicies(read, at);
  const draft = legacyWindow(read, 'ratelimit-', at, serverNow);
  const legacy = legacyWindow(read, 'x-ratelimit-', at, serverNow);
  return {
    limit: tightest?.limit ?? draft.limit ?? legacy.limit,
    remaining: tightest?.remaining ?? draft.remaining ?? legacy.remaining,
    resetAt: tightest?.resetAt ?? draft.resetAt ?? legacy.resetAt,
    retryAfterMs: retryAfter(read, at, serverNow),
    policies,
  };
}
