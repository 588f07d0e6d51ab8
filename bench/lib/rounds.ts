/**
 * Side-by-side rounds: every contender runs once per round, in an order that rotates from round
 * to round, so a slow spell of a shared machine is spread over all of them instead of landing on one.
 */
import type { Samples } from './turn.ts';

/**
 * Runs `measure` for each name, `rounds` times, and gathers the samples per name.
 *
 * @example
 * ```ts
 * const byName = await interleave(['a', 'b'], 3, (name) => runChild('children/x.ts', [name], { timeoutMs: 60_000 }));
 * ```
 */
export async function interleave(names: readonly string[], rounds: number, measure: (name: string) => Promise<Samples>): Promise<Map<string, Samples>> {
  const gathered = new Map<string, Samples>(names.map((name) => [name, { wall: [], cpu: [] }]));
  for (let round = 0; round < rounds; round++) {
    const shift = round % names.length;
    for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
      const samples = await measure(name);
      gathered.get(name)!.wall.push(...samples.wall);
      gathered.get(name)!.cpu.push(...samples.cpu);
    }
  }
  return gathered;
}

/**
 * Nanoseconds to microseconds, for a whole list.
 *
 * @example
 * ```ts
 * micros([1500, 2500]); // [1.5, 2.5]
 * ```
 */
export function micros(ns: readonly number[]): number[] {
  return ns.map((n) => n / 1000);
}
