/**
 * Step 5, rate limit (429). Each key has a per-minute and a per-hour quota in fixed windows
 * aligned to the mock clock's minute and hour (a window opened at 12:00:37 still resets at
 * 12:01:00). Pure functions over a record's counters, the clock passed in; the headers every
 * authenticated answer carries are built here too.
 */
import type { KeyRecord } from '../../store/key-record.js';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** The state of one window at a moment. */
export interface WindowState {
  readonly window: 'minute' | 'hour';
  readonly limit: number;
  readonly remaining: number;
  /** When the window resets, epoch milliseconds. */
  readonly resetsAt: number;
}

/** Both windows of a key at `now`, minute first. */
export function windowsOf(key: KeyRecord, now: number): [WindowState, WindowState] {
  const minute = Math.floor(now / MINUTE);
  const hour = Math.floor(now / HOUR);
  const minuteUsed = key.minuteWindow === minute ? key.minuteCount : 0;
  const hourUsed = key.hourWindow === hour ? key.hourCount : 0;
  return [
    {
      window: 'minute',
      limit: key.perMinute,
      remaining: Math.max(0, key.perMinute - minuteUsed),
      resetsAt: (minute + 1) * MINUTE,
    },
    { window: 'hour', limit: key.perHour, remaining: Math.max(0, key.perHour - hourUsed), resetsAt: (hour + 1) * HOUR },
  ];
}

/**
 * The window that binds first: the one with the fewest requests left; on a tie, the one that
 * resets later (waiting for it is always enough).
 */
export function tightest(windows: readonly [WindowState, WindowState]): WindowState {
  const [minute, hour] = windows;
  if (minute.remaining !== hour.remaining) return minute.remaining < hour.remaining ? minute : hour;
  return minute.resetsAt > hour.resetsAt ? minute : hour;
}

/**
 * Takes one request from both windows when both have room.
 *
 * @returns `null` when the request was counted, or the exhausted window that refuses it (the
 * one that resets last, when both are exhausted).
 */
export function take(key: KeyRecord, now: number): WindowState | null {
  const windows = windowsOf(key, now);
  const [minute, hour] = windows;
  if (minute.remaining === 0 || hour.remaining === 0) {
    if (minute.remaining === 0 && hour.remaining === 0) return minute.resetsAt > hour.resetsAt ? minute : hour;
    return minute.remaining === 0 ? minute : hour;
  }
  const minuteWindow = minute.resetsAt / MINUTE - 1;
  const hourWindow = hour.resetsAt / HOUR - 1;
  if (key.minuteWindow !== minuteWindow) {
    key.minuteWindow = minuteWindow;
    key.minuteCount = 0;
  }
  if (key.hourWindow !== hourWindow) {
    key.hourWindow = hourWindow;
    key.hourCount = 0;
  }
  key.minuteCount++;
  key.hourCount++;
  return null;
}

const secondsUntil = (moment: number, now: number): number => Math.max(0, Math.ceil((moment - now) / 1000));

/** Whole seconds until `window` resets, at least 1: the `Retry-After` of a 429. */
export function retryAfterSeconds(window: WindowState, now: number): number {
  return Math.max(1, secondsUntil(window.resetsAt, now));
}

/**
 * The message of a 429. On a frozen mock clock a window never resets by itself, so a client that
 * waits out `Retry-After` in real time would wait for ever: the message says so, and how to move on.
 *
 * @param frozenAt - the frozen clock's time, or `null` when the clock follows real time.
 */
export function rateLimitedMessage(window: WindowState, retryAfter: number, frozenAt: number | null): string {
  const refusal = `Rate limit of ${window.limit} requests per ${window.window} exceeded. Retry after ${retryAfter} seconds.`;
  if (frozenAt === null) return refusal;
  return (
    `${refusal} The mock clock is frozen at ${new Date(frozenAt).toISOString()}, so this window resets only when ` +
    'the clock moves: call mock.clock.advance(ms) (over HTTP, POST /__mock/clock {"advance_ms": 60000}), give the ' +
    'SDK client mock.clientOptions() so that its waits move the clock, or raise the limits with the plan option ' +
    '(plan: { per_minute, per_hour }).'
  );
}

/**
 * The rate-limit headers every authenticated response carries: the legacy `X-RateLimit-*`
 * trio for the tightest window and the IETF `RateLimit-Policy` / `RateLimit` fields for both
 * (`RateLimit: "minute";r=99;t=42, "hour";r=999;t=3342`).
 */
export function rateLimitHeaders(windows: readonly [WindowState, WindowState], now: number): Record<string, string> {
  const [minute, hour] = windows;
  const tight = tightest(windows);
  return {
    'X-RateLimit-Limit': String(tight.limit),
    'X-RateLimit-Remaining': String(tight.remaining),
    'X-RateLimit-Reset': String(Math.ceil(tight.resetsAt / 1000)),
    'RateLimit-Policy': `"minute";q=${minute.limit};w=60, "hour";q=${hour.limit};w=3600`,
    RateLimit: `"minute";r=${minute.remaining};t=${secondsUntil(minute.resetsAt, now)}, "hour";r=${hour.remaining};t=${secondsUntil(hour.resetsAt, now)}`,
  };
}
