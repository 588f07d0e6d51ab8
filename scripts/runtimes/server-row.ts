/**
 * One row of the matrix for a server runtime (Node, Deno, Bun): start `keysmith-mock` under that
 * runtime, run the bundled suite under it, and collect the cells it reports.
 */
import { REPORT_MARKER, type CellReport } from '../../test/runtimes/report';
import { startCliServer, type CliServer } from './cli-server';
import { run } from './exec';
import type { Runtime } from './runtimes';

/**
 * The cells every server runtime runs, in order (also the matrix's columns).
 *
 * @example
 * ['--cells', SERVER_CELLS.join(',')];
 */
export const SERVER_CELLS = ['core', 'msw', 'http'] as const;

const SUITE_LIMIT_MS = 180_000;

/** What one server runtime's row produced. */
export interface RowRun {
  reports: CellReport[];
  /** The runtime's output, minus the machine-readable lines. */
  output: string;
}

function failedCell(cell: string, error: string): CellReport {
  return { cell, results: [{ name: 'sets up the cell', ok: false, ms: 0, error }] };
}

/**
 * @example
 * const { reports } = await runServerRow({ runtime: deno, file: bundles.esm, consumerDir });
 */
export async function runServerRow(options: { runtime: Runtime; file: string; consumerDir: string }): Promise<RowRun> {
  const { runtime, file, consumerDir } = options;
  const reports: CellReport[] = [];
  let server: CliServer | undefined;
  try {
    server = await startCliServer(runtime, consumerDir);
  } catch (error) {
    reports.push(
      failedCell('http', `keysmith-mock did not start: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  try {
    const cells = server ? SERVER_CELLS : SERVER_CELLS.filter((cell) => cell !== 'http');
    const args = [...runtime.argsFor(file), '--cells', cells.join(',')];
    if (server) args.push('--server', server.origin);
    const result = await run(runtime.bin, args, { cwd: consumerDir, timeoutMs: SUITE_LIMIT_MS });
    const lines = result.stdout.split('\n');
    for (const line of lines) {
      if (line.startsWith(REPORT_MARKER)) reports.push(JSON.parse(line.slice(REPORT_MARKER.length)) as CellReport);
    }
    for (const cell of cells) {
      if (!reports.some((report) => report.cell === cell)) {
        const why = result.timedOut ? 'timed out' : `exited with ${result.code}`;
        reports.push(failedCell(cell, `no report: the runtime ${why}`));
      }
    }
    const shown = lines
      .filter((line) => !line.startsWith(REPORT_MARKER))
      .join('\n')
      .trimEnd();
    const failed = reports.some((report) => report.results.some((step) => !step.ok));
    const stderr = failed && result.stderr.trim() ? `\n  stderr:\n${indent(tail(result.stderr, 30))}` : '';
    const serverLog = failed && server ? `\n  keysmith-mock output:\n${indent(tail(server.output(), 15))}` : '';
    return { reports, output: shown + stderr + serverLog };
  } finally {
    await server?.stop();
  }
}

function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
