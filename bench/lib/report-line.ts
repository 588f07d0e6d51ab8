/**
 * A stand-in for nothing: the import measure writes one small ES module per contender into the
 * bench cache and runs each in a fresh node; this file only documents the line every such module
 * ends with, which reports how long the process took to get there (ms since it started) and its
 * CPU time.
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
