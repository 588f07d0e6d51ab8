/**
 * The fault rules waiting for requests. Rules are tried in the order injected; the first whose
 * filter matches the request, and whose probability comes up (drawn from the mock's random
 * source), decides it and uses one of its `count`. Without a filter or probability a rule is what
 * it always was: the next `count` requests, whatever they are.
 *
 * With no rule pending ({@link FaultRules.idle}) the pipeline does not even ask: an unused fault
 * feature costs a request nothing.
 */
import { validate, type JsonSchema } from '../contract/json-schema.js';
import type { RandomBytes } from '../store/mint.js';
import type { Fault, MockFaults, RequestFilter } from '../types.js';
import { drawUnit } from './draw.js';
import type { FaultOptions, LatencyRange } from './fault-types.js';
import { checkLatency } from './latency.js';
import { filterOf, matchesFilter, REQUEST_FILTER_PROPERTIES, type FilterSubject } from '../pipeline/request-filter.js';

/** The most requests one rule can fault by count (`'unlimited'` has no end). */
export const MAX_FAULT_COUNT = 1_000_000;

/** The shape of {@link FaultOptions}, checked alike in-process and over HTTP. */
export const FAULT_OPTIONS_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...REQUEST_FILTER_PROPERTIES,
    probability: { type: 'number', minimum: 0, maximum: 1 },
    count: { oneOf: [{ type: 'integer', minimum: 1, maximum: MAX_FAULT_COUNT }, { const: 'unlimited' }] },
  },
};

/** A rule that fired: its fault, and the latency the request takes (`null`: the standing one). */
export interface FiredRule {
  readonly fault: Fault;
  readonly latency: Required<LatencyRange> | null;
}

interface Rule extends FiredRule {
  readonly filter: RequestFilter;
  readonly probability: number;
  /** `Infinity` until cleared. */
  left: number;
}

/** The rules behind `mock.faults`, plus the pipeline's way to take the one for a request. */
export interface FaultRules extends MockFaults {
  /** Whether no rule is pending: then a request needs nothing from the faults at all. */
  readonly idle: boolean;
  /** The rule that decides this request, if any; uses one of its `count`. */
  take(subject: FilterSubject): FiredRule | undefined;
}

const resolveNothing = (): JsonSchema => ({});

/** Checks a fault given from plain JavaScript (or JSON), which the type cannot vouch for. */
function checkFault(fault: Fault): void {
  if (typeof fault !== 'object' || (fault as unknown) === null) {
    throw new TypeError('faults.inject() takes { status }, { network: true }, { latency } or { delayMs }.');
  }
  if ('status' in fault) {
    if (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599) {
      throw new RangeError('faults.inject({ status }) needs an integer HTTP status from 200 to 599.');
    }
  } else if ('delayMs' in fault) {
    if (!Number.isFinite(fault.delayMs) || fault.delayMs < 0) {
      throw new RangeError('faults.inject({ delayMs }) needs a finite, non-negative number of milliseconds.');
    }
  } else if ('network' in fault) {
    if ((fault.network as unknown) !== true) throw new TypeError('A network fault is { network: true }.');
  } else if (!('latency' in fault)) {
    throw new TypeError('faults.inject() takes { status }, { network: true }, { latency } or { delayMs }.');
  }
}

/** The latency a rule gives its requests, or `null` to leave them the standing one. */
function latencyOf(fault: Fault): Required<LatencyRange> | null {
  if ('delayMs' in fault) return { min: fault.delayMs, max: fault.delayMs, wait: 'real' };
  if (!('latency' in fault) || fault.latency === undefined) return null;
  return checkLatency(fault.latency, 'fault.latency');
}

/** The options as an object, checked; a plain number is the count. */
function optionsOf(options: number | FaultOptions | undefined): FaultOptions {
  const given = typeof options === 'number' ? { count: options } : (options ?? {});
  const violation = validate(FAULT_OPTIONS_SCHEMA, given, resolveNothing);
  if (violation !== null) throw new RangeError(`faults.inject(fault, options): ${violation.message}`);
  return given;
}

/** Creates an empty set of rules, drawing chances from `random`. */
export function createFaultRules(random: RandomBytes): FaultRules {
  let rules: Rule[] = [];
  return {
    inject(fault, options) {
      checkFault(fault);
      const latency = latencyOf(fault);
      const { probability = 1, count = 1, ...filter } = optionsOf(options);
      rules.push({
        fault: { ...fault },
        latency,
        filter: filterOf(filter),
        probability,
        left: count === 'unlimited' ? Infinity : count,
      });
    },
    clear() {
      rules = [];
    },
    list: () =>
      rules.map((rule) => ({
        fault: { ...rule.fault },
        ...rule.filter,
        probability: rule.probability,
        left: rule.left === Infinity ? 'unlimited' : rule.left,
      })),
    get idle() {
      return rules.length === 0;
    },
    get pending() {
      let total = 0;
      for (const rule of rules) total += rule.left;
      return total;
    },
    take(subject) {
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i];
        if (rule === undefined || !matchesFilter(rule.filter, subject)) continue;
        // Drawn only for a rule that matches, so the draws follow the requests a test makes.
        if (rule.probability < 1 && drawUnit(random) >= rule.probability) continue;
        rule.left -= 1;
        if (rule.left === 0) rules.splice(i, 1);
        return rule;
      }
      return undefined;
    },
  };
}
