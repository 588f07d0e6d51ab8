/**
 * Measure 2 — client per request over loopback: each client makes `GET /v1/me` one request after
 * the other against a plain `node:http` server on 127.0.0.1 (server and client pinned to separate
 * cores), one client per process, rounds interleaved. Wall time per request; reference: the
 * global `fetch` + `res.json()`.
 *
 * Goal (issue 6): Keysmith ≤ 1.3× raw fetch — checked with both in one process, timed in
 * alternating batches.
 *
 * Run alone: `npx tsx bench/loopback.ts` (`BENCH_QUICK=1` for a short run).
 */
import { checkGoal, isMain, printResult, quick, withRatios, type MeasureResult, type Row } from './lib/result.ts';
import { batchRatio } from './lib/pair.ts';
import { interleave, micros, pairedRatio, type Rounds } from './lib/rounds.ts';
import { corePins, runChild, startServerChild } from './lib/spawn.ts';
import { valueOf } from './lib/lookup.ts';
import { summarize } from './lib/stats.ts';
import type { Samples } from './lib/turn.ts';

const NAMES = ['fetch + res.json()', 'keysmith', 'openapi-fetch', 'ofetch', 'ky', 'openai'];

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureLoopback();
 * ```
 */
export async function measureLoopback(): Promise<MeasureResult> {
  const rounds = quick() ? 2 : 6;
  const samples = quick() ? 2 : 3;
  const pins = corePins();
  const server = await startServerChild('children/plain-server.ts', [], { cpu: pins?.server, timeoutMs: 15 * 60_000 });
  let gathered: Rounds;
  let pair: [Samples, Samples];
  try {
    const url = `http://127.0.0.1:${server.port}`;
    gathered = await interleave(NAMES, rounds, (name) =>
      runChild<Samples>('children/client-calls.ts', [name, url, String(samples), '200', '5000'], {
        cpu: pins?.load,
        timeoutMs: 60_000,
      }),
    );
    // The goal's cross-check: keysmith and raw fetch in one process, alternating batches.
    pair = await runChild<[Samples, Samples]>(
      'children/pair-calls.ts',
      ['keysmith', 'fetch + res.json()', url, quick() ? '10' : '30', '100'],
      { cpu: pins?.load, timeoutMs: 120_000 },
    );
  } finally {
    await server.stop();
  }
  const rows: Row[] = withRatios(
    NAMES.map((name) => ({
      name,
      summary: summarize(micros(valueOf(gathered, name), 'wall')),
      ours: name === 'keysmith',
    })),
    'fetch + res.json()',
  );
  const separate = pairedRatio(valueOf(gathered, 'keysmith'), valueOf(gathered, 'fetch + res.json()'), 'wall');
  const ratio = batchRatio(pair[0], pair[1], 'wall');
  // The client's own CPU per request, which a busy machine does not inflate: a second view of the same runs.
  const cpuOf = (name: string): number => summarize(micros(valueOf(gathered, name), 'cpu')).median;
  const cpuRatio = batchRatio(pair[0], pair[1], 'cpu');
  return {
    id: 'loopback',
    title: '2. Client per request over loopback (GET /v1/me to node:http on 127.0.0.1)',
    unit: 'µs/req',
    reference: 'fetch + res.json()',
    higherIsBetter: false,
    rows,
    goals: [
      checkGoal(
        '1b',
        'keysmith ≤ 1.3× raw fetch over loopback (alternating batches in one process)',
        ratio,
        1.3,
        'max',
        '×',
      ),
    ],
    chartGoal: { ratio: 1.3, id: '1b' },
    notes: [
      `goal 1b is taken with keysmith and raw fetch in one process, timed in alternating batches; from the table's separate processes (the median of ${rounds} rounds' ratios) it is ${separate.toFixed(2)}×`,
      `client CPU per request (the client process alone): keysmith ${cpuOf('keysmith').toFixed(0)} µs vs raw fetch ${cpuOf('fetch + res.json()').toFixed(0)} µs = ${cpuRatio.toFixed(2)}×`,
      pins === undefined
        ? 'server and client not pinned (no taskset or a single core)'
        : `server pinned to core ${pins.server}, client to core ${pins.load}`,
    ],
  };
}

if (isMain(import.meta.url)) printResult(await measureLoopback());
