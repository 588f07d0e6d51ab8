/**
 * Child process of the scale measure (run with `--expose-gc`), in one of two modes:
 *
 * - `memory <count>`: ONE mock holding `<count>` keys, seeded through the `keys` option; reports
 *   the seeding time and the heap the mock holds per key.
 * - `timing <samples> <batch> <sizes…>`: one mock per size (say 100, 10,000, 100,000 keys) in this process,
 *   timed in alternating batches — `GET /v1/me` and the first page of `GET /v1/api-keys` through
 *   each mock's direct entry (the pipeline the HTTP server uses: faults, core, log) — so every
 *   size meets the same moment of a busy machine. Reports CPU ns per request per batch, by size.
 */
import { createMockApi, type MockApi, type SeedKey } from 'keysmith/mock';
import { composeSecret } from '../../src/secret-format.ts';
import { report } from '../lib/child-report.ts';
import { rotated } from '../lib/rounds.ts';
import { turn } from '../lib/turn.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** A distinct, valid secret per index, without a random source (fast, and the same every run). */
function secretOf(i: number): string {
  let body = '';
  for (let n = i, k = 0; k < 32; k++, n = Math.floor(n / 62)) body += BASE62.charAt((n + k * 7) % 62);
  return composeSecret('production', body);
}

/** Seeds for a mock of `count` keys in all (three of them are the seeded admin keys). */
function seedsFor(count: number): SeedKey[] {
  return Array.from({ length: Math.max(0, count - 3) }, (_, i) => ({
    secret: secretOf(i),
    name: `Key ${i}`,
    permissions: ['keys:read'],
  }));
}

function mockOf(keys: SeedKey[]): MockApi {
  return createMockApi({
    now: '2026-11-01T12:00:00Z',
    keys,
    plan: { per_minute: 1_000_000, per_hour: 100_000_000 },
    requestLogLimit: 1000,
  });
}

type Answer = (call: {
  method: string;
  url: string;
  header(name: string): string | null;
  body: { tooLarge: false; bytes: null };
}) => Promise<{ status: number; body: string }>;
const DIRECT = Symbol.for('keysmith.mock.answerCall');

/** One `GET` of `path` through the mock's direct entry; throws unless it is a 200. */
function getter(mock: MockApi, path: string): () => Promise<unknown> {
  const answer = (mock as unknown as Record<symbol, Answer>)[DIRECT];
  if (answer === undefined) throw new Error('the mock offers no direct entry');
  const headers: Record<string, string> = {
    authorization: `Bearer ${mock.adminKey}`,
    'keysmith-version': '2026-11-01',
  };
  const call = {
    method: 'GET',
    url: `https://api.keysmith.example${path}`,
    header: (name: string) => headers[name.toLowerCase()] ?? null,
    body: { tooLarge: false as const, bytes: null },
  };
  return async () => {
    const result = await answer(call);
    if (result.status !== 200) throw new Error(`${path}: ${result.status} ${result.body}`);
    return result;
  };
}

/** A mock seeded with `count` keys, and how long seeding took; the seed list is garbage once it returns. */
function seededMock(count: number): { mock: MockApi; seedMs: number } {
  const seeds = seedsFor(count);
  const started = performance.now();
  const mock = mockOf(seeds);
  return { mock, seedMs: performance.now() - started };
}

function cpuNs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1000;
}

const [mode = 'timing', first = '8', second = '300', ...sizes] = process.argv.slice(2);

if (mode === 'memory') {
  const count = Number(first);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const { mock, seedMs } = seededMock(count);
  gc();
  // Kept alive to here: what is measured is the heap this mock holds.
  const bytesPerKey = (process.memoryUsage().heapUsed - heapBefore) / count;
  report({ seedMs, bytesPerKey, keys: mock.adminKeys.production.length > 0 ? count : 0 });
} else {
  const samples = Number(first);
  const batch = Number(second);
  const mocks = sizes.map((size) => mockOf(seedsFor(Number(size))));
  gc();
  // A full GC leaves the sweeping to background threads, whose CPU time would land in the first samples.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const out: Record<string, number[][]> = {};
  for (const [op, path] of [
    ['me', '/v1/me'],
    ['list', '/v1/api-keys'],
  ] as const) {
    const bySize = mocks.map((mock) => ({ call: getter(mock, path), times: [] as number[] }));
    for (const { call } of bySize) for (let i = 0; i < batch * 4; i++) await call();
    // Bounded: samples × sizes batches, the order rotating so no size always goes first.
    for (let s = 0; s < samples; s++) {
      for (const { call, times } of rotated(bySize, s)) {
        await turn();
        const t0 = cpuNs();
        for (let i = 0; i < batch; i++) await call();
        times.push((cpuNs() - t0) / batch);
      }
    }
    out[op] = bySize.map(({ times }) => times);
  }
  report(out);
}
