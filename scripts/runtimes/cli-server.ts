/**
 * Starts the packed `keysmith-mock` command under a given runtime, on 127.0.0.1 and an ephemeral
 * port, and reads its origin from what it prints. The server lives exactly as long as one cell.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Runtime } from './runtimes';

/** A running `keysmith-mock` process. */
export interface CliServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Everything the command printed so far. */
  output(): string;
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 30_000;

/**
 * Path of the `keysmith-mock` script the tarball installed, as its `bin` field names it.
 *
 * @example
 * await run(deno.bin, deno.argsFor(await cliPath(consumerDir)));
 */
export async function cliPath(consumerDir: string): Promise<string> {
  const dir = join(consumerDir, 'node_modules', 'keysmith');
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
  const bin = manifest.bin?.['keysmith-mock'];
  if (!bin) throw new Error('the installed keysmith has no keysmith-mock bin');
  return join(dir, bin);
}

/**
 * @example
 * const server = await startCliServer(node20, consumerDir);
 * try { ... } finally { await server.stop(); }
 */
export async function startCliServer(runtime: Runtime, consumerDir: string): Promise<CliServer> {
  return startServerCommand(runtime.bin, runtime.argsFor(await cliPath(consumerDir)), consumerDir);
}

/**
 * Runs a command that starts `keysmith-mock` (given the `--port 0 --host 127.0.0.1` here) and waits for its URL.
 *
 * @example
 * const server = await startServerCommand(join(consumerDir, 'node_modules/.bin/keysmith-mock'), [], consumerDir);
 */
export async function startServerCommand(
  command: string,
  baseArgs: readonly string[],
  cwd: string,
): Promise<CliServer> {
  const args = [...baseArgs, '--port', '0', '--host', '127.0.0.1'];
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`keysmith-mock printed no URL within ${STARTUP_LIMIT_MS} ms:\n${output}`));
    }, STARTUP_LIMIT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (found && found[1] !== '0') {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${found[1]}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`keysmith-mock exited with ${code} before printing a URL:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { origin, output: () => output, stop };
}
