/** Where the matrix keeps things: the repo, its git-ignored runtime cache, and throw-away dirs. */
import { mkdtemp } from 'node:fs/promises';
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
export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
