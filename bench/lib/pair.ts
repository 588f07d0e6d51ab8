/**
 * The goal cross-check: two contenders in one process, timed in alternating batches, and the
 * median of the batch-by-batch ratios.
 */
import { itemAt } from './lookup.ts';
import { summarize } from './stats.ts';
import type { Samples } from './turn.ts';

/**
 * The median over batches of `a`'s figure over `b`'s figure in the neighbouring batch.
 *
 * @example
 * ```ts
 * const [ours, theirs] = await runChild<[Samples, Samples]>('children/pair-calls.ts', [...], options);
 * batchRatio(ours, theirs, 'cpu'); // 1.07
 * ```
 */
export function batchRatio(a: Samples, b: Samples, clock: 'cpu' | 'wall'): number {
  return summarize(a[clock].map((ns, i) => ns / itemAt(b[clock], i))).median;
}
