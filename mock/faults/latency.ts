/**
 * Latency: how long an answer takes. A fixed number of milliseconds or a range, drawn from the
 * mock's seeded random source, so a run with the same seed draws the same waits.
 *
 * The wait is on the mock clock unless a test asks for real time: a suite on a frozen clock
 * stays instant, and every time-based behaviour (rate-limit windows, expiry, idempotency
 * records) still sees the time pass. Real waits exist for what only real time can test (a
 * client's timeout, a spinner).
 */
import type { JsonSchema } from '../contract/json-schema.js';
import { validate } from '../contract/json-schema.js';
import type { CoreClock } from '../store/clock.js';
import type { RandomBytes } from '../store/mint.js';
import { delay } from './delay.js';
import { drawUnit } from './draw.js';
import type { Latency, LatencyRange } from './fault-types.js';

/** The longest latency (10 minutes), so a typo cannot park requests for days. */
export const MAX_LATENCY_MS = 600_000;

const MILLISECONDS: JsonSchema = { type: 'integer', minimum: 0, maximum: MAX_LATENCY_MS };

/** A latency as a number: fixed milliseconds on the mock clock. */
const FIXED_SCHEMA: JsonSchema = MILLISECONDS;

/** A latency as an object: a range, and how to wait. */
const RANGE_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['min', 'max'],
  properties: { min: MILLISECONDS, max: MILLISECONDS, wait: { enum: ['clock', 'real'] } },
};

/** The shape of a {@link Latency}, for the HTTP control's documentation and its checks. */
export const LATENCY_SCHEMA: JsonSchema = { oneOf: [FIXED_SCHEMA, RANGE_SCHEMA] };

/** Where a latency was wrong, and why, in words that name the field. */
export interface LatencyProblem {
  path: string;
  message: string;
}

const resolveNothing = (): JsonSchema => ({});

/**
 * Checks a latency given from plain JavaScript or JSON and returns it as a range (`null` stays
 * `null`: no latency). `path` names it in the message (`latency`, `fault.latency`).
 */
export function parseLatency(value: unknown, path: string): Required<LatencyRange> | null | LatencyProblem {
  if (value === null) return null;
  const schema = typeof value === 'number' ? FIXED_SCHEMA : RANGE_SCHEMA;
  if (typeof value !== 'number' && (typeof value !== 'object' || Array.isArray(value))) {
    return {
      path,
      message: `${path} must be milliseconds (an integer from 0 to ${MAX_LATENCY_MS}) or {"min", "max", "wait"?}.`,
    };
  }
  const violation = validate(schema, value, resolveNothing, path);
  if (violation !== null) return violation;
  if (typeof value === 'number') return { min: value, max: value, wait: 'clock' };
  const range = value as LatencyRange;
  if (range.min > range.max) return { path: `${path}.min`, message: `${path}.min must not be more than ${path}.max.` };
  return { min: range.min, max: range.max, wait: range.wait ?? 'clock' };
}

/** Whether {@link parseLatency} refused the value. */
export function isLatencyProblem(parsed: Required<LatencyRange> | null | LatencyProblem): parsed is LatencyProblem {
  return parsed !== null && 'message' in parsed;
}

/** Like {@link parseLatency}, but throws a `RangeError` naming the field: for in-process calls. */
export function checkLatency(value: Latency | null, path: string): Required<LatencyRange> | null {
  const parsed = parseLatency(value, path);
  if (isLatencyProblem(parsed)) throw new RangeError(parsed.message);
  return parsed;
}

/** The milliseconds of one answer: the fixed value, or a whole number drawn from the range. */
export function drawLatency(latency: LatencyRange, random: RandomBytes): number {
  if (latency.min === latency.max) return latency.min;
  return latency.min + Math.floor(drawUnit(random) * (latency.max - latency.min + 1));
}

/**
 * Spends one answer's latency: advances the mock clock by it, or waits it out in real time
 * (rejecting with the signal's reason on an abort). Returns the milliseconds spent.
 */
export async function spendLatency(
  latency: Required<LatencyRange>,
  clock: CoreClock,
  random: RandomBytes,
  signal: AbortSignal | undefined,
): Promise<number> {
  const ms = drawLatency(latency, random);
  if (latency.wait === 'real') await delay(ms, signal);
  else if (ms > 0) clock.advance(ms);
  return ms;
}
