/**
 * Measure 3 — in-process MSW per request: raw `fetch + res.json()` of `GET /v1/me` answered by
 * `setupServer` with the Keysmith mock's one handler (a valid key, so the whole pipeline runs),
 * by one MSW handler returning a constant, and by 50 constant handlers where the 50th matches;
 * raw loopback fetch to a plain `node:http` server for context. One interception per process;
 * CPU time per request; rounds interleaved.
 *
 * Goal (issue 6): the Keysmith mock ≤ 1.2× an MSW handler returning a constant — checked with
 * both in one process, listening in turn batch by batch.
 *
 * Run alone: `npx tsx bench/msw-in-process.ts` (`BENCH_QUICK=1` for a short run).
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
import { interleave, micros, pairedRatio, type Rounds } from './lib/rounds.ts';
import { corePins, runChild, startServerChild } from './lib/spawn.ts';
import { itemAt, valueOf } from './lib/lookup.ts';
import { summarize } from './lib/stats.ts';
import type { Samples } from './lib/turn.ts';

const CONSTANT = 'msw, 1 constant handler';
const NAMES = [
  'raw loopback fetch',
  'msw, 50 constant handlers, match last',
  CONSTANT,
  'keysmith mock via setupServer',
];

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureMswInProcess();
 * ```
 */
export async function measureMswInProcess(): Promise<MeasureResult> {
  const rounds = quick() ? 2 : 6;
  const samples = quick() ? 2 : 3;
  const pins = corePins();
  const server = await startServerChild('children/plain-server.ts', [], { cpu: pins?.server, timeoutMs: 15 * 60_000 });
  let gathered: Rounds;
  let pair: [number[], number[]];
  try {
    const loopback = `http://127.0.0.1:${server.port}`;
    gathered = await interleave(NAMES, rounds, (name) =>
      runChild<Samples>('children/msw-calls.ts', [name, loopback, String(samples), '300', '10000'], {
        cpu: pins?.load,
        timeoutMs: 90_000,
      }),
    );
    // The goal's cross-check: both handlers in one process, alternating batches.
    pair = await runChild<[number[], number[]]>('children/msw-pair.ts', [quick() ? '10' : '30', '200'], {
      cpu: pins?.load,
      timeoutMs: 180_000,
    });
  } finally {
    await server.stop();
  }
  const rows: Row[] = withRatios(
    NAMES.map((name) => ({
      name,
      summary: summarize(micros(valueOf(gathered, name), 'cpu')),
      ours: name.startsWith('keysmith'),
    })),
    'raw loopback fetch',
  );
  const separate = pairedRatio(valueOf(gathered, 'keysmith mock via setupServer'), valueOf(gathered, CONSTANT), 'cpu');
  const ratio = summarize(pair[1].map((ns, i) => ns / itemAt(pair[0], i))).median;
  const perHandler = (medianOf(rows, 'msw, 50 constant handlers, match last') - medianOf(rows, CONSTANT)) / 49;
  return {
    id: 'msw',
    title: '3. In-process MSW per request (fetch + res.json() of GET /v1/me)',
    unit: 'µs CPU/req',
    reference: 'raw loopback fetch',
    higherIsBetter: false,
    rows,
    goals: [
      checkGoal(
        '2',
        'keysmith mock ≤ 1.2× an MSW handler returning a constant (alternating batches in one process)',
        ratio,
        1.2,
        'max',
        '×',
      ),
    ],
    chartGoal: { ratio: (1.2 * medianOf(rows, CONSTANT)) / medianOf(rows, 'raw loopback fetch'), id: '2' },
    notes: [
      `goal 2 is taken with both setupServer instances in one process, listening in turn batch by batch; from the table's separate processes (the median of ${rounds} rounds' ratios) it is ${separate.toFixed(2)}×`,
      `each MSW handler passed over costs about ${perHandler.toFixed(1)} µs`,
      'raw loopback: CPU of the client process only (the server runs in another process)',
    ],
  };
}

if (isMain(import.meta.url)) printResult(await measureMswInProcess());
