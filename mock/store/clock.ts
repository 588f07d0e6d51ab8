/**
 * The mock's only source of time. It follows real time until a test sets or advances it; from
 * then on it stands still, so expiry, rate-limit windows and usage days are exact in tests.
 */
import { parseDateTime } from '../contract/date-time.js';
import { CLOCK_RANGE_TEXT, LATEST_CLOCK_MS } from '../contract/timestamp-range.js';
import type { MockClock } from '../types.js';

/** A {@link MockClock} that also hands the core epoch milliseconds without allocating a `Date`. */
export interface CoreClock extends MockClock {
  nowMs(): number;
  /** Whether the clock stands still (set, advanced, or started at `options.now`) rather than following real time. */
  isFrozen(): boolean;
  /** Back to how the clock started: frozen at the start time, or following real time. */
  restore(): void;
  /** Where the clock stands still, or `undefined` while it follows real time (for a snapshot). */
  frozenAt(): number | undefined;
  /** Freezes the clock at `ms`, or lets it follow real time again with `undefined` (a restore). */
  resume(frozenAt: number | undefined): void;
}

/** The latest (and, negated, the earliest) epoch milliseconds a `Date` can hold. */
const LAST_MOMENT = 8.64e15;

/**
 * Turns a `Date`, RFC 3339 string or epoch-milliseconds number into epoch milliseconds.
 *
 * @throws RangeError when the value is not a valid moment (outside what a `Date` can hold, too).
 */
export function toEpochMs(value: Date | string | number, what: string): number {
  // A string is read as the API reads one: Date.parse would roll 2026-02-30 over to 2 March.
  const ms =
    value instanceof Date ? value.getTime() : typeof value === 'number' ? value : (parseDateTime(value) ?? NaN);
  if (!Number.isFinite(ms) || Math.abs(ms) > LAST_MOMENT)
    throw new RangeError(`${what} must be a valid date, an RFC 3339 string or epoch milliseconds.`);
  return ms;
}

/**
 * `ms`, when the clock may show it: every timestamp the mock writes (up to 7 days and 1 hour after
 * the clock) must stay an RFC 3339 date-time, and epoch-seconds headers must stay non-negative.
 *
 * @throws RangeError naming `what` otherwise.
 */
function onTheClock(ms: number, what: string): number {
  if (ms < 0 || ms > LATEST_CLOCK_MS) throw new RangeError(`${what} must lie ${CLOCK_RANGE_TEXT}.`);
  return ms;
}

/**
 * Creates a clock frozen at `start`, or following real time when `start` is left out.
 *
 * @throws RangeError when `start` lies outside the clock's range.
 */
export function createClock(start: number | undefined): CoreClock {
  if (start !== undefined) onTheClock(start, 'The mock clock');
  let frozenAt: number | undefined = start;
  const nowMs = (): number => frozenAt ?? Date.now();
  return {
    nowMs,
    now: () => new Date(nowMs()),
    isFrozen: () => frozenAt !== undefined,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(
          'clock.advance(ms) needs a finite, non-negative number of milliseconds; use clock.set() to go back.',
        );
      frozenAt = onTheClock(nowMs() + ms, 'clock.advance(ms) would move the clock too far: it');
    },
    set(date: Date | string | number) {
      frozenAt = onTheClock(toEpochMs(date, 'clock.set(date)'), 'clock.set(date)');
    },
    restore() {
      frozenAt = start;
    },
    frozenAt: () => frozenAt,
    resume(moment) {
      frozenAt = moment;
    },
  };
}
