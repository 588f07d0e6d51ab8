/**
 * Child process of the scale measure (run with `--expose-gc`): ONE mock holding `<count>` keys,
 * seeded through the `keys` option. Reports the seeding time, the heap the mock holds per key,
 * and the CPU per request of `GET /v1/me` and of the first page of `GET /v1/api-keys`, both
 * through the mock's direct entry (the pipeline the HTTP server uses: faults, core, log).
 * Usage: `scale-calls.ts <count> <samples> <batch> <maxMs>`.
 */
import { createMockApi, type SeedKey } from 'keysmith/mock';
import { composeSecret } from '../../src/secret-format.ts';
import { ANSWER_CALL, type AnswerCall } from '../../mock/node/answer-call.ts';
import { report } from '../lib/child-report.ts';
import { sampleCalls, type Samples } from '../lib/turn.ts';

const [count = '100', samples = '8', batch = '500', maxMs = '8000'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** A distinct, valid secret per index, without a random source (fast, and the same every run). */
function secretOf(i: number): string {
  let body = '';
  for (let n = i, k = 0; k < 32; k++, n = Math.floor(n / 62)) body += BASE62[(n + k * 7) % 62];
  return composeSecret('production', body);
}

// Three keys are the seeded admin keys; the rest are fixtures.
const fixtures = Math.max(0, Number(count) - 3);
gc();
const heapBefore = process.memoryUsage().heapUsed;
let seeds: SeedKey[] | undefined = Array.from({ length: fixtures }, (_, i) => ({ secret: secretOf(i), name: `Key ${i}`, permissions: ['keys:read'] }));
const seedStart = performance.now();
const mock = createMockApi({ now: '2026-11-01T12:00:00Z', keys: seeds, plan: { per_minute: 1_000_000, per_hour: 100_000_000 }, requestLogLimit: 1000 });
const seedMs = performance.now() - seedStart;
seeds = undefined;
gc();
// A full GC leaves the sweeping to background threads, whose CPU time would land in the first samples.
await new Promise((resolve) => setTimeout(resolve, 300));

const answer = (mock as unknown as Record<symbol, AnswerCall>)[ANSWER_CALL]!;
const headers: Record<string, string> = { authorization: `Bearer ${mock.adminKey}`, 'keysmith-version': '2026-11-01' };
const header = (name: string): string | null => headers[name.toLowerCase()] ?? null;
const NO_BODY = { tooLarge: false as const, bytes: null };
const get = (url: string) => async (): Promise<unknown> => {
  const result = await answer({ method: 'GET', url, header, body: NO_BODY });
  if (result.status !== 200) throw new Error(`${url}: ${result.status} ${result.body}`);
  return result;
};
const plan = { warmupCalls: Number(batch) * 4, samples: Number(samples), batch: Number(batch), maxMs: Number(maxMs) };
const me: Samples = await sampleCalls(get('https://api.keysmith.example/v1/me'), plan);
const list: Samples = await sampleCalls(get('https://api.keysmith.example/v1/api-keys'), plan);

// The heap the mock holds, measured last: its request log emptied, everything else kept.
mock.requests.clear();
gc();
const bytesPerKey = (process.memoryUsage().heapUsed - heapBefore) / Number(count);
report({ seedMs, bytesPerKey, me: me.cpu, list: list.cpu });
