/**
 * Measure 1 — SDK CPU per call: each client makes `GET /v1/me` through a fake `fetch` that
 * answers at once (same response for all), one client per process, rounds interleaved so the
 * machine's drift hits every client alike. Reference: `fetch + res.json()` on the same fake fetch.
 *
 * Goal (issue 6): Keysmith ≤ 1.15× bare openapi-fetch making the same call with the same
 * per-attempt timeout signal — checked with the two clients in one process, timed in alternating
 * batches (a noisy machine shifts clients measured seconds apart by more than the margin).
 *
 * Run alone: `npx tsx bench/cpu-per-call.ts` (`BENCH_QUICK=1` for a short run).
 */
import {
  checkGoal,
  isMain,
  medianOf,
  printResult,
  quick,
  withRatios,
  type MeasureResult,
  type Row,
} from './lib/result.ts';
import { batchRatio } from './lib/pair.ts';
import { interleave, micros, pairedRatio } from './lib/rounds.ts';
import { corePins, runChild } from './lib/spawn.ts';
import { valueOf } from './lib/lookup.ts';
import { summarize } from './lib/stats.ts';
import type { Samples } from './lib/turn.ts';

// Keysmith next to the peer its goal compares it with, so the two always run seconds apart.
const NAMES = [
  'fetch + res.json()',
  'openapi-fetch',
  'keysmith',
  'openapi-fetch + timeout as keysmith',
  'openapi-fetch + signal',
  'openapi-fetch + 1 middleware',
  'ofetch',
  'ky',
  'stripe',
  'openai',
];

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureCpuPerCall();
 * ```
 */
export async function measureCpuPerCall(): Promise<MeasureResult> {
  // Many short rounds rather than a few long ones: on a shared machine the load changes by the second.
  const rounds = quick() ? 2 : 6;
  const cpu = corePins()?.load;
  const gathered = await interleave(NAMES, rounds, (name) =>
    runChild<Samples>('children/client-calls.ts', [name, 'fake', '3', '500', '4000'], { cpu, timeoutMs: 60_000 }),
  );
  const rows: Row[] = withRatios(
    NAMES.map((name) => ({
      name,
      summary: summarize(micros(valueOf(gathered, name), 'cpu')),
      ours: name === 'keysmith',
    })),
    'fetch + res.json()',
  );
  const paired = (peer: string): number => pairedRatio(valueOf(gathered, 'keysmith'), valueOf(gathered, peer), 'cpu');
  // A cross-check that a busy machine disturbs less: both clients in one process, alternating batches.
  const [ours, theirs] = await runChild<[Samples, Samples]>(
    'children/pair-calls.ts',
    ['keysmith', 'openapi-fetch + timeout as keysmith', 'fake', quick() ? '20' : '60', '200'],
    {
      cpu,
      timeoutMs: 120_000,
    },
  );
  const inProcess = batchRatio(ours, theirs, 'cpu');
  const likeForLike = paired('openapi-fetch + timeout as keysmith');
  const withSignal = paired('openapi-fetch + signal');
  for (const row of rows) {
    if (row.name === 'openapi-fetch + timeout as keysmith')
      row.note = 'AbortController + timer per attempt, signal as fetch init';
    if (row.name === 'openapi-fetch + signal') row.note = 'signal per request, inside the Request';
  }
  return {
    id: 'cpu',
    title: '1. SDK CPU per call (GET /v1/me, fake fetch answering at once)',
    unit: 'µs CPU/call',
    reference: 'fetch + res.json()',
    higherIsBetter: false,
    rows,
    goals: [
      checkGoal(
        '1a',
        'keysmith ≤ 1.15× openapi-fetch with the same per-attempt timeout (alternating batches in one process)',
        inProcess,
        1.15,
        'max',
        '×',
      ),
    ],
    chartGoal: {
      ratio: (1.15 * medianOf(rows, 'openapi-fetch + timeout as keysmith')) / medianOf(rows, 'fetch + res.json()'),
      id: '1a',
    },
    notes: [
      `goal 1a is taken with both clients in one process, timed in alternating batches, which a busy machine disturbs far less than clients seconds apart; from the table's separate processes (the median of ${rounds} rounds' ratios) it is ${likeForLike.toFixed(2)}×`,
      `keysmith / openapi-fetch with a per-request signal in the Request: ${withSignal.toFixed(2)}×; / bare openapi-fetch without a timeout: ${paired('openapi-fetch').toFixed(2)}×`,
    ],
  };
}

if (isMain(import.meta.url)) printResult(await measureCpuPerCall());
