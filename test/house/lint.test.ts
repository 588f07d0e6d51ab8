/**
 * `npm run lint` is part of `npm test`, and it bites: Prettier refuses code laid out otherwise,
 * and typescript-eslint's strict, type-checked rules refuse a slip, in the project's own config.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { check, resolveConfig } from 'prettier';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// Inside test/, so the TypeScript project (and with it the type-checked rules) covers it.
const PROBE = join(ROOT, 'test/house/lint-probe.ts');

afterAll(() => {
  rmSync(PROBE, { force: true });
});

describe('npm run lint', () => {
  test('is run by npm test', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.test).toContain('npm run lint');
    expect(scripts.lint).toMatch(/prettier --check/);
    expect(scripts.lint).toMatch(/eslint/);
  });

  test('Prettier refuses a line laid out by hand, and accepts it formatted', async () => {
    const options = { ...(await resolveConfig(PROBE)), filepath: PROBE };
    expect(await check('export const answer = {a:1,\n  b : 2};\n', options)).toBe(false);
    expect(await check('export const answer = { a: 1, b: 2 };\n', options)).toBe(true);
  });

  test('ESLint refuses a floating promise and a non-null assertion, and names the rules', async () => {
    writeFileSync(
      PROBE,
      [
        'export function slip(values: string[]): string {',
        '  Promise.resolve(1);',
        '  return values[0]!;',
        '}',
        '',
      ].join('\n'),
    );
    const [result] = await new ESLint({ cwd: ROOT }).lintFiles([PROBE]);
    const rules = result?.messages.map((message) => message.ruleId) ?? [];
    expect(rules).toContain('@typescript-eslint/no-floating-promises');
    expect(rules).toContain('@typescript-eslint/no-non-null-assertion');

    writeFileSync(PROBE, "export function clean(values: string[]): string {\n  return values[0] ?? '';\n}\n");
    const [clean] = await new ESLint({ cwd: ROOT }).lintFiles([PROBE]);
    expect(clean?.messages).toEqual([]);
  }, 60_000);
});
