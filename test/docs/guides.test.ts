import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { Keysmith, RETRY_DEFAULTS } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { USAGE } from '../../mock/node/cli-args.ts';
import { generatedPart } from '../../scripts/docs-markers.ts';
import { RETRY_DEFAULTS_TABLE, renderRetryDefaults } from '../../scripts/docs-retry-defaults.ts';
import { ROOT } from './site-build.ts';

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const GUIDES = [
  'getting-started.md',
  'testing-with-the-mock.md',
  'retries-and-rate-limits.md',
  'key-lifecycle.md',
  'errors.md',
];
// typedoc.jsonc has comments and trailing commas: it is read as TypeScript (and TypeDoc) read such files.
const typedocJsonc = ts.parseConfigFileTextToJson('typedoc.jsonc', read('typedoc.jsonc'));
if (typedocJsonc.error !== undefined)
  throw new Error(`typedoc.jsonc: ${ts.flattenDiagnosticMessageText(typedocJsonc.error.messageText, '\n')}`);
const typedocConfig = typedocJsonc.config as {
  projectDocuments: string[];
  readme: string;
};

/** The relative Markdown links of a file, without anchors. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => (match[1] ?? '').split('#')[0] ?? '')
    .filter((link) => link !== '' && !/^[a-z]+:/.test(link));
}

describe('the guides', () => {
  test('are the project documents of the site, in reading order, with the home page linking each', () => {
    expect(typedocConfig.projectDocuments).toEqual(GUIDES.map((guide) => `docs/${guide}`));
    expect(typedocConfig.readme).toBe('docs/index.md');
    const onDisk = readdirSync(join(ROOT, 'docs')).filter((file) => file.endsWith('.md') && file !== 'index.md');
    expect(onDisk.sort()).toEqual([...GUIDES].sort());
    const home = read('docs/index.md');
    for (const guide of GUIDES) expect(home).toContain(`(./${guide})`);
  });

  test('each has a title and sits in the Guides group', () => {
    for (const guide of GUIDES) expect(read(`docs/${guide}`)).toMatch(/^---\ntitle: .+\ngroup: Guides\n---\n/);
  });

  test('link only to files that exist', () => {
    for (const file of ['docs/index.md', ...GUIDES.map((guide) => `docs/${guide}`)]) {
      const broken = relativeLinks(read(file)).filter((link) => !existsSync(resolve(ROOT, dirname(file), link)));
      expect(broken, file).toEqual([]);
    }
  });

  test('the README opens with installing and using the package, and keeps the contributor commands', () => {
    const readme = read('README.md');
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock.split('\n')[0]).toBe('npm install keysmith');
    expect(firstBlock).toMatch(/^npm install --save-dev msw +# only .*mock\.handlers/m);
    const contributing = readme.indexOf('## Contributing');
    expect(contributing).toBeGreaterThan(readme.indexOf('## Use the SDK'));
    expect(contributing).toBeGreaterThan(readme.indexOf('## Test against the mock'));
    // CI (.ci/run) runs exactly these two.
    expect(readme.slice(contributing)).toContain('npm install && npm start');
    expect(readme.slice(contributing)).toMatch(/^npm test\b/m);
  });

  test('the README links every guide and says how to build the site', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('## Documentation'));
    expect(section.startsWith('## Documentation')).toBe(true);
    for (const guide of GUIDES) expect(section).toContain(`(docs/${guide})`);
    expect(section).toContain('npm run docs');
    expect(section).toContain('site/index.html');
  });
});

describe('retries and rate limits', () => {
  const guide = read('docs/retries-and-rate-limits.md');

  test("the defaults table is what npm run docs:generate makes from the SDK's RETRY_DEFAULTS", () => {
    expect(generatedPart(guide, RETRY_DEFAULTS_TABLE), 'run npm run docs:generate').toBe(renderRetryDefaults());
  });

  test('names every header the spec defines or takes', () => {
    const spec = parse(read('openapi.yaml')) as {
      components: { headers: Record<string, unknown>; parameters: Record<string, { in: string; name: string }> };
    };
    const responseHeaders = Object.keys(spec.components.headers).filter((name) => name !== 'Retry-After-Optional');
    const requestHeaders = Object.values(spec.components.parameters)
      .filter((parameter) => parameter.in === 'header')
      .map((parameter) => parameter.name);
    expect(responseHeaders.length).toBeGreaterThan(5);
    const missing = [...responseHeaders, ...requestHeaders, 'Authorization'].filter(
      (name) => !guide.includes(`\`${name}\``),
    );
    expect(missing).toEqual([]);
  });

  test("getting started quotes the SDK's defaults", () => {
    const start = read('docs/getting-started.md');
    const grouped = (ms: number): string => `${String(ms).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} ms`;
    expect(start).toContain(`| \`maxRetries\` | ${RETRY_DEFAULTS.maxRetries} |`);
    expect(start).toContain(`| \`timeout\` | ${grouped(RETRY_DEFAULTS.timeoutMs)} |`);
    expect(start).toContain(`| \`maxRetryAfter\` | ${grouped(RETRY_DEFAULTS.maxRetryAfterMs)} |`);
  });
});

describe('testing with the mock', () => {
  const guide = read('docs/testing-with-the-mock.md');

  test("documents every /__mock/ control of keysmith-mock's --help", () => {
    const controls = [...USAGE.matchAll(/^ {2}(GET|POST|PUT|DELETE) +(\/__mock\/\w+)/gm)].map(
      (match) => `${match[1]} ${match[2]}`,
    );
    expect(controls.length).toBeGreaterThanOrEqual(13);
    expect(controls.filter((control) => !guide.includes(`\`${control}\``))).toEqual([]);
  });

  test("documents the secret subcommand of keysmith-mock's --help", () => {
    expect(USAGE).toContain('keysmith-mock secret ENVIRONMENT');
    expect(guide).toContain('keysmith-mock secret ENVIRONMENT');
    expect(guide).toContain('npx keysmith-mock secret production');
  });

  test("documents every option of keysmith-mock's --help", () => {
    const options = [...USAGE.matchAll(/^ {2}(?:-\w, )?(--[a-z]+)/gm)].map((match) => match[1] ?? '');
    expect(options).toEqual(['--port', '--host', '--seed', '--state', '--detached', '--help']);
    expect(options.filter((option) => !guide.includes(option))).toEqual([]);
  });
});

describe('key lifecycle', () => {
  test('delete revokes a live key first, so its secret is refused as revoked, and a second delete is a 404', async () => {
    const mock = createMockApi();
    const admin = new Keysmith({ apiKey: mock.adminKey, fetch: (request) => mock.fetch(request) });
    const key = await admin.keys.create({ name: 'short-lived', permissions: [] });
    await admin.keys.delete(key.id);
    await expect(
      new Keysmith({ apiKey: key.secret, fetch: (request) => mock.fetch(request) }).me(),
    ).rejects.toMatchObject({ code: 'revoked_api_key' });
    await expect(admin.keys.delete(key.id)).rejects.toMatchObject({ status: 404, code: 'not_found' });
    expect(read('docs/key-lifecycle.md')).toContain('a second\ndelete is a `404`');
  });
});
