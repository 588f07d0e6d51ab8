/**
 * Measure 6b — import + construct: what importing a client and building one instance adds to an
 * empty script. Each sample is a fresh `node` running a one-line module (the SDK as its ESM dist
 * file is built, peers from node_modules); the module reports the time since the process started
 * and its CPU time, and the empty script's median is subtracted. Contenders interleaved.
 *
 * Goal (issue 6): Keysmith ≤ 1.2× openapi-fetch.
 *
 * Run alone: `npx tsx bench/import-time.ts` (`BENCH_QUICK=1` for a short run).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { composeSecret } from '../src/secret-format.ts';
import { REPORT_LINE } from './lib/report-line.ts';
import { buildSdkForNode } from './lib/bundle.ts';
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
import { CACHE_DIR, corePins, runChild } from './lib/spawn.ts';
import { valueOf } from './lib/lookup.ts';
import { summarize } from './lib/stats.ts';

interface ImportReport {
  wall: number;
  cpu: number;
}

const API_KEY = composeSecret('production', 'Imp0rtImp0rtImp0rtImp0rtImp0rt00');

function modules(sdk: string): [name: string, source: string][] {
  return [
    ['empty script', ''],
    ['keysmith', `import { Keysmith } from ${JSON.stringify(sdk)};\nnew Keysmith({ apiKey: '${API_KEY}' });`],
    [
      'openapi-fetch',
      `import createClient from 'openapi-fetch';\ncreateClient({ baseUrl: 'https://api.keysmith.example' });`,
    ],
    ['ofetch', `import { ofetch } from 'ofetch';\nofetch.create({ baseURL: 'https://api.keysmith.example' });`],
    ['ky', `import ky from 'ky';\nky.create({ prefixUrl: 'https://api.keysmith.example' });`],
    ['stripe', `import Stripe from 'stripe';\nnew Stripe('sk_test_import');`],
    ['openai', `import OpenAI from 'openai';\nnew OpenAI({ apiKey: 'sk-import' });`],
  ];
}

/**
 * Runs the measure.
 *
 * @example
 * ```ts
 * const result = await measureImportTime();
 * ```
 */
export async function measureImportTime(): Promise<MeasureResult> {
  const samples = quick() ? 5 : 25;
  const sdk = await buildSdkForNode();
  const dir = `${CACHE_DIR}import/`;
  await mkdir(dir, { recursive: true });
  const files: [string, string][] = [];
  for (const [name, source] of modules(sdk)) {
    const file = `${dir}${name.replace(/\W+/g, '-')}.mjs`;
    await writeFile(file, `${source}\n${REPORT_LINE}\n`);
    files.push([name, file]);
  }
  const wall = new Map<string, number[]>(files.map(([name]) => [name, []]));
  const cpu = new Map<string, number[]>(files.map(([name]) => [name, []]));
  const pin = corePins()?.load;
  for (let i = 0; i < samples; i++) {
    for (const [name, file] of i % 2 === 0 ? files : [...files].reverse()) {
      const got = await runChild<ImportReport>(file, [], { cpu: pin, timeoutMs: 30_000 });
      valueOf(wall, name).push(got.wall);
      valueOf(cpu, name).push(got.cpu);
    }
  }
  const emptyWall = summarize(valueOf(wall, 'empty script')).median;
  const emptyCpu = summarize(valueOf(cpu, 'empty script')).median;
  const rows: Row[] = withRatios(
    files
      .filter(([name]) => name !== 'empty script')
      .map(([name]) => ({
        name,
        summary: summarize(valueOf(wall, name).map((ms) => ms - emptyWall)),
        ours: name === 'keysmith',
      })),
    'openapi-fetch',
  );
  const added = (name: string): number => summarize(valueOf(cpu, name)).median - emptyCpu;
  const ratio = medianOf(rows, 'keysmith') / medianOf(rows, 'openapi-fetch');
  return {
    id: 'import',
    title: '6b. Import + construct, added to an empty script (fresh node per sample)',
    unit: 'ms',
    reference: 'openapi-fetch',
    higherIsBetter: false,
    rows,
    goals: [checkGoal('5b', 'keysmith import + construct ≤ 1.2× openapi-fetch', ratio, 1.2, 'max', '×')],
    chartGoal: { ratio: 1.2, id: '5b' },
    notes: [
      `empty script: ${emptyWall.toFixed(1)} ms to reach its last line`,
      `CPU time added: keysmith ${added('keysmith').toFixed(1)} ms, openapi-fetch ${added('openapi-fetch').toFixed(1)} ms (${(added('keysmith') / added('openapi-fetch')).toFixed(2)}×)`,
    ],
  };
}

if (isMain(import.meta.url)) printResult(await measureImportTime());
