/**
 * The request log: what a test asserts on. It keeps the newest `limit` entries, so a long
 * benchmark or stress run does not grow the mock without bound.
 */
import type { LoggedRequest, MockRequestLog } from '../types.js';

/** The log plus the core's way to append to it. */
export interface CoreRequestLog extends MockRequestLog {
  add(entry: LoggedRequest): void;
}

/** Creates an empty log that holds at most `limit` entries (the oldest are dropped first). */
export function createRequestLog(limit: number): CoreRequestLog {
  let entries: LoggedRequest[] = [];
  return {
    add(entry) {
      entries.push(entry);
      // Trimming in halves keeps `add` amortised O(1) instead of shifting on every request.
      if (entries.length > limit * 2 || (limit < 64 && entries.length > limit)) entries = entries.slice(-limit);
    },
    all: () => (entries.length > limit ? entries.slice(-limit) : entries.slice()),
    clear() {
      entries = [];
    },
  };
}
