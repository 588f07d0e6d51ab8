/**
 * The faults waiting for the next requests: a chosen status, a network failure or a delay. Faults
 * queue up in the order injected; each is used by `count` requests, then the next one.
 */
import type { Fault, MockFaults } from '../types.js';

/** The queue behind `mock.faults`, plus the pipeline's way to take the fault for the next call. */
export interface FaultQueue extends MockFaults {
  /** The fault for the call being handled now, or `undefined`; uses one of its `count`. */
  take(): Fault | undefined;
}

interface Pending {
  fault: Fault;
  left: number;
}

/** Checks a fault given from plain JavaScript (or JSON), which the type cannot vouch for. */
function checkFault(fault: Fault): void {
  if ('status' in fault) {
    if (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599) {
      throw new RangeError('faults.inject({ status }) needs an integer HTTP status from 200 to 599.');
    }
  } else if ('delayMs' in fault) {
    if (!Number.isFinite(fault.delayMs) || fault.delayMs < 0) {
      throw new RangeError('faults.inject({ delayMs }) needs a finite, non-negative number of milliseconds.');
    }
  } else if (!('network' in fault) || (fault.network as unknown) !== true) {
    throw new TypeError('faults.inject() takes { status, headers?, body? }, { network: true } or { delayMs }.');
  }
}

/** Creates an empty fault queue. */
export function createFaultQueue(): FaultQueue {
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
