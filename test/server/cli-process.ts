/**
 * Running the real `keysmith-mock` command as a user does — directly, through `sh -c`, through
 * `npx` — over loopback, with bounded waits: the banner, the process's end, a condition.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = fileURLToPath(new URL('../../mock/node/cli.ts', import.meta.url));
/** tsx's loader as a URL, so the command runs from any directory (a temporary project). */
export const TSX = import.meta.resolve('tsx');
/** The command line that runs the CLI from source. */
export const NODE_CLI = `"${process.execPath}" --import "${TSX}" "${CLI}"`;
/** Start-up takes well under a second; this bound only stops a broken build from hanging the suite. */
export const WAIT_MS = 15_000;

export interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Resolves when every writer of its stdout (the command and whatever it started) has closed it. */
  outputClosed: Promise<void>;
}

/** Spawns `command` with `args`, collecting its output. */
export function run(command: string, args: readonly string[], cwd = ROOT): Run {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      resolve(code);
    }),
  );
  const outputClosed = new Promise<void>((resolve) => child.stdout.on('close', resolve));
  return { child, stdout: () => stdout, stderr: () => stderr, exited, outputClosed };
}

/** Runs the CLI from source, directly: node is the child. */
export function runCli(args: readonly string[]): Run {
  return run(process.execPath, ['--import', TSX, CLI, ...args]);
}

/** Resolves once `check()` holds, polling; rejects after `ms` with `what`. */
export async function until(check: () => boolean, what: string, ms = WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits for the whole banner (it ends with the stop hint) and returns stdout. */
export async function banner(started: Run): Promise<string> {
  await until(
    () => started.stdout().includes('Press Ctrl+C to stop.') || started.child.exitCode !== null,
    `the banner; stderr: ${started.stderr()}`,
  );
  if (!started.stdout().includes('Press Ctrl+C to stop.')) {
    throw new Error(`no banner; stdout: ${started.stdout()} stderr: ${started.stderr()}`);
  }
  return started.stdout();
}

/** The exit code, or a rejection after {@link WAIT_MS}. */
export function exitWithin(started: Run): Promise<number | null> {
  return Promise.race([
    started.exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => {
        reject(new Error(`no exit; stderr: ${started.stderr()}`));
      }, WAIT_MS),
    ),
  ]);
}

/** The value printed on the `  <label>  <value>` line after a heading. */
export function line(text: string, heading: string, label: string): string {
  const section = text.slice(text.indexOf(heading));
  const value = new RegExp(`^  ${label}\\s+(?<value>\\S+)$`, 'm').exec(section)?.groups?.value;
  if (value === undefined) throw new Error(`no ${label} under ${heading} in ${text}`);
  return value;
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
