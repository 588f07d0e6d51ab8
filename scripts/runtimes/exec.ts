/**
 * Runs one command with a hard time limit and captures what it prints. Every child the
 * matrix starts goes through here, so none can hang the run or outlive it.
 */
import { spawn } from 'node:child_process';

/** How to run a child. */
export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Killed (SIGKILL) after this long; the result then says `timedOut`. */
  timeoutMs?: number;
  /** Echo the child's output as it arrives (long installs), besides capturing it. */
  echo?: boolean;
  input?: string;
}

/** What a child did: exit code, output, duration. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

/**
 * @example
 * const { code, stdout } = await run('node', ['--version']);
 */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started, timedOut });
    });
    // A child that exits before reading its input closes the pipe: its exit code tells, not an EPIPE crash here.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Like `run`, but a non-zero exit (or a timeout) throws with the tail of the output.
 *
 * @example
 * await runOrThrow('npm', ['pack'], { cwd: root });
 */
export async function runOrThrow(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0 || result.timedOut) {
    const why = result.timedOut ? 'timed out' : `exited with ${result.code}`;
    const tail = (result.stdout + '\n' + result.stderr).trim().split('\n').slice(-25).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` ${why}:\n${tail}`);
  }
  return result;
}

/**
 * Seconds with one decimal, for timing lines.
 *
 * @example
 * seconds(1234); // "1.2s"
 */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
