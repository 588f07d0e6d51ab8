/**
 * Fault injection: the next N requests get a chosen status, a network failure or a delay.
 * Faults queue up in the order injected; each is used by `count` requests, then the next one.
 */
import type { Fault, MockFaults } from '../types.js';

/**
 * The queue plus the core's way to take the fault for the next request.
 *
 * @example
 * ```ts
 * const fault = faults.take(); // undefined when none is pending
 * ```
 */
export interface CoreFaults extends MockFaults {
  /** The fault for the request being handled now, or `undefined`; uses one of its `count`. */
  take(): Fault | undefined;
}

interface Pending {
  fault: Fault;
  left: number;
}

function checkFault(fault: Fault): void {
  if ('status' in fault) {
    if (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599) {
      throw new RangeError('faults.inject({ status }) needs an integer HTTP status from 200 to 599.');
    }
  } else if ('delayMs' in fault) {
    if (!Number.isFinite(fault.delayMs) || fault.delayMs < 0) {
      throw new RangeError('faults.inject({ delayMs }) needs a finite, non-negative number of milliseconds.');
    }
  } else if (!('network' in fault) || fault.network !== true) {
    throw new TypeError('faults.inject() takes { status, headers?, body? }, { network: true } or { delayMs }.');
  }
}

/**
 * Creates an empty fault queue.
 *
 * @example
 * ```ts
 * const faults = createFaults();
 * faults.inject({ status: 503 }, 2);
 * faults.pending; // 2
 * ```
 */
export function createFaults(): CoreFaults {
  let queue: Pending[] = [];
  return {
    inject(fault, count = 1) {
      checkFault(fault);
      if (!Number.isInteger(count) || count < 1)
        throw new RangeError('faults.inject(fault, count) needs a positive integer count.');
      queue.push({ fault, left: count });
    },
    clear() {
      queue = [];
    },
    get pending() {
      let total = 0;
      for (const entry of queue) total += entry.left;
      return total;
    },
    take() {
      const head = queue[0];
      if (head === undefined) return undefined;
      head.left -= 1;
      if (head.left === 0) queue.shift();
      return head.fault;
    },
  };
}
