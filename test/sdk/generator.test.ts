/**
 * The generator as a contributor uses it: an operation added to a copy of the spec becomes a
 * method with the spec's summary in its TSDoc, and one removed takes its method with it; either
 * way the SDK type-checks.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { generatedFilesFor } from '../../scripts/generated-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const ROOT_URL = new URL('../../', import.meta.url);

type Spec = { paths: Record<string, unknown> };
const readSpec = (): Spec => parse(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8')) as Spec;

/** The SDK's sources with the generated files of `spec`, in a scratch folder inside the project (for its node_modules). */
async function sdkFor(spec: Spec, name: string): Promise<{ files: Map<string, string>; dir: string }> {
  const files = await generatedFilesFor(stringify(spec), ROOT_URL);
  const dir = join(ROOT, '.cache/generator-test', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  for (const [path, contents] of files) {
    if (path.startsWith('src/')) writeFileSync(join(dir, path), contents);
  }
  return { files, dir };
}

/** Type errors of the SDK in `dir` plus a consumer file, with the project's compiler options. */
function typeErrors(dir: string, consumer: string): string[] {
  const consumerPath = join(dir, 'consumer.ts');
  writeFileSync(consumerPath, consumer);
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    { paths: {} },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram([join(dir, 'src/index.ts'), consumerPath], config.options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const TOUCH = {
  parameters: [{ $ref: '#/components/parameters/KeyIdPath' }],
  post: {
    operationId: 'touchApiKey',
    tags: ['API Keys'],
    summary: 'Touch an API key',
    description: 'Marks the key as used now.',
    'x-keysmith-method': 'keys.touch',
    'x-codeSamples': [
      {
        lang: 'TypeScript',
        label: 'keysmith',
        source: "const key = await client.keys.touch('key_7Hq2ZbN4xTmW9cLp');\n",
      },
    ],
    parameters: [{ $ref: '#/components/parameters/KeysmithVersion' }],
    responses: {
      '200': {
        description: 'The key.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiKey' } } },
      },
      '401': { $ref: '#/components/responses/Unauthorized' },
    },
  },
};

describe('npm run generate on a changed spec', () => {
  test('an operation with x-keysmith-method keys.touch becomes client.keys.touch() with the spec’s summary', async () => {
    const spec = readSpec();
    spec.paths['/v1/api-keys/{id}/touch'] = TOUCH;
    const { files, dir } = await sdkFor(spec, 'added');
    const keys = files.get('src/generated/resources/keys.ts') ?? '';
    expect(keys).toContain('   * Touch an API key.\n   *\n   * Marks the key as used now.');
    expect(keys).toContain('touch(id: string, options?: RequestOptions): ApiPromise<ApiKey> {');
    expect(keys).toContain("api.POST('/v1/api-keys/{id}/touch', { params: { path: { id } } })");
    const consumer = [
      "import { Keysmith, type ApiKey } from './src/index.js';",
      'const client = new Keysmith();',
      "export const touched: Promise<ApiKey> = client.keys.touch('key_7Hq2ZbN4xTmW9cLp');",
    ].join('\n');
    expect(typeErrors(dir, consumer)).toEqual([]);
  }, 60_000);

  test('an operation removed from the spec takes its method with it, and the SDK still type-checks', async () => {
    const spec = readSpec();
    delete spec.paths['/v1/me'];
    const { files, dir } = await sdkFor(spec, 'removed');
    expect(files.get('src/generated/keysmith-api.ts')).not.toMatch(/\bme\(/);
    const consumer = [
      "import { Keysmith } from './src/index.js';",
      'const client = new Keysmith();',
      '// @ts-expect-error -- the spec no longer has GET /v1/me',
      'export const me = client.me();',
    ].join('\n');
    expect(typeErrors(dir, consumer)).toEqual([]);
  }, 60_000);

  /** The generated SDK files (not the types, not the mock's copy of the spec) that differ from what is committed. */
  async function staleSdkFiles(change: (spec: Spec) => void): Promise<string[]> {
    const spec = readSpec();
    change(spec);
    const files = await generatedFilesFor(stringify(spec), ROOT_URL);
    return [...files]
      .filter(([path]) => path.startsWith('src/generated/') && path !== 'src/generated/api.ts')
      .filter(([path, contents]) => readFileSync(join(ROOT, path), 'utf8') !== contents)
      .map(([path]) => path);
  }

  type Operation = Record<string, unknown>;
  const operation = (spec: Spec, path: string, method: string): Operation =>
    (spec.paths[path] as Record<string, Operation>)[method] ?? {};

  test.each([
    ['summary', (spec: Spec) => (operation(spec, '/v1/me', 'get').summary = 'Who am I')],
    ['description', (spec: Spec) => (operation(spec, '/v1/me', 'get').description = 'The calling key, and more.')],
    [
      'example',
      (spec: Spec) =>
        (operation(spec, '/v1/me', 'get')['x-codeSamples'] = [
          { lang: 'TypeScript', label: 'keysmith', source: 'await client.me();' },
        ]),
    ],
    ['x-keysmith-method', (spec: Spec) => (operation(spec, '/v1/me', 'get')['x-keysmith-method'] = 'whoami')],
    [
      'x-keysmith-pagination',
      (spec: Spec) =>
        (operation(spec, '/v1/api-keys', 'get')['x-keysmith-pagination'] = {
          cursor: 'limit',
          items: 'data',
          hasMore: 'has_more',
          nextCursor: 'next_cursor',
        }),
    ],
  ])(
    'a changed %s makes the committed SDK stale, so check:generated fails until it is regenerated',
    async (_, change) => {
      expect(await staleSdkFiles(change)).not.toEqual([]);
    },
  );

  test('a scope added to x-keysmith-known-scopes becomes a KnownScope, which permissions then take', async () => {
    const spec = readSpec() as Spec & { components: { schemas: Record<string, Record<string, unknown>> } };
    const scope = spec.components.schemas['Scope'] ?? {};
    scope['x-keysmith-known-scopes'] = [...(scope['x-keysmith-known-scopes'] as string[]), 'billing:read'];
    const files = await generatedFilesFor(stringify(spec), ROOT_URL);
    expect(files.get('src/generated/schemas.ts')).toMatch(/export type KnownScope =[^;]*'billing:read';/);
    expect(files.get('src/generated/schemas.ts')).toContain('permissions: Scope[];');
  });

  test('every optional property of the generated types takes an explicit undefined', async () => {
    const types = (await generatedFilesFor(stringify(readSpec()), ROOT_URL)).get('src/generated/api.ts') ?? '';
    expect(types).toContain('limit?: number | undefined;');
    expect(types).not.toMatch(/\?: (?!.*\| undefined;$).*;$/m);
  });

  test('the spec as committed generates exactly the committed SDK', async () => {
    expect(await staleSdkFiles(() => undefined)).toEqual([]);
  });
});
