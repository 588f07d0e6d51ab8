/**
 * The guides link symbols as plain markdown to the file that declares them
 * (`[ApiError](../src/errors.ts#ApiError)`): readable on the repository page, where TypeDoc's
 * `{@link …}` would show raw, and still checked by the site's build (scripts/docs-source-links.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from './site-build.ts';

const MARKDOWN = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const dir = mkdtempSync(join(tmpdir(), 'keysmith-source-links-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('no TypeDoc link markup shows in the README or a guide', () => {
  const raw = MARKDOWN.filter((file) => readFileSync(join(ROOT, file), 'utf8').includes('{@link'));
  expect(raw).toEqual([]);
});

test('the guides link symbols to the file that declares them, by name', () => {
  const links = MARKDOWN.flatMap((file) => [
    ...readFileSync(join(ROOT, file), 'utf8').matchAll(/\]\((\.\.\/(?:src|mock)\/[^)]+)\)/g),
  ]);
  expect(links.length).toBeGreaterThan(40);
  expect(links.map((match) => match[1]).filter((link) => !/\.ts(#\w+)?$/.test(link ?? ''))).toEqual([]);
});

test('the site build fails on a link to an export the file does not declare, or to a source file without a symbol', () => {
  const src = relative(dir, join(ROOT, 'src'));
  const page = join(dir, 'bad-links.md');
  writeFileSync(
    page,
    [
      '---',
      'title: Bad links',
      '---',
      '',
      `Good: [ApiError](${src}/errors.ts#ApiError). Wrong file: [Keysmith](${src}/errors.ts#Keysmith).`,
      `Unknown: [Nope](${src}/errors.ts#NoSuchError). No symbol: [retry](${src}/retry.ts).`,
      '',
    ].join('\n'),
  );
  const build = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['scripts/docs-build.ts', '--out', join(dir, 'site'), '--projectDocuments', page],
    { cwd: ROOT, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  const log = stripVTControlCharacters(build.stdout + build.stderr);
  expect(build.status, log).not.toBe(0);
  const warnings = log.split('\n').filter((line) => line.includes('[warning]'));
  expect(warnings.some((line) => line.includes('names no export Keysmith declared in src/errors.ts'))).toBe(true);
  expect(warnings.some((line) => line.includes('names no export NoSuchError'))).toBe(true);
  expect(warnings.some((line) => line.includes('retry.ts names no symbol'))).toBe(true);
  expect(warnings.filter((line) => line.includes('ApiError'))).toEqual([]);
}, 250_000);
