/**
 * Runs the mock's own vitest suite (test/mock/) under a given Node binary with msw taken from
 * another project, and counts its tests from vitest's JSON report.
 */
import { access, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from './exec';
import { repoRoot, tempDir } from './paths';
import type { Runtime } from './runtimes';

/** The outcome of one run of the mock's suite. */
export interface SuiteRun {
  passed: number;
  failed: number;
  /** Where each msw specifier came from, as the config announced it (proves the redirect happened). */
  mswResolution: string[];
  output: string;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
}

/**
 * Whether test/mock holds any test file yet (the mock's suite is written by another issue).
 *
 * @example
 * if (await hasMockSuite()) await runMockSuite(node24, msw3Dir);
 */
export async function hasMockSuite(): Promise<boolean> {
  try {
    const dir = join(repoRoot, 'test', 'mock');
    await access(dir);
    return (await readdir(dir, { recursive: true })).some((name) => name.endsWith('.test.ts'));
  } catch {
    return false;
  }
}

/**
 * @example
 * const { passed, failed } = await runMockSuite(node24, msw3ProjectDir);
 */
export async function runMockSuite(node: Runtime, mswProject: string): Promise<SuiteRun> {
  const report = join(await tempDir('keysmith-vitest-'), 'report.json');
  const result = await run(
    node.bin,
    [
      join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--config',
      join(repoRoot, 'scripts', 'runtimes', 'vitest-msw3.config.ts'),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: repoRoot, env: { ...process.env, KEYSMITH_MSW_PROJECT: mswProject, CI: 'true' }, timeoutMs: 600_000 },
  );
  const output = result.stdout + result.stderr;
  const mswResolution = [...new Set(output.match(/msw resolved from .*/g) ?? [])];
  try {
    const counts = JSON.parse(await readFile(report, 'utf8')) as VitestJson;
    // A run that never announced the redirect did not prove anything about msw 3.
    const unproven = mswResolution.length > 0 ? 0 : 1;
    return { passed: counts.numPassedTests, failed: counts.numFailedTests + unproven, mswResolution, output };
  } catch {
    return { passed: 0, failed: 1, mswResolution, output };
  }
}
