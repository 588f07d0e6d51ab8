/**
 * The package as users get it: built, packed with `npm pack`, and installed from the tarball into
 * a fresh project under the OS temp dir, where nothing can resolve from this repository.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runOrThrow } from './exec';
import { repoRoot, tempDir } from './paths';

const npmQuiet = ['--no-audit', '--no-fund', '--loglevel=error'];

/**
 * Builds dist/ (unless told not to) and packs it; returns the tarball's path.
 *
 * @example
 * const tarball = await packKeysmith({ build: true });
 */
export async function packKeysmith({ build }: { build: boolean }): Promise<string> {
  if (build) await runOrThrow('npm', ['run', 'build', '--silent'], { cwd: repoRoot, timeoutMs: 300_000 });
  const destination = await tempDir('keysmith-tarball-');
  await runOrThrow('npm', ['pack', '--silent', '--pack-destination', destination], {
    cwd: repoRoot,
    timeoutMs: 120_000,
  });
  const [tarball] = (await readdir(destination)).filter((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${destination}`);
  return join(destination, tarball);
}

/** What goes into a consumer project besides the tarball. */
export interface ConsumerOptions {
  /** npm specs installed beside the tarball, e.g. `msw@2.15.0`. */
  with: readonly string[];
  /** Name of the temp dir's prefix, so a leftover dir says what it was for. */
  label: string;
}

/**
 * A throw-away project with the tarball (and the given packages) installed from the registry.
 *
 * @example
 * const dir = await createConsumer(tarball, { with: ['msw@2.15.0'], label: 'msw2' });
 */
export async function createConsumer(tarball: string, options: ConsumerOptions): Promise<string> {
  const dir = await tempDir(`keysmith-consumer-${options.label}-`);
  const manifest = { name: `keysmith-consumer-${options.label}`, version: '0.0.0', private: true };
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  await runOrThrow('npm', ['install', ...npmQuiet, tarball, ...options.with], { cwd: dir, timeoutMs: 300_000 });
  return dir;
}
