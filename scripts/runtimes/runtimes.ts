/**
 * The runtimes of the matrix and how to get each one: Node 20 is the machine's own; Node 22/24,
 * Deno and Bun come from npm packages that ship their binary, installed into `.cache/runtimes/<id>`
 * (git-ignored) and reused while their binary still starts.
 */
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run, runOrThrow } from './exec';
import { runtimeCache } from './paths';

/** The runtimes of the matrix. */
export type RuntimeId = 'node20' | 'node22' | 'node24' | 'deno' | 'bun';

/** A runtime ready to run files. */
export interface Runtime {
  id: RuntimeId;
  /** The binary to run. */
  bin: string;
  /** What the binary says its version is. */
  version: string;
  /** How to run an ESM file with it (Deno needs permissions). */
  argsFor(file: string): string[];
  /** Whether it came from the cache (`false`) or was installed just now (`true`). */
  installed: boolean;
}

interface Source {
  /** npm package spec that ships the binary. */
  spec: string;
  /** Path of the binary inside the cache project. */
  binPath: string;
}

// Node's per-platform packages exist for linux-x64 and linux-arm64; the matrix runs on Linux CI.
const nodePackage = `node-linux-${process.arch}`;

const sources: Record<Exclude<RuntimeId, 'node20'>, Source> = {
  node22: { spec: `${nodePackage}@22`, binPath: `node_modules/${nodePackage}/bin/node` },
  node24: { spec: `${nodePackage}@24`, binPath: `node_modules/${nodePackage}/bin/node` },
  deno: { spec: 'deno@^2', binPath: 'node_modules/.bin/deno' },
  bun: { spec: 'bun@^1', binPath: 'node_modules/.bin/bun' },
};

// Deno gets only what the suite uses: loopback sockets, reading node_modules, and env (msw reads it).
const denoArgs = (file: string): string[] => ['run', '--allow-net', '--allow-read', '--allow-env', '--allow-sys', file];

async function versionOf(bin: string): Promise<string | undefined> {
  try {
    await access(bin);
    const result = await run(bin, ['--version'], { timeoutMs: 30_000 });
    return result.code === 0 ? result.stdout.trim().split('\n')[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the runtime, installing it into the cache first when it is missing or broken.
 *
 * @example
 * const deno = await ensureRuntime('deno');
 * await run(deno.bin, deno.argsFor('smoke.mjs'));
 */
export async function ensureRuntime(id: RuntimeId): Promise<Runtime> {
  const argsFor = id === 'deno' ? denoArgs : (file: string) => [file];
  if (id === 'node20') {
    return { id, bin: process.execPath, version: process.version, argsFor, installed: false };
  }
  const source = sources[id];
  const dir = join(runtimeCache, id);
  const bin = join(dir, source.binPath);
  const cached = await versionOf(bin);
  if (cached) return { id, bin, version: cached, argsFor, installed: false };

  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: `keysmith-runtime-${id}`, private: true }) + '\n');
  // cwd = the cache project, so a spec like `deno@^2` can never be taken for a local folder.
  await runOrThrow('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', source.spec], {
    cwd: dir,
    timeoutMs: 300_000,
  });
  const version = await versionOf(bin);
  if (!version) throw new Error(`${source.spec} installed into ${dir} but ${bin} does not start`);
  return { id, bin, version, argsFor, installed: true };
}
