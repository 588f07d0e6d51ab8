/**
 * The public types of targeted faults and latency: which requests a fault rule is for, how
 * likely and how often it fires, how long answers take, and how a pending rule is listed.
 */
import type { Fault, RequestFilter } from '../types.js';

/**
 * How a latency is spent: `'clock'` advances the mock clock and answers at once (the default,
 * so a suite never waits); `'real'` waits real time (cut short when the request is aborted).
 *
 * @example
 * ```ts
 * const wait: LatencyWait = 'real';
 * mock.latency({ min: 200, max: 200, wait });
 * ```
 */
export type LatencyWait = 'clock' | 'real';

/**
 * A latency as a range, each answer's drawn uniformly (whole milliseconds) from the mock's seeded
 * random source.
 *
 * @example
 * ```ts
 * const slowish: LatencyRange = { min: 50, max: 400 };
 * mock.latency(slowish);
 * ```
 */
export interface LatencyRange {
  /** The fewest milliseconds (0 to 600,000). */
  min: number;
  /** The most milliseconds (`min` to 600,000). */
  max: number;
  /**
   * On the mock clock or in real time.
   * @default 'clock'
   */
  wait?: LatencyWait;
}

/**
 * How long an answer takes: a whole number of milliseconds on the mock clock, or a
 * {@link LatencyRange}.
 *
 * @example
 * ```ts
 * createMockApi({ latency: 120 });
 * mock.faults.inject({ latency: { min: 1000, max: 3000, wait: 'real' } }, { operation: 'listApiKeys' });
 * ```
 */
export type Latency = number | LatencyRange;

/**
 * Which requests a fault rule is for, how likely it fires, and how many times.
 *
 * @example
 * ```ts
 * const options: FaultOptions = { operation: 'createApiKey', probability: 0.3, count: 'unlimited' };
 * mock.faults.inject({ status: 503 }, options);
 * ```
 */
export interface FaultOptions extends RequestFilter {
  /**
   * The chance (0 to 1) that a matching request is faulted, drawn from the mock's seeded random
   * source (`options.randomBytes`), so a seeded run is the same every time.
   * @default 1
   */
  probability?: number;
  /**
   * How many requests the rule faults (1 to 1,000,000), or `'unlimited'` until
   * `mock.faults.clear()`.
   * @default 1
   */
  count?: number | 'unlimited';
}

/**
 * A rule waiting for its requests, as `mock.faults.list()` and `GET /__mock/faults` show it.
 *
 * @example
 * ```ts
 * mock.faults.inject({ status: 503 }, { operation: 'createApiKey', count: 2 });
 * mock.faults.list(); // [{ fault: { status: 503 }, operation: 'createApiKey', probability: 1, left: 2 }]
 * ```
 */
export interface PendingFault extends RequestFilter {
  /** What the rule does to a request it hits. */
  fault: Fault;
  /** The chance that a matching request is faulted. */
  probability: number;
  /** How many more requests it faults, or `'unlimited'`. */
  left: number | 'unlimited';
}
