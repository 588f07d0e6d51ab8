/**
 * The examples that come from openapi.yaml cannot drift: every `@example` of the generated code
 * type-checks against the SDK as users import it, and every operation's `x-codeSamples` example
 * runs against the mock.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { Keysmith } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './site-build.ts';

/** The id the spec's examples use for an existing key. */
const EXAMPLE_KEY_ID = 'key_7Hq2ZbN4xTmW9cLp';
const GENERATED = join(ROOT, 'src/generated');
const SCRATCH = join(ROOT, '.cache/generated-examples');

/** The fenced TypeScript blocks of every doc comment in a file. */
function examplesIn(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const blocks: string[] = [];
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const text = comment.replace(/^\s*\/?\*+\/? ?/gm, '');
    for (const match of text.matchAll(/```ts\n(?<code>[\s\S]*?)```/g)) blocks.push(match.groups?.code ?? '');
  }
  return blocks;
}

/** The compiler options of tsconfig.json, where `keysmith` resolves to the sources. */
function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  return config.options;
}

/** The names `keysmith` exports (values and types), as the compiler sees its entry. */
function exportedNames(options: ts.CompilerOptions): Set<string> {
  const entry = join(ROOT, 'src/index.ts');
  const program = ts.createProgram([entry], options);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error('src/index.ts could not be read');
  return new Set(checker.getExportsOfModule(module).map((symbol) => symbol.name));
}

describe('examples generated from openapi.yaml', () => {
  const files = [
    join(GENERATED, 'keysmith-api.ts'),
    join(GENERATED, 'schemas.ts'),
    ...readdirSync(join(GENERATED, 'resources')).map((name) => join(GENERATED, 'resources', name)),
  ];

  test('every @example of the generated code type-checks against `keysmith`', () => {
    const options = compilerOptions();
    const exported = exportedNames(options);
    rmSync(SCRATCH, { recursive: true, force: true });
    mkdirSync(SCRATCH, { recursive: true });
    const written: string[] = [];
    for (const file of files) {
      examplesIn(file).forEach((example, index) => {
        // The names of `keysmith` the example uses, imported as a user would; `client` is given.
        const used = [...new Set(example.match(/\b[A-Z][A-Za-z]+\b/g) ?? [])].filter((name) => exported.has(name));
        const path = join(SCRATCH, `${file.split('/').at(-1)?.replace('.ts', '')}-${index}.ts`);
        const header = used.length > 0 ? `import type { ${used.join(', ')} } from 'keysmith';\n` : '';
        writeFileSync(
          path,
          `${header}import type { Keysmith } from 'keysmith';\ndeclare const client: Keysmith;\n${example}\nexport {};\n`,
        );
        written.push(path);
      });
    }
    // At least one per method, and one per friendly type name.
    expect(written.length).toBeGreaterThanOrEqual(20);

    const program = ts.createProgram(written, options);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && d.file.fileName.startsWith(SCRATCH))
      .map(
        (d) => `${d.file?.fileName.slice(SCRATCH.length + 1)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(problems).toEqual([]);
  });

  interface SpecOperation {
    'x-keysmith-method': string;
    'x-codeSamples': { lang: string; label: string; source: string }[];
  }
  const spec = parse(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8')) as {
    paths: Record<string, Record<string, SpecOperation>>;
  };
  const samples = Object.values(spec.paths).flatMap((item) =>
    Object.values(item)
      .filter(
        (operation): operation is SpecOperation => typeof operation === 'object' && 'x-keysmith-method' in operation,
      )
      .map((operation) => ({
        method: operation['x-keysmith-method'],
        source: operation['x-codeSamples'].find((s) => s.lang === 'TypeScript' && s.label === 'keysmith')?.source ?? '',
      })),
  );

  test.each(samples)('the x-codeSamples example of $method runs against the mock', async ({ source }) => {
    // A fresh mock holding a key with the id the examples use.
    const mock = createMockApi({
      now: '2026-11-01T09:00:00Z',
      keys: [
        { id: EXAMPLE_KEY_ID, secret: createSecret('production'), name: 'CI pipeline', permissions: ['keys:read'] },
      ],
    });
    const client = new Keysmith({ apiKey: mock.adminKey, fetch: (request) => mock.fetch(request) });
    const printed: unknown[][] = [];
    const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022 } });
    const run = runInNewContext(`(async () => {\n${outputText}\n})()`, {
      client,
      console: { log: (...values: unknown[]) => printed.push(values) },
    }) as Promise<void>;
    await run;
    expect(printed.length).toBeGreaterThan(0);
    // Every value the example printed was there: no `undefined` from a field that does not exist.
    expect(printed.flat()).not.toContain(undefined);
    expect(
      mock.requests
        .all()
        .map((entry) => entry.status)
        .every((status) => status < 400),
    ).toBe(true);
  });
});
