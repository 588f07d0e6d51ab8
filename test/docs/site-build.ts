/**
 * Builds the TypeDoc site once for every test file that needs it: into a temp directory named by
 * a hash of everything the site is made from, so parallel test files (and later runs with the
 * same inputs) share one build, and a change to any input builds afresh. A lock file, holding the
 * builder's pid, keeps two processes from building the same inputs at once.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/**
 * The project root, with a trailing slash.
 *
 * @example
 * ```ts
 * readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
 * ```
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What one build did.
 *
 * @example
 * ```ts
 * const { dir, exitCode }: SiteBuild = await builtSite();
 * ```
 */
export interface SiteBuild {
  /** The site's directory (index.html at its root). */
  dir: string;
  /** The build script's exit code: 0 when the site was written without a warning. */
  exitCode: number;
  /** Everything TypeDoc printed, colours removed. */
  log: string;
  /** How long the build took. */
  seconds: number;
}

const INPUT_DIRS = ['src', 'mock', 'docs', 'examples'];
const INPUT_FILES = ['typedoc.jsonc', 'openapi.yaml', 'tsconfig.json', 'node_modules/typedoc/package.json'];
const WAIT_LIMIT_MS = 300_000;
const POLL_MS = 250;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(join(ROOT, file)).isFile());
}

function inputsHash(): string {
  const scripts = readdirSync(join(ROOT, 'scripts'))
    .filter((file) => file.startsWith('docs-'))
    .map((file) => join('scripts', file));
  const files = [...INPUT_DIRS.flatMap(filesUnder), ...INPUT_FILES, ...scripts].sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

function runBuild(dir: string): Promise<{ exitCode: number; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/docs-build.ts', '--out', dir], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ exitCode: code ?? 1, log: stripVTControlCharacters(log) });
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock, or returns false when a live process holds it (a dead holder's lock is removed). */
function tryLock(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch {
    const holder = Number(readFileSync(lock, 'utf8') || '0');
    if (holder > 0 && !alive(holder)) unlinkSync(lock);
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const SITE_PREFIX = 'keysmith-docs-site-';
/** Builds of other inputs untouched this long are stale: no test run still reads them. */
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Removes the builds of earlier inputs, so each edit of the docs does not leave a site behind. */
function pruneStaleBuilds(current: string): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(SITE_PREFIX) || name.startsWith(current) || name.endsWith('.lock')) continue;
    const path = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * The site built from the current inputs, building it when no build of them exists yet.
 *
 * @example
 * ```ts
 * const site = await builtSite();
 * expect(site.exitCode).toBe(0);
 * ```
 */
export async function builtSite(): Promise<SiteBuild> {
  const name = `${SITE_PREFIX}${inputsHash()}`;
  const dir = join(tmpdir(), name);
  pruneStaleBuilds(name);
  const resultFile = `${dir}.json`;
  const lock = `${dir}.lock`;
  const deadline = Date.now() + WAIT_LIMIT_MS;
  // Bounded: gives up after WAIT_LIMIT_MS.
  while (Date.now() < deadline) {
    if (existsSync(resultFile)) return JSON.parse(readFileSync(resultFile, 'utf8')) as SiteBuild;
    if (tryLock(lock)) {
      try {
        rmSync(dir, { recursive: true, force: true });
        const started = Date.now();
        const { exitCode, log } = await runBuild(dir);
        const build: SiteBuild = { dir, exitCode, log, seconds: (Date.now() - started) / 1000 };
        // Only a good build is shared: a failed one is built again by whoever asks next.
        if (exitCode === 0) writeFileSync(resultFile, JSON.stringify(build));
        return build;
      } finally {
        unlinkSync(lock);
      }
    }
    await sleep(POLL_MS);
  }
  throw new Error(
    `Waited ${WAIT_LIMIT_MS / 1000} s for another process to build the site; remove ${lock} if no build is running.`,
  );
}
