/**
 * Measure 4 — `keysmith-mock` over HTTP: requests per second under autocannon (10 connections,
 * 1 s warm-up, then a bounded run) cycling `GET /v1/me`, `GET /v1/api-keys?limit=10` and
 * `GET /v1/api-keys/{id}`, against the mock's HTTP server and against a plain `node:http` server
 * over Maps answering the same mix (reference); Prism (`prism mock openapi.yaml -v error`) once,
 * for context. Server and load generator pinned to separate cores; rounds interleaved.
 *
 * Goal (issue 6): keysmith-mock ≥ 0.3× plain node:http + Map.
 *
 * Run alone: `npx tsx bench/mock-server-throughput.ts` (`BENCH_QUICK=1` for a short run).
 */
import { createServer } from 'node:net';
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
import { corePins, REPO_ROOT, runChild, startServerChild, type ServerChild } from './lib/spawn.ts';
import { valueOf } from './lib/lookup.ts';
import { summarize } from './lib/stats.ts';

interface LoadResult {
  rps: number;
  non2xx: number;
  errors: number;
  total: number;
  answered: number;
}

const MAP = 'node:http + Map';
const MOCK = 'keysmith-mock';
const PRISM = 'prism mock (-v error)';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function startServer(name: string, cpu: number | undefined): Promise<ServerChild> {
  if (name === MAP) return startServerChild('children/map-server.ts', [], { cpu, timeoutMs: 5 * 60_000 });
  if (name === MOCK) return startServerChild('children/mock-server.ts', [], { cpu, timeoutMs: 5 * 60_000 });
  const port = await freePort();
  return startServerChild(
    `${REPO_ROOT}node_modules/@stoplight/prism-cli/dist/index.js`,
    ['mock', `${REPO_ROOT}openapi.yaml`, '-h', '127.0.0.1', '-p', String(port), '-v', 'error'],
    { cpu, timeoutMs: 5 * 60_000, readyMs: 60_000, port },
  );
}

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureMockServerThroughput();
 * ```
 */
export async function measureMockServerThroughput(options: { prism?: boolean } = {}): Promise<MeasureResult> {
  const rounds = quick() ? 1 : 3;
  const seconds = quick() ? 2 : 5;
  const pins = corePins();
  const names = options.prism === false ? [MAP, MOCK] : [MAP, MOCK, PRISM];
  const runs = new Map<string, number[]>(names.map((name) => [name, []]));
  // Requests per CPU-second of the server: what it could serve if the load generator (sharing a
  // small machine) never held it back.
  const capacity = new Map<string, number[]>(names.map((name) => [name, []]));
  const notes: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      // Prism starts slowly and answers slowly: once is enough to place it.
      if (name === PRISM && valueOf(runs, PRISM).length > 0) continue;
      let server: ServerChild;
      try {
        server = await startServer(name, pins?.server);
      } catch (error) {
        notes.push(`${name} did not start: ${String(error).split('\n')[0]}`);
        continue;
      }
      try {
        const cpuBefore = server.cpuMs();
        const load = await runChild<LoadResult>(
          'children/load.ts',
          [`http://127.0.0.1:${server.port}`, String(seconds)],
          { cpu: pins?.load, timeoutMs: 60_000 },
        );
        const cpuAfter = server.cpuMs();
        if (load.non2xx > 0 || load.errors > 0)
          notes.push(`${name}: ${load.non2xx} non-2xx answers and ${load.errors} errors of ${load.total}`);
        valueOf(runs, name).push(load.rps);
        if (cpuBefore !== undefined && cpuAfter !== undefined && cpuAfter > cpuBefore && name !== PRISM) {
          valueOf(capacity, name).push(load.answered / ((cpuAfter - cpuBefore) / 1000));
        }
      } finally {
        await server.stop();
      }
    }
  }
  const rows: Row[] = withRatios(
    names
      .filter((name) => valueOf(runs, name).length > 0)
      .map((name) => ({ name, summary: summarize(valueOf(runs, name)), ours: name === MOCK })),
    MAP,
  );
  const ratio = medianOf(rows, MOCK) / medianOf(rows, MAP);
  const perCpu = (name: string): number => summarize(valueOf(capacity, name)).median;
  const capacityRatio = perCpu(MOCK) / perCpu(MAP);
  if (Number.isFinite(capacityRatio)) {
    notes.push(
      `requests per server CPU-second: keysmith-mock ${perCpu(MOCK).toFixed(0)}, node:http + Map ${perCpu(MAP).toFixed(0)} = ${capacityRatio.toFixed(2)}× (unaffected by a load generator that cannot saturate the server)`,
    );
  }
  const prism = medianOf(rows, PRISM);
  if (Number.isFinite(prism)) notes.push(`keysmith-mock / Prism: ${(medianOf(rows, MOCK) / prism).toFixed(1)}×`);
  notes.push(`${seconds} s runs, 10 connections, mix: GET /v1/me, GET /v1/api-keys?limit=10, GET /v1/api-keys/{id}`);
  if (pins !== undefined) notes.push(`server pinned to core ${pins.server}, autocannon to core ${pins.load}`);
  return {
    id: 'http',
    title: '4. Mock server over HTTP (autocannon, 10 connections)',
    unit: 'req/s',
    reference: MAP,
    higherIsBetter: true,
    rows,
    goals: [
      checkGoal('3', 'keysmith-mock ≥ 0.3× plain node:http + Map (req/s)', ratio, 0.3, 'min', '×'),
      checkGoal('3′', 'the same in requests per server CPU-second', capacityRatio, 0.3, 'min', '×'),
    ],
    chartGoal: { ratio: 0.3, id: '3' },
    notes,
  };
}

if (isMain(import.meta.url)) printResult(await measureMockServerThroughput());
