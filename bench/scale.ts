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
  const rounds = quick() ? 2 : 4;
  const cpu = corePins()?.load;
  const reports = new Map<number, ScaleReport[]>(SIZES.map((size) => [size, []]));
  for (let round = 0; round < rounds; round++) {
    for (const size of round % 2 === 0 ? SIZES : [...SIZES].reverse()) {
      const got = await runChild<ScaleReport>('children/scale-calls.ts', [String(size), '3', '500', '8000'], {
        cpu,
        timeoutMs: 120_000,
        nodeArgs: ['--expose-gc', '--max-old-space-size=2048'],
      });
      reports.get(size)!.push(got);
    }
  }
  const rows: Row[] = [];
  const goals: Goal[] = [];
  const us = (ns: readonly number[]): number[] => ns.map((n) => n / 1000);
  for (const [op, label, limit, goalId] of [
    ['me', 'GET /v1/me', 1.1, '4a'],
    ['list', 'GET /v1/api-keys (first page of 20)', 1.2, '4b'],
  ] as const) {
    // Each size against the 100-key figure of the same round, sizes measured seconds apart.
    const ratioTo100 = (size: number): number => {
      const base = reports.get(SIZES[0]!)!;
      const ratios = reports.get(size)!.map((got, i) => summarize(got[op]).median / summarize(base[i]![op]).median);
      return summarize(ratios).median;
    };
    for (const size of SIZES) {
      const summary = summarize(us(reports.get(size)!.flatMap((got) => got[op])));
      rows.push({ name: `${label}, ${size.toLocaleString('en-US')} keys`, summary, ratio: ratioTo100(size), ours: true });
    }
    const worst = Math.max(...SIZES.slice(1).map(ratioTo100));
    goals.push(checkGoal(goalId, `${label} at 10,000 and 100,000 keys ≤ ${limit}× the 100-key figure (worst)`, worst, limit, 'max', '×'));
  }
  const largest = reports.get(SIZES[SIZES.length - 1]!)!;
  const bytes = summarize(largest.map((got) => got.bytesPerKey));
  goals.push(checkGoal('4c', 'heap per stored key (100,000 keys) ≤ 1,000 B', bytes.median, 1000, 'max', ' B'));
  const seed = summarize(largest.map((got) => got.seedMs));
  return {
    id: 'scale',
    title: '5. Scale: the mock with 100 / 10,000 / 100,000 keys (direct entry, CPU per request)',
    unit: 'µs CPU/req',
    reference: 'the same request with 100 keys (paired by round)',
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
