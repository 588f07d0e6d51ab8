/**
 * Medians and spreads of samples: a benchmark reports the median of its samples and their
 * min–max, never a mean that one slow sample (a GC, a neighbour on the machine) can drag.
 */
import { itemAt } from './lookup.ts';

/**
 * The median, min and max of a set of samples.
 *
 * @example
 * ```ts
 * const s: Summary = summarize([3, 1, 2]); // { median: 2, min: 1, max: 3, count: 3 }
 * ```
 */
export interface Summary {
  median: number;
  min: number;
  max: number;
  count: number;
}

/**
 * Summarises samples; an empty set gives NaN everywhere so a missing measure cannot pass as 0.
 *
 * @example
 * ```ts
 * summarize([10, 12, 11]).median; // 11
 * ```
 */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, count: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1 ? itemAt(sorted, middle) : (itemAt(sorted, middle - 1) + itemAt(sorted, middle)) / 2;
  return { median, min: itemAt(sorted, 0), max: itemAt(sorted, -1), count: sorted.length };
}
