/**
 * Where and with what a run was measured: date, cores, CPU model, Node, load, package versions.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { REPO_ROOT } from './spawn.ts';

/**
 * The conditions of a run.
 *
 * @example
 * ```ts
 * const machine = describeMachine();
 * console.log(machine.cpu, machine.cores);
 * ```
 */
export interface Machine {
  date: string;
  cores: number;
  cpu: string;
  node: string;
  /** 1-minute load average when the run started. */
  load: number;
  versions: Record<string, string>;
}

const PACKAGES = [
  'openapi-fetch',
  'ofetch',
  'ky',
  'stripe',
  'openai',
  'msw',
  'autocannon',
  '@stoplight/prism-cli',
  'esbuild',
];

function versionOf(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(`${REPO_ROOT}node_modules/${name}/package.json`, 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? '?';
  } catch {
    return 'missing';
  }
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Reads the machine and the installed versions.
 *
 * @example
 * ```ts
 * describeMachine().versions['openapi-fetch']; // "0.17.0"
 * ```
 */
export function describeMachine(): Machine {
  const own = JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { version: string };
  const versions: Record<string, string> = { keysmith: own.version };
  for (const name of PACKAGES) versions[name] = versionOf(name);
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: availableParallelism(),
    cpu: cpuModel(),
    node: process.version,
    load: loadavg()[0] ?? Number.NaN,
    versions,
  };
}
