/**
 * Side-by-side rounds: every contender runs once per round, in an order that rotates from round
 * to round, so a slow spell of a shared machine is spread over all of them instead of landing on
 * one. Ratios are taken round by round (contenders measured seconds apart) and their median kept.
 */
import { valueOf } from './lookup.ts';
import { summarize } from './stats.ts';
import type { Samples } from './turn.ts';

/**
 * The items in the order of round `round`: rotated by one more each round, so none always goes first.
 *
 * @example
 * ```ts
 * rotated(['a', 'b', 'c'], 1); // ['b', 'c', 'a']
 * ```
 */
export function rotated<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * Each contender's samples, one entry per round.
 *
 * @example
 * ```ts
 * const rounds: Rounds = await interleave(['a', 'b'], 5, measure);
 * ```
 */
export type Rounds = Map<string, Samples[]>;

/**
 * Runs `measure` for each name, `rounds` times, rotating the order.
 *
 * @example
 * ```ts
 * const byName = await interleave(['a', 'b'], 3, (name) => runChild('children/x.ts', [name], { timeoutMs: 60_000 }));
 * ```
 */
export async function interleave(
  names: readonly string[],
  rounds: number,
  measure: (name: string) => Promise<Samples>,
): Promise<Rounds> {
  const gathered: Rounds = new Map(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const name of rotated(names, round)) valueOf(gathered, name).push(await measure(name));
  }
  return gathered;
}

/**
 * Every sample of a contender on one clock, in microseconds.
 *
 * @example
 * ```ts
 * summarize(micros(valueOf(rounds, 'keysmith'), 'cpu')).median;
 * ```
 */
export function micros(samples: readonly Samples[], clock: 'cpu' | 'wall'): number[] {
  return samples.flatMap((s) => s[clock].map((ns) => ns / 1000));
}

/**
 * The median over rounds of `a`'s median over `b`'s median in the same round.
 *
 * @example
 * ```ts
 * pairedRatio(valueOf(rounds, 'keysmith'), valueOf(rounds, 'openapi-fetch'), 'cpu'); // 1.07
 * ```
 */
export function pairedRatio(a: readonly Samples[], b: readonly Samples[], clock: 'cpu' | 'wall'): number {
  const ratios: number[] = [];
  for (const [round, ours] of a.entries()) {
    const theirs = b[round];
    if (theirs === undefined) break;
    ratios.push(summarize(ours[clock]).median / summarize(theirs[clock]).median);
  }
  return summarize(ratios).median;
}
