/**
 * The package's CommonJS build, as users' Jest loads it (through the `require` entries of its
 * `exports`), made with the real build's config (tsup.config.ts: the CommonJS one, whose plugin
 * picks how that build reaches msw), into a throw-away `node_modules/keysmith/`. No types: Jest
 * needs none, and `npm run check:package` checks the packed ones.
 */
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Options } from 'tsup';
import configs from '../../tsup.config.ts';
import { ROOT } from './site-build.ts';

/**
 * Builds it; resolves to the `node_modules` directory that holds it (for Jest's `--modulePaths`).
 *
 * @example
 * ```ts
 * const modules = await buildCommonJsPackage();
 * await run(jest, ['--modulePaths', modules]);
 * ```
 */
export async function buildCommonJsPackage(): Promise<string> {
  const commonJs = (configs as Options[]).find((config) => config.format?.includes('cjs'));
  if (commonJs === undefined) throw new Error('tsup.config.ts has no CommonJS build');
  const modules = join(mkdtempSync(join(tmpdir(), 'keysmith-cjs-')), 'node_modules');
  const dir = join(modules, 'keysmith');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  await build({ ...commonJs, dts: false, sourcemap: false, silent: true, config: false, outDir: join(dir, 'dist') });
  return modules;
}
