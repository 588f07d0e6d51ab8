/**
 * Child processes for benchmarks: one client per process (so one client's garbage and JIT state
 * never skew the next), pinned to a core with `taskset` where the machine has it, bounded in time.
 * A child script is bundled once with esbuild (Keysmith's sources in, packages from node_modules
 * left as imports) and run by plain node, so no TypeScript loader sits in the timed process.
 * A child reports by printing one line `BENCH_RESULT <json>`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { MARK } from './child-report.ts';

/** The bench/ directory. */
export const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const hasTaskset = spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' }).status === 0;

/**
 * The cores to pin the server and the load generator to, when the machine can pin and has two
 * cores or more; `undefined` otherwise (then nothing is pinned).
 *
 * @example
 * ```ts
 * const pins = corePins(); // { server: 1, load: 0 } on a 2-core machine with taskset
 * ```
 */
export function corePins(): { server: number; load: number } | undefined {
  return hasTaskset && availableParallelism() >= 2 ? { server: 1, load: 0 } : undefined;
}

/**
 * How a child process is started.
 *
 * @example
 * ```ts
 * const options: ChildOptions = { cpu: 0, timeoutMs: 30_000, nodeArgs: ['--expose-gc'] };
 * ```
 */
export interface ChildOptions {
  /** Pin the child to this core (ignored where `taskset` is missing). */
  cpu?: number | undefined;
  /** Killed after this long. */
  timeoutMs: number;
  /** Extra flags for node, before the script. */
  nodeArgs?: readonly string[];
  /** Extra environment variables. */
  env?: Record<string, string>;
}

/** Where bundled child scripts go (git-ignored). */
export const CACHE_DIR = `${BENCH_DIR}.cache/`;

const SELF = /^keysmith(\/.*)?$/;

/** Leaves every bare import but Keysmith's own as an import, resolved from node_modules at run time. */
const externalPackages: Plugin = {
  name: 'external-packages',
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, (args) =>
      SELF.test(args.path) ? undefined : { path: args.path, external: true },
    );
  },
};

const built = new Map<string, Promise<string>>();

/**
 * Bundles a child script (once per run) and returns the path of the result.
 *
 * @example
 * ```ts
 * const file = await bundleChild('children/client-calls.ts');
 * ```
 */
export function bundleChild(script: string): Promise<string> {
  let pending = built.get(script);
  if (pending === undefined) {
    const outfile = `${CACHE_DIR}${script.replace(/[/\\]/g, '__').replace(/\.ts$/, '.mjs')}`;
    pending = build({
      entryPoints: [`${BENCH_DIR}${script}`],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: `${REPO_ROOT}tsconfig.json`,
      plugins: [externalPackages],
      logLevel: 'error',
    }).then(() => outfile);
    built.set(script, pending);
  }
  return pending;
}

/**
 * The command line that starts `script` (a .ts path under bench/, bundled first; or an absolute
 * path of a plain JavaScript file) as a child.
 *
 * @example
 * ```ts
 * const [command, args] = await childCommand('children/client-calls.ts', ['keysmith'], { timeoutMs: 1000 });
 * ```
 */
export async function childCommand(
  script: string,
  args: readonly string[],
  options: ChildOptions,
): Promise<[string, string[]]> {
  const path = script.startsWith('/') ? script : await bundleChild(script);
  const node = [...(options.nodeArgs ?? []), path, ...args];
  if (options.cpu !== undefined && hasTaskset)
    return ['taskset', ['-c', String(options.cpu), process.execPath, ...node]];
  return [process.execPath, node];
}

/**
 * Runs a child to completion and returns the JSON it reported.
 *
 * @throws when the child exits non-zero, times out, or reports nothing.
 * @example
 * ```ts
 * const samples = await runChild<number[]>('children/cpu-client.ts', ['keysmith'], { cpu: 0, timeoutMs: 30_000 });
 * ```
 */
export async function runChild<T>(script: string, args: readonly string[], options: ChildOptions): Promise<T> {
  const [command, argv] = await childCommand(script, args, options);
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      if (code !== 0 || line === undefined) {
        const why = signal !== null ? `killed by ${signal}` : `exit ${code}`;
        reject(new Error(`${script} ${args.join(' ')}: ${why}\n${err.slice(-2000)}${out.slice(-1000)}`));
        return;
      }
      resolve(JSON.parse(line.slice(MARK.length)) as T);
    });
  });
}

/**
 * A long-running child (a server) that prints `LISTENING <port>` once ready.
 *
 * @example
 * ```ts
 * const server = await startServerChild('children/plain-server.ts', [], { cpu: 1, timeoutMs: 120_000 });
 * // ... load it at server.port ...
 * await server.stop();
 * ```
 */
export interface ServerChild {
  readonly port: number;
  /** CPU time the server process has used so far (user + system, ms), where /proc tells; else undefined. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ; 100 on Linux builds in practice). */
const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * How a server child is started and found ready.
 *
 * @example
 * ```ts
 * const options: ServerOptions = { cpu: 1, timeoutMs: 120_000, readyMs: 60_000, port: 4010 };
 * ```
 */
export interface ServerOptions extends ChildOptions {
  /** How long to wait for the server to be ready. @default 30000 */
  readyMs?: number;
  /** For servers that print nothing: the port they were told to use, polled over HTTP until it answers. */
  port?: number;
}

async function answers(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a server child and waits (bounded by `readyMs`) until it prints `LISTENING <port>`, or,
 * with `port`, until that port answers HTTP.
 *
 * @example
 * ```ts
 * const server = await startServerChild('children/plain-server.ts', [], { cpu: 1, timeoutMs: 120_000 });
 * ```
 */
export async function startServerChild(
  script: string,
  args: readonly string[],
  options: ServerOptions,
): Promise<ServerChild> {
  const [command, argv] = await childCommand(script, args, options);
  const child = spawn(command, argv, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  // Set by the child's 'close' event; read by stop() and the wait below.
  const state = { exited: false };
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      state.exited = true;
      resolve();
    }),
  );
  const stop = async (): Promise<void> => {
    clearTimeout(killer);
    if (!state.exited) child.kill('SIGTERM');
    const hard = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await closed;
    clearTimeout(hard);
  };
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out = (out + chunk).slice(-4_000)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err = (err + chunk).slice(-4_000)));
  const readyBy = performance.now() + (options.readyMs ?? 30_000);
  // Bounded by readyBy: the server is ready, has exited, or the time is up.
  while (performance.now() < readyBy && !state.exited) {
    if (options.port !== undefined) {
      if (await answers(options.port)) return { port: options.port, stop, cpuMs: () => cpuMsOf(child.pid) };
    } else {
      const match = /LISTENING (\d+)/.exec(out);
      if (match) return { port: Number(match[1]), stop, cpuMs: () => cpuMsOf(child.pid) };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(
    `${script}: ${state.exited ? 'exited' : 'not ready'} before listening\n${err.slice(-2000)}${out.slice(-500)}`,
  );
}
