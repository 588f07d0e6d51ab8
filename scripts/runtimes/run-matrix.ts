/**
 * `npm run test:runtimes`: the packed package's smoke suite on every runtime users run it on.
 *
 *   build + npm pack → two throw-away consumer projects (tarball + msw 2.15.0, tarball + msw 3)
 *   → Node 20 (ESM and CJS), Node 22, Node 24, Deno, Bun, headless Chromium; Node 22/24 on msw 3 (and CJS on 24)
 *   → the mock's own suite (test/mock) on Node 24 with msw 3
 *
 * Each row runs three cells: `core` (the mock's core as the SDK's fetch), `msw` (setupServer, or
 * setupWorker in the page) and `http` (a `keysmith-mock` server on 127.0.0.1:0). Runtimes live in
 * .cache/runtimes/ (git-ignored), Chromium is Debian's. Flags: `--no-build` packs the dist/ there is;
 * `--tarball FILE` tests an already packed tarball instead.
 * Ends with the matrix, the time of each phase, and `N passed, N failed`; exits 1 on any failure.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatSteps, type CellReport } from '../../test/runtimes/report';
import { runInChromium } from './browser-run';
import { ensureChromium } from './chromium';
import { seconds } from './exec';
import { hasMockSuite, runMockSuite } from './mock-suite';
import { createConsumer, packKeysmith } from './package-under-test';
import { finishTempDirs } from './paths';
import { ensureRuntime, type Runtime, type RuntimeId } from './runtimes';
import { SERVER_CELLS, runServerRow } from './server-row';
import { buildSmokeBundles } from './smoke-bundles';

const MSW2 = 'msw@2.15.0';
const MSW3 = 'msw@^3';
const COLUMNS = SERVER_CELLS;

interface Row {
  label: string;
  cells: Map<string, CellReport>;
  note?: string;
}

const rows: Row[] = [];
const phases: [string, number][] = [];
let extraPassed = 0;
let extraFailed = 0;
const extraLines: string[] = [];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function phase<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  try {
    return await work();
  } finally {
    const ms = performance.now() - started;
    phases.push([label, ms]);
    console.log(`  (${seconds(ms)})`);
  }
}

function addRow(label: string, reports: CellReport[], note?: string): void {
  rows.push({ label, cells: new Map(reports.map((report) => [report.cell, report])), ...(note ? { note } : {}) });
}

function cellStatus(report: CellReport | undefined): string {
  if (!report) return '—';
  const failed = report.results.filter((step) => !step.ok).length;
  return failed === 0
    ? `pass ${report.results.length}/${report.results.length}`
    : `FAIL ${failed}/${report.results.length}`;
}

function printMatrix(): { passed: number; failed: number } {
  let passed = extraPassed;
  let failed = extraFailed;
  const width = Math.max(...rows.map((row) => row.label.length), 'runtime'.length) + 2;
  const header = 'runtime'.padEnd(width) + COLUMNS.map((column) => column.padEnd(12)).join('');
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const row of rows) {
    const cells = COLUMNS.map((column) => cellStatus(row.cells.get(column)).padEnd(12)).join('');
    console.log(row.label.padEnd(width) + cells + (row.note ? `  ${row.note}` : ''));
    for (const report of row.cells.values()) {
      for (const step of report.results) {
        if (step.ok) passed++;
        else failed++;
      }
    }
  }
  for (const line of extraLines) console.log(line);
  return { passed, failed };
}

async function mswVersion(consumerDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(consumerDir, 'node_modules', 'msw', 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

async function serverRow(label: string, runtime: Runtime, file: string, consumerDir: string): Promise<void> {
  await phase(`${label} (${runtime.version})`, async () => {
    const { reports, output } = await runServerRow({ runtime, file, consumerDir });
    console.log(output);
    addRow(label, reports);
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const build = !process.argv.includes('--no-build');
  const given = option('tarball');
  const tarball = given ?? (await phase(build ? 'build (tsup) + npm pack' : 'npm pack', () => packKeysmith({ build })));
  console.log(`  ${tarball}`);

  const ids: RuntimeId[] = ['node20', 'node22', 'node24', 'deno', 'bun'];
  const [msw2Dir, msw3Dir, runtimeList, chromium] = await phase(
    'install: consumer projects, runtimes (.cache/runtimes), Chromium',
    () =>
      Promise.all([
        createConsumer(tarball, { with: [MSW2], label: 'msw2' }),
        createConsumer(tarball, { with: [MSW3], label: 'msw3' }),
        Promise.all(ids.map((id) => ensureRuntime(id))),
        ensureChromium(),
      ]),
  );
  const runtimes = new Map(runtimeList.map((runtime) => [runtime.id, runtime] as const));
  const need = (id: RuntimeId): Runtime => {
    const runtime = runtimes.get(id);
    if (!runtime) throw new Error(`runtime ${id} missing`);
    return runtime;
  };
  for (const runtime of runtimeList)
    console.log(`  ${runtime.id}: ${runtime.version}${runtime.installed ? ' (installed now)' : ' (cached)'}`);
  console.log(`  chromium: ${chromium.path}${chromium.installed ? ' (installed now with apt-get)' : ''}`);
  const [msw2Version, msw3Version] = await Promise.all([mswVersion(msw2Dir), mswVersion(msw3Dir)]);
  console.log(`  consumers: ${msw2Dir} (msw ${msw2Version}), ${msw3Dir} (msw ${msw3Version})`);

  const [msw2, msw3] = await phase('bundle the smoke suite (esbuild)', () =>
    Promise.all([buildSmokeBundles(msw2Dir), buildSmokeBundles(msw3Dir)]),
  );

  await serverRow('node20 ESM', need('node20'), msw2.esm, msw2Dir);
  await serverRow('node20 CJS', need('node20'), msw2.cjs, msw2Dir);
  await serverRow('node22', need('node22'), msw2.esm, msw2Dir);
  await serverRow('node24', need('node24'), msw2.esm, msw2Dir);
  await serverRow('deno', need('deno'), msw2.esm, msw2Dir);
  await serverRow('bun', need('bun'), msw2.esm, msw2Dir);

  await phase('chromium (headless, Debian)', async () => {
    try {
      const result = await runInChromium({
        chromiumPath: chromium.path,
        node: need('node20'),
        consumerDir: msw2Dir,
        www: msw2.www,
      });
      for (const report of result.reports) console.log(formatSteps(report));
      const failed = result.reports.some((report) => report.results.some((step) => !step.ok));
      if (failed) for (const line of result.log) console.log(`  ${line}`);
      addRow('chromium', result.reports, `http via ${result.httpMode}; msw = setupWorker`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.log(`  ✗ ${message}`);
      addRow('chromium', [{ cell: 'core', results: [{ name: 'runs the page', ok: false, ms: 0, error: message }] }]);
    }
  });

  await serverRow(`node22 + msw ${msw3Version}`, need('node22'), msw3.esm, msw3Dir);
  await serverRow(`node24 + msw ${msw3Version}`, need('node24'), msw3.esm, msw3Dir);
  // msw 3 ships ESM only: a CommonJS consumer reaches it through require(esm), which Node 22.12+ has.
  await serverRow(`node24 CJS + msw ${msw3Version}`, need('node24'), msw3.cjs, msw3Dir);

  if (await hasMockSuite()) {
    await phase(`test/mock on node24 + msw ${msw3Version} (vitest)`, async () => {
      const suite = await runMockSuite(need('node24'), msw3Dir);
      const summary = `test/mock (vitest) on node24 + msw ${msw3Version}: ${suite.passed} passed, ${suite.failed} failed`;
      const resolutions =
        suite.mswResolution.length > 0 ? suite.mswResolution : ['msw was never resolved through the msw 3 project'];
      for (const line of resolutions) console.log(`  ${line}`);
      if (suite.failed > 0) console.log(suite.output.trim().split('\n').slice(-60).join('\n'));
      console.log(`  ${summary}`);
      extraPassed += suite.passed;
      extraFailed += suite.failed;
      extraLines.push(summary);
    });
  } else {
    extraLines.push('test/mock has no test files yet: the mock suite on msw 3 did not run');
  }

  const { passed, failed } = printMatrix();
  console.log('\ntimings:');
  for (const [label, ms] of phases) console.log(`  ${seconds(ms).padStart(7)}  ${label}`);
  console.log(`  ${seconds(performance.now() - started).padStart(7)}  total`);
  await finishTempDirs({ keep: failed > 0 });
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  },
);
