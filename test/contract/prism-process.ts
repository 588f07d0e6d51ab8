/**
 * Runs Prism (`@stoplight/prism-cli`) as a child process for the contract tests: on 127.0.0.1,
 * on a port the OS picks (`-p 0`; the URL is read back from Prism's "listening" line), with
 * bounded waits for start and stop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/**
 * The repository root (where `openapi.yaml` lives).
 *
 * @example
 * ```ts
 * spawn(process.execPath, ['scripts/tour.ts'], { cwd: ROOT });
 * ```
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The contract.
 *
 * @example
 * ```ts
 * await startPrism(['mock', SPEC]);
 * ```
 */
export const SPEC = join(ROOT, 'openapi.yaml');

const PRISM_CLI = join(
  dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')),
  'dist',
  'index.js',
);
/** Prism takes 5–10 s to start on a busy machine; past this it is not coming. */
const START_TIMEOUT_MS = 45_000;
const STOP_TIMEOUT_MS = 5_000;
const LISTENING = /Prism is listening on (?<url>http:\/\/\S+)/;
const KEPT_LINES = 200;
const READY_POLLS = 50;
const READY_POLL_INTERVAL_MS = 100;

/**
 * A running Prism.
 *
 * @example
 * ```ts
 * const prism = await startPrism(['proxy', SPEC, upstream, '--errors']);
 * await fetch(`${prism.url}/v1/me`);
 * await prism.stop();
 * ```
 */
export interface PrismProcess {
  /** Where Prism listens, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Prism's latest log lines, for a failing test's message. */
  log(): string;
  /** Stops Prism (SIGTERM, then SIGKILL if it lingers). */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const lingering = new Promise<'lingering'>((resolve) => {
    timer = setTimeout(() => {
      resolve('lingering');
    }, STOP_TIMEOUT_MS);
  });
  const outcome = await Promise.race([exited(child).then(() => 'exited' as const), lingering]);
  clearTimeout(timer);
  if (outcome === 'lingering') {
    child.kill('SIGKILL');
    await exited(child);
  }
}

/**
 * Starts `prism <args> -p 0 -h 127.0.0.1` with the Node running the tests, and resolves once
 * Prism says it listens.
 *
 * @example
 * ```ts
 * const mock = await startPrism(['mock', SPEC]);
 * ```
 */
export function startPrism(args: readonly string[]): Promise<PrismProcess> {
  return startListening(process.execPath, [PRISM_CLI, ...args, '-p', '0', '-h', '127.0.0.1']);
}

/**
 * Starts any command that prints Prism's "listening" line (Prism itself, or a script around it).
 *
 * @example
 * ```ts
 * const prism = await startListening(process.execPath, ['--import', 'tsx', 'scripts/mock-prism.ts', '--port', '0']);
 * ```
 */
export async function startListening(command: string, args: readonly string[]): Promise<PrismProcess> {
  const prism = await untilListening(command, args);
  // Prism prints its line once listening; polling still proves it answers before a test relies on it.
  for (let poll = 1; ; poll++) {
    try {
      await (await fetch(prism.url)).arrayBuffer();
      return prism;
    } catch (error) {
      if (poll === READY_POLLS) {
        await prism.stop();
        throw new Error(`Prism said it listens on ${prism.url} but does not answer: ${String(error)}\n${prism.log()}`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, READY_POLL_INTERVAL_MS));
    }
  }
}

function untilListening(command: string, args: readonly string[]): Promise<PrismProcess> {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const lines: string[] = [];
  const log = (): string => lines.join('\n');
  return new Promise<PrismProcess>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopChild(child).then(() => {
        reject(new Error(`${reason}\n${log()}`));
      });
    };
    const timer = setTimeout(() => {
      fail(`Prism did not start within ${START_TIMEOUT_MS} ms.`);
    }, START_TIMEOUT_MS);
    // Prism logs every request; both pipes are drained for its whole life so it never blocks on a full pipe.
    const onData = (chunk: string): void => {
      // Prism colours its log when it thinks it may; the colour codes would split the match.
      for (const line of stripVTControlCharacters(chunk).split('\n')) {
        if (line.trim() === '') continue;
        lines.push(line);
        if (lines.length > KEPT_LINES) lines.shift();
        const url = LISTENING.exec(line)?.groups?.url;
        if (url !== undefined && !settled) {
          settled = true;
          clearTimeout(timer);
          resolve({ url, log, stop: () => stopChild(child) });
        }
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('error', (error) => {
      fail(`Prism could not be started: ${error.message}`);
    });
    child.once('exit', (code, signal) => {
      fail(`Prism exited before listening (code ${code}, signal ${signal}).`);
    });
  });
}
