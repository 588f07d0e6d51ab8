/**
 * Stopping with the process that started us. `npx keysmith-mock &` then `kill $!` kills npm,
 * which runs the command through `sh -c`: the signal never reaches node, and the mock would live
 * on, holding its port. Instead the mock watches its parent: when the parent process goes away,
 * the operating system gives us a new one (init, or a subreaper), and the mock stops.
 *
 * Polling `process.ppid` is the portable way to notice (Linux, macOS and Windows alike); it costs
 * one system call per tick, on a timer that never keeps the process alive by itself.
 */

/** How often the parent is checked: the longest the mock outlives it, in milliseconds. */
export const PARENT_CHECK_MS = 250;

/** Options of {@link watchParent}, injectable for tests. */
export interface ParentWatchOptions {
  /** @default PARENT_CHECK_MS */
  intervalMs?: number;
  /** @default () => process.ppid */
  parentPid?: () => number;
}

/**
 * Calls `onGone` once, when the parent process is gone. Started by init itself (pid 1, a
 * container's entry point) there is no parent to lose, and nothing is watched.
 *
 * @returns a function that stops watching.
 */
export function watchParent(onGone: () => void, options: ParentWatchOptions = {}): () => void {
  const parentPid = options.parentPid ?? (() => process.ppid);
  const parent = parentPid();
  if (parent <= 1) return () => {};
  const timer = setInterval(() => {
    if (parentPid() === parent) return;
    clearInterval(timer);
    onGone();
  }, options.intervalMs ?? PARENT_CHECK_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
}
