/**
 * The public entries of the package and every name each exports (values and types), read by the
 * TypeScript compiler from the entry files, so the site can be checked against them.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { ROOT } from './site-build.ts';

/**
 * One entry point of the package.
 *
 * @example
 * ```ts
 * const entry: Entry = { specifier: 'keysmith', file: 'src/index.ts', slug: 'keysmith' };
 * ```
 */
export interface Entry {
  /** What users import. */
  specifier: 'keysmith' | 'keysmith/mock' | 'keysmith/mock/node';
  /** Its source, from the project root. */
  file: string;
  /** How TypeDoc names its pages (`modules/<slug>.html`, `classes/<slug>.Name.html`). */
  slug: string;
}

/**
 * The three entries the site documents.
 *
 * @example
 * ```ts
 * for (const entry of ENTRIES) console.log(entry.specifier);
 * ```
 */
export const ENTRIES: readonly Entry[] = [
  { specifier: 'keysmith', file: 'src/index.ts', slug: 'keysmith' },
  { specifier: 'keysmith/mock', file: 'mock/index.ts', slug: 'keysmith_mock' },
  { specifier: 'keysmith/mock/node', file: 'mock/node/index.ts', slug: 'keysmith_mock_node' },
];

/**
 * Every name each entry exports, types included, sorted.
 *
 * @example
 * ```ts
 * const names = exportedNames().get('keysmith/mock'); // ['BODY_LIMIT_BYTES', 'Environment', ...]
 * ```
 */
export function exportedNames(): Map<Entry['specifier'], string[]> {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram({
    rootNames: ENTRIES.map((entry) => join(ROOT, entry.file)),
    options: { ...parsed.options, noEmit: true },
  });
  const checker = program.getTypeChecker();
  const names = new Map<Entry['specifier'], string[]>();
  for (const entry of ENTRIES) {
    const source = program.getSourceFile(join(ROOT, entry.file));
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`${entry.file} is not a module.`);
    names.set(
      entry.specifier,
      checker
        .getExportsOfModule(symbol)
        .map((exported) => exported.name)
        .sort(),
    );
  }
  return names;
}
