/**
 * Side-by-side rounds: every contender runs once per round, in an order that rotates from round
 * to round, so a slow spell of a shared machine is spread over all of them instead of landing on
 * one. Ratios are taken round by round (contenders measured seconds apart) and their median kept.
 */
import { summarize } from './stats.ts';
import type { Samples } from './turn.ts';

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
    const shift = round % names.length;
    for (const name of [...names.slice(shift), ...names.slice(0, shift)]) gathered.get(name)!.push(await measure(name));
  }
  return gathered;
}

/**
 * Every sample of a contender on one clock, in microseconds.
 *
 * @example
 * ```ts
 * summarize(micros(rounds.get('keysmith')!, 'cpu')).median;
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
 * pairedRatio(rounds.get('keysmith')!, rounds.get('openapi-fetch')!, 'cpu'); // 1.07
 * ```
 */
export function pairedRatio(a: readonly Samples[], b: readonly Samples[], clock: 'cpu' | 'wall'): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    ratios.push(summarize(a[i]![clock]).median / summarize(b[i]![clock]).median);
  return summarize(ratios).median;
}
