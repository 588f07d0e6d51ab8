/**
 * The last line of the one-line modules the import measure writes (one per contender, run each in
 * a fresh node): it reports how long the process took to get there (ms since it started) and the
 * CPU time it used, as a `BENCH_RESULT` line.
 */

/**
 * The last line of every generated import module.
 *
 * @example
 * ```ts
 * const source = `import ky from 'ky'; ky.create({});\n${REPORT_LINE}`;
 * ```
 */
export const REPORT_LINE =
  "{ const u = process.cpuUsage(); process.stdout.write('BENCH_RESULT ' + JSON.stringify({ wall: performance.now(), cpu: (u.user + u.system) / 1000 }) + '\\n'); }";
