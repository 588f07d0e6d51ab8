/** A conformance report in a few lines: requests, statuses per operation, violations. */
import type { WalkReport } from './walk.js';

/**
 * The report as printed after a run.
 *
 * @example
 * ```ts
 * console.info(summary(await conformanceWalk(1, 40, 90)));
 * ```
 */
export function summary(report: WalkReport): string {
  const lines = [
    `conformance: seed ${report.seed}, ${report.sequences} sequences, ${report.requests} requests (+${report.controls} controls), ${report.violations.length} violations`,
  ];
  for (const [operation, statuses] of [...report.statuses].sort(([a], [b]) => a.localeCompare(b))) {
    const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    lines.push(`  ${operation.padEnd(17)} ${counts.join(' ')}`);
  }
  return lines.join('\n');
}
