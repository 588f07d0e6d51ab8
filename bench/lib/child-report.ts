/**
 * How a child process hands its result to the benchmark that started it: one line on stdout.
 * Kept apart from the spawning side so a child loads nothing it does not need.
 */

/** The prefix of the result line. */
export const MARK = 'BENCH_RESULT ';

/**
 * Prints the result line.
 *
 * @example
 * ```ts
 * report({ samples });
 * ```
 */
export function report(value: unknown): void {
  process.stdout.write(`${MARK}${JSON.stringify(value)}\n`);
}
