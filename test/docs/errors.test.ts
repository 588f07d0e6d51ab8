import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ERROR_GUIDANCE } from '../../scripts/docs-error-guidance.ts';
import { ERROR_TABLE, readSpecErrorCodes, renderErrorTable } from '../../scripts/docs-errors.ts';
import { generatedPart } from '../../scripts/docs-markers.ts';
import { ROOT } from './site-build.ts';

const specText = readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
const guide = readFileSync(join(ROOT, 'docs/errors.md'), 'utf8');
const enumCodes = (parse(specText) as { components: { schemas: { ErrorCode: { enum: string[] } } } }).components.schemas
  .ErrorCode.enum;

/** The guide's table as code → statuses, read back from the Markdown. */
function tableRows(): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const line of (generatedPart(guide, ERROR_TABLE) ?? '').split('\n')) {
    const match = /^\| `(\w+)` \| ([\d, ]+) \|/.exec(line);
    if (match?.[1] && match[2])
      rows.set(
        match[1],
        match[2].split(',').map((status) => Number(status.trim())),
      );
  }
  return rows;
}

describe('docs/errors.md', () => {
  test('its table is what npm run docs:generate makes from openapi.yaml', () => {
    expect(generatedPart(guide, ERROR_TABLE), 'run npm run docs:generate').toBe(
      renderErrorTable(readSpecErrorCodes(specText)),
    );
  });

  test("lists every code of the spec's ErrorCode once, and nothing else", () => {
    expect([...tableRows().keys()].sort()).toEqual([...enumCodes].sort());
  });

  test('gives each code the statuses of the spec responses that can carry it', () => {
    const rows = tableRows();
    for (const { code, statuses } of readSpecErrorCodes(specText)) expect(rows.get(code), code).toEqual(statuses);
    expect(rows.get('rate_limited')).toEqual([429]);
    expect(rows.get('insufficient_scope')).toEqual([403]);
    expect(rows.get('idempotency_conflict')).toEqual([409]);
  });

  test('has what-it-means and what-to-do text for every code', () => {
    expect(Object.keys(ERROR_GUIDANCE).sort()).toEqual([...enumCodes].sort());
    for (const [code, text] of Object.entries(ERROR_GUIDANCE)) {
      expect(text.meaning.length, code).toBeGreaterThan(10);
      expect(text.todo.length, code).toBeGreaterThan(10);
    }
  });

  test('names the SDK error class that each status becomes', () => {
    const row = (code: string): string =>
      (generatedPart(guide, ERROR_TABLE) ?? '').split('\n').find((line) => line.startsWith(`| \`${code}\``)) ?? '';
    expect(row('revoked_api_key')).toContain('[`AuthenticationError`](../src/errors.ts#AuthenticationError)');
    expect(row('rate_limited')).toContain('[`RateLimitError`](../src/errors.ts#RateLimitError)');
    expect(row('service_unavailable')).toContain('[`InternalServerError`](../src/errors.ts#InternalServerError)');
  });
});

describe('reading the spec', () => {
  test('refuses a code that no response can carry', () => {
    const orphan = specText.replace(
      '        - service_unavailable\n',
      '        - service_unavailable\n        - never_sent\n',
    );
    expect(orphan).not.toBe(specText);
    expect(() => readSpecErrorCodes(orphan)).toThrow(
      'ErrorCode lists never_sent, but no response of any operation can carry it.',
    );
  });

  test('refuses a response code that ErrorCode does not list', () => {
    const stray = specText.replace(
      'code: { type: string, enum: [not_found] }',
      'code: { type: string, enum: [not_found, gone] }',
    );
    expect(stray).not.toBe(specText);
    expect(() => readSpecErrorCodes(stray)).toThrow('names gone, which ErrorCode does not list');
  });
});
