/**
 * Every ```ts block of the guides is type-checked as a module of its own, against the package's
 * real types, so a renamed method or option breaks the test instead of misleading a reader.
 * A block whose info string says `no-check` (the Jest one: Jest is not a dependency here) is skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from './site-build.ts';

interface Snippet {
  /** Where it is: `docs/errors.md:42`. */
  where: string;
  /** The virtual file it is checked as. */
  file: string;
  code: string;
}

function snippets(): Snippet[] {
  const found: Snippet[] = [];
  for (const guide of readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    const lines = readFileSync(join(ROOT, 'docs', guide), 'utf8').split('\n');
    let start = -1;
    let info = '';
    for (const [index, line] of lines.entries()) {
      if (start === -1 && line.trimStart().startsWith('```')) {
        start = index;
        info = line.trim().slice(3);
      } else if (start !== -1 && line.trim() === '```') {
        const [language, ...flags] = info.split(/\s+/);
        if ((language === 'ts' || language === 'typescript') && !flags.includes('no-check')) {
          const indent = /^\s*/.exec(lines[start] ?? '')?.[0].length ?? 0;
          const code = lines
            .slice(start + 1, index)
            .map((text) => text.slice(indent))
            .join('\n');
          found.push({
            where: `docs/${guide}:${start + 2}`,
            file: join(ROOT, 'docs', `.snippet-${guide}-${start + 2}.ts`),
            code: `${code}\nexport {};\n`,
          });
        }
        start = -1;
      }
    }
  }
  return found;
}

/** Type-checks snippets in one program; returns each one's problems, by `where`. */
function check(snippets: readonly Snippet[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const byFile = new Map(snippets.map((snippet) => [snippet.file, snippet]));
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => byFile.has(path) || fileExists(path);
  host.readFile = (path) => byFile.get(path)?.code ?? readFile(path);
  host.getSourceFile = (path, language, ...rest) => {
    const snippet = byFile.get(path);
    return snippet ? ts.createSourceFile(path, snippet.code, language, true) : getSourceFile(path, language, ...rest);
  };
  const program = ts.createProgram({ rootNames: [...byFile.keys()], options: { ...options, noEmit: true }, host });
  const problems = new Map<string, string[]>();
  for (const snippet of snippets) {
    const source = program.getSourceFile(snippet.file);
    if (!source) throw new Error(`${snippet.where} was not compiled.`);
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    problems.set(
      snippet.where,
      diagnostics.map((diagnostic) => {
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
        return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      }),
    );
  }
  return problems;
}

let all: Snippet[];
let problems: Map<string, string[]>;

beforeAll(() => {
  all = snippets();
  const wrong: Snippet = {
    where: 'deliberately wrong',
    file: join(ROOT, 'docs', '.snippet-wrong.ts'),
    code: "import { Keysmith } from 'keysmith';\nawait new Keysmith({ retries: 3 }).keys.lst();\nexport {};\n",
  };
  problems = check([...all, wrong]);
}, 120_000);

test('the check catches an example that would not compile', () => {
  expect(problems.get('deliberately wrong')?.join('\n')).toMatch(/retries/);
});

test('the guides and the home page have TypeScript examples to check', () => {
  expect(all.length).toBeGreaterThanOrEqual(15);
  expect(new Set(all.map((snippet) => snippet.where.split(':')[0])).size).toBe(6);
});

test('every TypeScript example in the guides type-checks against the package', () => {
  const failing = Object.fromEntries(
    [...problems].filter(([where, found]) => where !== 'deliberately wrong' && found.length > 0),
  );
  expect(failing).toEqual({});
});
