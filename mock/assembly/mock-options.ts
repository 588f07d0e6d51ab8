/**
 * The checks of `createMockApi(options)` that no other part makes: the plan's limits, the owner,
 * the request log's size and the standing latency. Each throws a message that names the option.
 */
import type { LatencyRange } from '../faults/fault-types.js';
import { checkLatency } from '../faults/latency.js';
import type { MockApiOptions, PlanLimits } from '../types.js';

const DEFAULT_OWNER = { id: 'acct_keysmithmock', name: 'Keysmith Mock' };
const OWNER_ID = /^acct_[0-9A-Za-z]+$/;
const MAX_LIMITS = [
  ['per_minute', 1_000_000],
  ['per_hour', 100_000_000],
] as const;

/** The plan's default limits, the ones given over the defaults (100 a minute, 1,000 an hour). */
export function planOf(options: MockApiOptions): PlanLimits {
  const plan = { per_minute: options.plan?.per_minute ?? 100, per_hour: options.plan?.per_hour ?? 1000 };
  for (const [name, max] of MAX_LIMITS) {
    if (!Number.isInteger(plan[name]) || plan[name] < 1 || plan[name] > max)
      throw new RangeError(`options.plan.${name} must be an integer from 1 to ${max}.`);
  }
  return plan;
}

/** The account that owns every key. */
export function ownerOf(options: MockApiOptions): { id: string; name: string } {
  const owner = options.owner ?? DEFAULT_OWNER;
  if (!OWNER_ID.test(owner.id) || typeof owner.name !== 'string')
    throw new TypeError('options.owner needs an id like acct_123 and a name.');
  return { id: owner.id, name: owner.name };
}

/** How many entries the request log keeps. */
export function requestLogLimitOf(options: MockApiOptions): number {
  const limit = options.requestLogLimit ?? 10_000;
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError('options.requestLogLimit must be a positive integer.');
  return limit;
}

/** The standing latency the mock starts with, or `null`. */
export function latencyOf(options: MockApiOptions): Required<LatencyRange> | null {
  return checkLatency(options.latency ?? null, 'options.latency');
}
