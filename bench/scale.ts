/**
 * Measure 5 — scale: one mock per process holding 100, 10,000 and 100,000 keys (seeded through
 * the `keys` option), timing an authenticated `GET /v1/me` and the first page of
 * `GET /v1/api-keys` through the mock's direct entry (CPU per request), and the heap the mock
 * holds per stored key (`--expose-gc`; measured with 100,000 keys, where fixed costs vanish).
 *
 * Goals (issue 6): `GET /v1/me` within 1.1× and the first page within 1.2× of the 100-key figure;
 * memory per stored key ≤ 1 kB.
 *
 * Run alone: `npx tsx bench/scale.ts` (`BENCH_QUICK=1` for a short run).
 */
import { checkGoal, isMain, printResult, quick, type Goal, type MeasureResult, type Row } from './lib/result.ts';
import { micros } from './lib/rounds.ts';
import { corePins, runChild } from './lib/spawn.ts';
import { summarize } from './lib/stats.ts';

interface ScaleReport {
  seedMs: number;
  bytesPerKey: number;
  me: number[];
  list: number[];
}

const SIZES = [100, 10_000, 100_000];

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureScale();
 * ```
 */
export async function measureScale(): Promise<MeasureResult> {
  const rounds = quick() ? 1 : 3;
  const samples = quick() ? 4 : 6;
  const cpu = corePins()?.load;
  const gathered = new Map(SIZES.map((size) => [size, { me: [] as number[], list: [] as number[], seedMs: [] as number[], bytes: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    for (const size of round % 2 === 0 ? SIZES : [...SIZES].reverse()) {
      const got = await runChild<ScaleReport>('children/scale-calls.ts', [String(size), String(samples), '500', '10000'], {
        cpu,
        timeoutMs: 120_000,
        nodeArgs: ['--expose-gc', '--max-old-space-size=2048'],
      });
      const into = gathered.get(size)!;
      into.me.push(...micros(got.me));
      into.list.push(...micros(got.list));
      into.seedMs.push(got.seedMs);
      into.bytes.push(got.bytesPerKey);
    }
  }
  const rows: Row[] = [];
  const goals: Goal[] = [];
  for (const [op, label, limit, goalId] of [
    ['me', 'GET /v1/me', 1.1, '4a'],
    ['list', 'GET /v1/api-keys (first page of 20)', 1.2, '4b'],
  ] as const) {
    const base = summarize(gathered.get(SIZES[0]!)![op]).median;
    for (const size of SIZES) {
      const summary = summarize(gathered.get(size)![op]);
      rows.push({ name: `${label}, ${size.toLocaleString('en-US')} keys`, summary, ratio: summary.median / base, ours: true });
    }
    const worst = Math.max(...SIZES.slice(1).map((size) => summarize(gathered.get(size)![op]).median / base));
    goals.push(checkGoal(goalId, `${label} at 10,000 and 100,000 keys ≤ ${limit}× the 100-key figure (worst)`, worst, limit, 'max', '×'));
  }
  const bytes = summarize(gathered.get(SIZES[SIZES.length - 1]!)!.bytes);
  goals.push(checkGoal('4c', 'heap per stored key (100,000 keys) ≤ 1,000 B', bytes.median, 1000, 'max', ' B'));
  const seed = summarize(gathered.get(SIZES[SIZES.length - 1]!)!.seedMs);
  return {
    id: 'scale',
    title: '5. Scale: the mock with 100 / 10,000 / 100,000 keys (direct entry, CPU per request)',
    unit: 'µs CPU/req',
    reference: 'the same request with 100 keys',
    higherIsBetter: false,
    rows,
    goals,
    notes: [
      `heap per stored key: ${bytes.median.toFixed(0)} B (${bytes.min.toFixed(0)}–${bytes.max.toFixed(0)}), template and live record included`,
      `seeding 100,000 keys through the keys option: ${seed.median.toFixed(0)} ms`,
    ],
  };
}

if (isMain(import.meta.url)) printResult(await measureScale());
