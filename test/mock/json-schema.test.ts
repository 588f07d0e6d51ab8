import { describe, expect, test } from 'vitest';
import { isDateTime } from '../../mock/contract/date-time.js';
import { validate, type JsonSchema } from '../../mock/contract/json-schema.js';
import { describeSchema } from '../../mock/contract/schema-description.js';
import { resolveSchema, schemaNamed } from '../../mock/contract/spec.js';

describe('the schema validator', () => {
  test('accepts RFC 3339 date-times with real calendar dates only', () => {
    for (const good of ['2026-11-01T12:00:00Z', '2024-02-29T00:00:00.123+02:00', '2026-11-01t12:00:00z'])
      expect(isDateTime(good)).toBe(true);
    for (const bad of [
      '2026-11-01',
      '2026-02-29T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-11-01T24:00:00Z',
      '2026-11-01T12:00:00+25:00',
      '2026-11-01 12:00:00Z',
    ]) {
      expect(isDateTime(bad)).toBe(false);
    }
  });

  test('describes what a schema expects in words', () => {
    expect(describeSchema({ type: 'integer', minimum: 1, maximum: 100 }, resolveSchema)).toBe(
      'an integer from 1 to 100',
    );
    expect(describeSchema({ type: ['string', 'null'], maxLength: 500 }, resolveSchema)).toBe(
      'a string of at most 500 characters or null',
    );
    expect(describeSchema({ $ref: '#/components/schemas/Environment' }, resolveSchema)).toBe(
      'one of production, staging, development',
    );
  });

  test('reports the first violation with a dotted path', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        outer: { type: 'object', properties: { list: { type: 'array', items: { type: 'string', minLength: 2 } } } },
      },
    };
    expect(validate(schema, { outer: { list: ['ok', 'x'] } }, resolveSchema)).toEqual({
      path: 'outer.list.1',
      message: 'outer.list.1 must be a string of at least 2 characters.',
    });
    expect(validate(schema, { outer: { list: ['ok'] } }, resolveSchema)).toBeNull();
  });

  test('oneOf needs exactly one branch, allOf every branch', () => {
    const oneOf: JsonSchema = { oneOf: [{ type: 'integer' }, { type: 'number' }] };
    expect(validate(oneOf, 1.5, resolveSchema)).toBeNull();
    expect(validate(oneOf, 1, resolveSchema)).not.toBeNull();
    const allOf: JsonSchema = { allOf: [{ type: 'integer' }, { minimum: 3 }] };
    expect(validate(allOf, 2, resolveSchema)?.message).toBe('The body must be a number of at least 3.');
  });

  test('uniqueItems, const and enum are enforced', () => {
    expect(validate({ type: 'array', uniqueItems: true }, ['a', 'a'], resolveSchema, 'list')?.message).toBe(
      'list must not list the same item twice.',
    );
    expect(validate({ const: 'list' }, 'other', resolveSchema, 'object')?.message).toBe('object must be "list".');
    expect(validate({ enum: ['a', 'b'] }, 'c', resolveSchema, 'x')?.message).toBe('x must be one of a, b.');
  });

  test('validates the spec’s own examples of a create request', () => {
    expect(
      validate(
        schemaNamed('CreateApiKeyRequest'),
        {
          name: 'CI pipeline',
          permissions: ['keys:read'],
          expires_at: '2027-01-01T00:00:00Z',
          rate_limit: { per_minute: 60, per_hour: 1000 },
          metadata: { team: 'platform' },
        },
        resolveSchema,
      ),
    ).toBeNull();
  });
});
