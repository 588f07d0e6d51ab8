import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { HIDDEN_GENERATED_EXPORTS } from '../../scripts/docs-typedoc-plugin.ts';
import { ENTRIES, exportedNames } from './public-exports.ts';
import { builtSite, ROOT, type SiteBuild } from './site-build.ts';

const GUIDES = ['Getting_started', 'Testing_with_the_mock', 'Retries_and_rate_limits', 'Key_lifecycle', 'Errors'];
const PAGE_FOLDERS = ['classes', 'interfaces', 'functions', 'types', 'variables', 'enums'];

let site: SiteBuild;
let pages: string[];
let names: ReturnType<typeof exportedNames>;

beforeAll(async () => {
  site = await builtSite();
  pages =
    site.exitCode === 0
      ? readdirSync(site.dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
      : [];
  names = exportedNames();
}, 300_000);

/** A page's text without tags or whitespace, so signatures compare however TypeDoc wraps them. */
const squeezed = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, '');

const pageOf = (slug: string, name: string): string | undefined =>
  PAGE_FOLDERS.map((folder) => `${folder}/${slug}.${name}.html`).find((page) => pages.includes(page));

describe('the TypeDoc site', () => {
  test('builds without a warning', () => {
    const warnings = site.log.split('\n').filter((line) => /\[(warning|error)\]/.test(line));
    expect(warnings, site.log).toEqual([]);
    expect(site.exitCode, site.log).toBe(0);
    expect(existsSync(join(site.dir, 'index.html'))).toBe(true);
  });

  test('has a page for each guide, and the key-state diagram beside them', () => {
    for (const guide of GUIDES) expect(pages).toContain(`documents/${guide}.html`);
    expect(readFileSync(join(site.dir, 'documents/Key_lifecycle.html'), 'utf8')).toMatch(
      /<img [^>]*src="[^"]*key-states\.svg"/,
    );
    expect(readFileSync(join(site.dir, 'media/key-states.svg'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'docs/key-states.svg'), 'utf8'),
    );
  });

  test.each(ENTRIES)('documents every runtime export of $specifier on a page of its own', async (entry) => {
    const runtime = Object.keys((await import(/* @vite-ignore */ entry.specifier)) as Record<string, unknown>);
    expect(runtime.length).toBeGreaterThan(0);
    const missing = runtime.filter((name) => pageOf(entry.slug, name) === undefined);
    expect(missing).toEqual([]);
  });

  test.each(ENTRIES)(
    'documents every exported type of $specifier, leaving out only the raw generated types',
    (entry) => {
      const exported = names.get(entry.specifier) ?? [];
      expect(exported.length).toBeGreaterThan(0);
      const hidden = entry.specifier === 'keysmith' ? HIDDEN_GENERATED_EXPORTS : new Set<string>();
      const missing = exported.filter((name) => !hidden.has(name) && pageOf(entry.slug, name) === undefined);
      expect(missing).toEqual([]);
    },
  );

  test.each(ENTRIES)("names every export of $specifier on the module's page", (entry) => {
    const html = readFileSync(join(site.dir, `modules/${entry.slug}.html`), 'utf8');
    const hidden = entry.specifier === 'keysmith' ? HIDDEN_GENERATED_EXPORTS : new Set<string>();
    const unnamed = (names.get(entry.specifier) ?? []).filter(
      (name) => !hidden.has(name) && !html.includes(`>${name}</a>`) && !html.includes(`>${name}<`),
    );
    expect(unnamed).toEqual([]);
  });

  test('keeps the generated paths, components and operations types out, and shows the fields they describe', () => {
    for (const name of HIDDEN_GENERATED_EXPORTS) expect(pageOf('keysmith', name)).toBeUndefined();
    const apiKey = readFileSync(join(site.dir, 'types/keysmith.ApiKey.html'), 'utf8');
    expect(apiKey).toContain('masked_key');
    expect(apiKey).toContain('stable across regenerations'); // KeyId's description, for the $ref-only `id`
    expect(apiKey).not.toContain('components');
    const keys = squeezed(readFileSync(join(site.dir, 'interfaces/keysmith.KeysResource.html'), 'utf8'));
    // The spec's schema name (issue 13), never the spelled-out generated type.
    expect(keys).toMatch(/create\(params:CreateApiKeyRequest,options\?:RequestOptions,?\):ApiPromise<ApiKeyWithSecret>/);
  });

  test('links only to pages and files it has', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(site.dir, page), 'utf8');
      for (const [, href = ''] of html.matchAll(/href="([^"#?]+)[^"]*"/g)) {
        if (/^[a-z]+:/.test(href)) continue;
        if (!existsSync(join(site.dir, dirname(page), href))) broken.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('counts its pages', () => {
    // A floor, not an exact number: every export and guide has a page, plus the index and modules.
    const exportsCount = [...names.values()].flat().length - HIDDEN_GENERATED_EXPORTS.size;
    expect(pages.length).toBeGreaterThanOrEqual(exportsCount + GUIDES.length + 1);
  });
});
