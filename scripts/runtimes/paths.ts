/** Where the matrix keeps things: the repo, its git-ignored runtime cache, and throw-away dirs. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runtimes and browsers installed for the matrix, outside the project's own dependencies. */
export const runtimeCache = join(repoRoot, '.cache', 'runtimes');

/** Binaries of the repo's dev dependencies (esbuild, tsc, publint, attw). */
export const repoBin = (name: string): string => join(repoRoot, 'node_modules', '.bin', name);

/**
 * A fresh directory under the OS temp dir, so nothing a check installs can resolve from the repo.
 *
 * @example
 * const dir = await tempDir('keysmith-pack-');
 */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

const created: string[] = [];

/**
 * Removes every dir `tempDir` made in this process, or, after a failure, names them instead so
 * the consumer projects and bundles can be inspected.
 *
 * @example
 * await finishTempDirs({ keep: failed > 0 });
 */
export async function finishTempDirs({ keep }: { keep: boolean }): Promise<void> {
  if (keep) {
    if (created.length > 0) console.log(`kept for inspection:\n  ${created.join('\n  ')}`);
    return;
  }
  await Promise.all(created.map((dir) => rm(dir, { recursive: true, force: true })));
}
