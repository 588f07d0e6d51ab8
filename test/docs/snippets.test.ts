/**
 * Every ```ts block of README.md and docs/*.md compiles as a reader pastes it: a module of its own,
 * with its own imports, under the options `tsc --init` writes (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess, module nodenext, no global types), against the package's real types.
 * A block that is partial on purpose says so on its first line, where a reader sees it —
 * `// Partial: <why>` — and is left out; nothing else is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, expect, test } from 'vitest';
import { ROOT } from './site-build.ts';

interface Snippet {
  /** Where it is: `docs/errors.md:42` (the block's first line). */
  where: string;
  /** The virtual file it is checked as, beside the project's node_modules. */
  file: string;
  code: string;
  /** The reason given by a `// Partial:` first line, if any. */
  partial: string | undefined;
}

const MARKDOWN = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const PARTIAL = /^\/\/ Partial: (.*)$/;

function snippetsOf(markdown: string): Snippet[] {
  const found: Snippet[] = [];
  const lines = readFileSync(join(ROOT, markdown), 'utf8').split('\n');
  let start = -1;
  let info = '';
  for (const [index, line] of lines.entries()) {
    if (start === -1 && line.trimStart().startsWith('```')) {
      start = index;
      info = line.trim().slice(3);
    } else if (start !== -1 && line.trim() === '```') {
      if (/^(ts|typescript)\b/.test(info)) {
        const indent = /^\s*/.exec(lines[start] ?? '')?.[0].length ?? 0;
        const code = lines.slice(start + 1, index).map((text) => text.slice(indent));
        found.push({
          where: `${markdown}:${start + 2}`,
          file: join(ROOT, `.snippet-${markdown.replace(/\W/g, '-')}-${start + 2}.ts`),
          code: `${code.join('\n')}\nexport {};\n`,
          partial: PARTIAL.exec(code[0] ?? '')?.[1],
        });
      }
      start = -1;
    }
  }
  return found;
}

/** The compiler options `tsc --init` writes today, read from a fresh run of it. */
function tscInitOptions(): ts.CompilerOptions {
  const dir = mkdtempSync(join(tmpdir(), 'keysmith-tsc-init-'));
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['--init'], { cwd: dir, stdio: 'ignore' });
    const { config } = ts.readConfigFile(join(dir, 'tsconfig.json'), (path) => ts.sys.readFile(path)) as {
      config: { compilerOptions: Record<string, unknown> };
    };
    // `keysmith` resolves to its sources here, as it would to its declarations in the reader's node_modules.
    config.compilerOptions.paths = {
      keysmith: ['./src/index.ts'],
      'keysmith/mock': ['./mock/index.ts'],
      'keysmith/mock/node': ['./mock/node/index.ts'],
    };
    return { ...ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options, noEmit: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Type-checks snippets in one program; returns each one's problems, by `where`. */
function check(snippets: readonly Snippet[], options: ts.CompilerOptions): Map<string, string[]> {
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
  const program = ts.createProgram({ rootNames: [...byFile.keys()], options, host });
  const global = program
    .getOptionsDiagnostics()
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  const problems = new Map<string, string[]>([['the options', global]]);
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
let options: ts.CompilerOptions;
let problems: Map<string, string[]>;

beforeAll(() => {
  all = MARKDOWN.flatMap(snippetsOf);
  options = tscInitOptions();
  const wrong = (where: string, code: string): Snippet => ({
    where,
    file: join(ROOT, `.snippet-${where.replace(/\W/g, '-')}.ts`),
    code: `${code}\nexport {};\n`,
    partial: undefined,
  });
  problems = check(
    [
      ...all.filter((snippet) => snippet.partial === undefined),
      wrong('a wrong option', "import { Keysmith } from 'keysmith';\nawait new Keysmith({ retries: 3 }).keys.lst();"),
      wrong('a missing import', 'const mock = createMockApi();'),
      wrong(
        'an undefined optional',
        "import { createMockApi } from 'keysmith/mock';\ncreateMockApi({ now: undefined });",
      ),
    ],
    options,
  );
}, 180_000);

test("the check uses tsc --init's strict defaults", () => {
  expect(options).toMatchObject({
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    types: [],
  });
  expect(problems.get('the options')).toEqual([]);
});

test('the check catches a wrong option, a missing import and an undefined optional', () => {
  expect(problems.get('a wrong option')?.join('\n')).toMatch(/retries/);
  expect(problems.get('a missing import')?.join('\n')).toMatch(/createMockApi/);
  expect(problems.get('an undefined optional')?.join('\n')).toMatch(/exactOptionalPropertyTypes/);
});

test('README and every guide have TypeScript examples to check', () => {
  expect(all.length).toBeGreaterThanOrEqual(20);
  expect(new Set(all.map((snippet) => snippet.where.split(':')[0]))).toEqual(new Set(MARKDOWN));
});

test('a partial example says why on its first line, and no block hides a marker in its info string', () => {
  for (const snippet of all.filter((candidate) => candidate.partial !== undefined)) {
    expect(snippet.partial?.trim().length, snippet.where).toBeGreaterThan(10);
  }
  const hidden = MARKDOWN.filter((file) => /```(ts|typescript) +\S/.test(readFileSync(join(ROOT, file), 'utf8')));
  expect(hidden).toEqual([]);
});

test('every TypeScript example in README and the guides compiles as pasted', () => {
  const failing = Object.fromEntries(
    all
      .filter((snippet) => snippet.partial === undefined)
      .map((snippet) => [snippet.where, problems.get(snippet.where) ?? ['not checked']] as const)
      .filter(([, found]) => found.length > 0),
  );
  expect(failing).toEqual({});
});
