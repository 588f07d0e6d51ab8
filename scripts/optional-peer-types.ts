/**
 * Marks the imports of an optional peer dependency in the built declaration files, so that a
 * project without it still type-checks them (`skipLibCheck: false`): a `// @ts-ignore` before each
 * `import … from 'msw'` makes msw's types `any` there instead of an error (TS2307). Where msw is
 * installed the import resolves as usual and `mock.handlers` keeps its exact type. The bundler of
 * the declarations drops comments, so the mark is added after it has run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARK = '// @ts-ignore -- an optional peer dependency: without it installed, its types are `any` here';

/**
 * `text` with the mark before every import of `specifier` not marked yet.
 *
 * @example
 * ```ts
 * markOptionalImports("import { RequestHandler } from 'msw';\n", 'msw'); // "// @ts-ignore …\nimport { RequestHandler } from 'msw';\n"
 * ```
 */
export function markOptionalImports(text: string, specifier: string): string {
  const lines = text.split('\n');
  const importsIt = new RegExp(`^import (?:.+ from )?'${specifier.replace(/[/.]/g, '\\$&')}';$`);
  return lines
    .flatMap((line, index) => (importsIt.test(line) && lines[index - 1] !== MARK ? [MARK, line] : [line]))
    .join('\n');
}

/**
 * Marks every declaration file in `dir`; returns how many imports of `specifier` it found in all.
 *
 * @example
 * ```ts
 * markOptionalPeerTypes('dist', 'msw'); // 6
 * ```
 */
export function markOptionalPeerTypes(dir: string, specifier: string): number {
  let found = 0;
  for (const file of readdirSync(dir).filter((name) => /\.d\.c?ts$/.test(name))) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const marked = markOptionalImports(text, specifier);
    found += marked.split('\n').filter((line) => line === MARK).length;
    if (marked !== text) writeFileSync(path, marked);
  }
  return found;
}
