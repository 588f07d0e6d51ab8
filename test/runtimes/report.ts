/**
 * How a runtime hands its results to the matrix: readable lines for people, and one marked JSON
 * line per cell that the orchestrator parses (stdout in Node/Deno/Bun, the console in a page).
 */
import type { StepResult } from './smoke';

/** A cell of the matrix: one way of reaching the mock, in one runtime. */
export interface CellReport {
  cell: string;
  results: StepResult[];
}

/**
 * Prefix of the machine-readable line; nothing else a runtime prints starts with it.
 *
 * @example
 * const report = JSON.parse(line.slice(REPORT_MARKER.length)) as CellReport;
 */
export const REPORT_MARKER = '@@keysmith-smoke ';

/**
 * The cell as lines for people: a tick or cross per step, the error under a failure.
 *
 * @example
 * console.log(formatSteps({ cell: 'core', results }));
 */
export function formatSteps(report: CellReport): string {
  const lines = [`  [${report.cell}]`];
  for (const result of report.results) {
    lines.push(`    ${result.ok ? '✓' : '✗'} ${result.name} (${Math.round(result.ms)} ms)`);
    if (result.error) lines.push(`        ${result.error}`);
  }
  return lines.join('\n');
}

/**
 * The steps, then the marked JSON line the orchestrator parses.
 *
 * @example
 * console.log(formatCell({ cell: 'core', results }));
 */
export function formatCell(report: CellReport): string {
  return `${formatSteps(report)}\n${REPORT_MARKER}${JSON.stringify(report)}`;
}

/**
 * Runs a cell and turns a crash of its setup (an import that throws, a server that will not
 * start) into a failed step, so one broken cell never hides the others.
 *
 * @example
 * const report = await runCell('core', () => runSmoke(coreTarget(createMockApi())));
 */
export async function runCell(cell: string, run: () => Promise<StepResult[]>): Promise<CellReport> {
  const started = performance.now();
  try {
    return { cell, results: await run() };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      cell,
      results: [{ name: 'sets up the cell', ok: false, ms: performance.now() - started, error: message }],
    };
  }
}
