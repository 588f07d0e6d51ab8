/**
 * Measure 5 — scale: the mock holding 100, 10,000 and 100,000 keys (seeded through the `keys`
 * option). Timing: one process holds a mock of each size and times them in alternating batches
 * (CPU per request through the direct entry) — an authenticated `GET /v1/me` and the first page of
 * `GET /v1/api-keys` — so every size meets the same moment of a busy machine; a few such processes.
 * Memory: one mock of 100,000 keys per process (`--expose-gc`), heap held per stored key.
 *
 * Goals (issue 6): `GET /v1/me` within 1.1× and the first page within 1.2× of the 100-key figure;
 * memory per stored key ≤ 1 kB.
 *
 * Run alone: `npx tsx bench/scale.ts` (`BENCH_QUICK=1` for a short run).
 */
import { itemAt } from './lib/lookup.ts';
import { checkGoal, isMain, printResult, quick, type Goal, type MeasureResult, type Row } from './lib/result.ts';
import { corePins, runChild } from './lib/spawn.ts';
import { summarize } from './lib/stats.ts';

type Timing = Record<'me' | 'list', number[][]>;

interface MemoryReport {
  seedMs: number;
  bytesPerKey: number;
}

const NODE_ARGS = ['--expose-gc', '--max-old-space-size=2048'];
/** The sizes timed side by side; the first is the reference. */
const SCALE_SIZES = [100, 10_000, 100_000];

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureScale();
 * ```
 */
export async function measureScale(): Promise<MeasureResult> {
  const processes = quick() ? 1 : 3;
  const cpu = corePins()?.load;
  const timings: Timing[] = [];
  const memory: MemoryReport[] = [];
  for (let i = 0; i < processes; i++) {
    timings.push(
      await runChild<Timing>(
        'children/scale-calls.ts',
        ['timing', quick() ? '10' : '30', '150', ...SCALE_SIZES.map(String)],
        { cpu, timeoutMs: 180_000, nodeArgs: NODE_ARGS },
      ),
    );
    memory.push(
      await runChild<MemoryReport>('children/scale-calls.ts', ['memory', String(SCALE_SIZES.at(-1))], {
        cpu,
        timeoutMs: 120_000,
        nodeArgs: NODE_ARGS,
      }),
    );
  }
  const rows: Row[] = [];
  const goals: Goal[] = [];
  for (const [op, label, limit, goalId] of [
    ['me', 'GET /v1/me', 1.1, '4a'],
    ['list', 'GET /v1/api-keys (first page of 20)', 1.2, '4b'],
  ] as const) {
    // Batch by batch against the 100-key batch next to it, then the median of those ratios.
    const ratioTo100 = (index: number): number =>
      summarize(
        timings.flatMap((timing) => {
          const at100 = itemAt(timing[op], 0);
          return itemAt(timing[op], index).map((ns, s) => ns / itemAt(at100, s));
        }),
      ).median;
    SCALE_SIZES.forEach((size, index) => {
      const summary = summarize(timings.flatMap((timing) => itemAt(timing[op], index).map((ns) => ns / 1000)));
      rows.push({
        name: `${label}, ${size.toLocaleString('en-US')} keys`,
        summary,
        ratio: ratioTo100(index),
        ours: true,
      });
    });
    const worst = Math.max(...SCALE_SIZES.slice(1).map((_, i) => ratioTo100(i + 1)));
    goals.push(
      checkGoal(
        goalId,
        `${label} at 10,000 and 100,000 keys ≤ ${limit}× the 100-key figure (worst)`,
        worst,
        limit,
        'max',
        '×',
      ),
    );
  }
  const bytes = summarize(memory.map((got) => got.bytesPerKey));
  goals.push(checkGoal('4c', 'heap per stored key (100,000 keys) ≤ 1,000 B', bytes.median, 1000, 'max', ' B'));
  const seed = summarize(memory.map((got) => got.seedMs));
  return {
    id: 'scale',
    title: '5. Scale: the mock with 100 / 10,000 / 100,000 keys (CPU per request)',
    unit: 'µs CPU/req',
    reference: '100 keys',
    higherIsBetter: false,
    rows,
    goals,
    notes: [
      `heap per stored key: ${bytes.median.toFixed(0)} B (${bytes.min.toFixed(0)}–${bytes.max.toFixed(0)}), the seed template and the live record included`,
      `seeding 100,000 keys through the keys option: ${seed.median.toFixed(0)} ms`,
    ],
  };
}

if (isMain(import.meta.url)) printResult(await measureScale());
