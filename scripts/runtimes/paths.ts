/** Where the matrix keeps things: the repo, its git-ignored runtime cache, and throw-away dirs. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root directory (with a trailing slash).
 *
 * @example
 * await runOrThrow('npm', ['pack'], { cwd: repoRoot });
 */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runtimes installed for the matrix, outside the project's own dependencies (git-ignored).
 *
 * @example
 * join(runtimeCache, 'deno'); // .cache/runtimes/deno
 */
export const runtimeCache = join(repoRoot, '.cache', 'runtimes');

/**
 * A binary of the repo's dev dependencies (tsc, publint, attw).
 *
 * @example
 * await run(repoBin('tsc'), ['-p', 'tsconfig.node16.json'], { cwd: consumerDir });
 */
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
