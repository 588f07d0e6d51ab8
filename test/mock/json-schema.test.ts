import { describe, expect, test } from 'vitest';
import { isDateTime, parseDateTime } from '../../mock/contract/date-time.js';
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

  test('accepts what RFC 3339 allows and Date.parse does not: leap seconds, long fractions, lower case', () => {
    for (const good of [
      '2031-06-30T23:59:60Z',
      '2031-07-01T00:59:60+01:00',
      '2026-11-01T12:00:00.1234567891Z',
      '2026-11-01t12:00:00z',
    ])
      expect(isDateTime(good)).toBe(true);
    // A leap second ends a UTC day; 23:59:60 an hour east of UTC is 22:59:60 UTC.
    for (const bad of ['2031-06-30T23:59:60+01:00', '2026-11-01T12:00:60Z', '2026-11-01T12:00:00+0530'])
      expect(isDateTime(bad)).toBe(false);
  });

  test('reads a date-time as epoch milliseconds, offsets applied and extra fraction digits dropped', () => {
    expect(parseDateTime('2026-11-01T12:00:00.9999Z')).toBe(Date.UTC(2026, 10, 1, 12, 0, 0, 999));
    expect(parseDateTime('2026-11-01T12:00:00-02:30')).toBe(Date.UTC(2026, 10, 1, 14, 30));
    expect(parseDateTime('0099-01-01T00:00:00Z')).toBe(Date.parse('0099-01-01T00:00:00Z'));
    expect(parseDateTime('2031-06-30T23:59:60Z')).toBe(Date.UTC(2031, 6, 1));
    expect(parseDateTime('2026-02-30T00:00:00Z')).toBeNull();
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

  test('enum, const and uniqueItems compare by value, whatever the order of keys', () => {
    const limits = { per_minute: 1, per_hour: 2 };
    expect(
      validate(
        { const: { limits, tags: ['a'] } },
        { tags: ['a'], limits: { per_hour: 2, per_minute: 1 } },
        resolveSchema,
      ),
    ).toBeNull();
    expect(validate({ const: { limits } }, { limits: { per_minute: 1 } }, resolveSchema)).not.toBeNull();
    expect(validate({ enum: [[1, { a: 1, b: 2 }], 'x'] }, [1, { b: 2, a: 1 }], resolveSchema)).toBeNull();
    expect(validate({ enum: [[1, 2]] }, [2, 1], resolveSchema)).not.toBeNull();
    expect(
      validate(
        { type: 'array', uniqueItems: true },
        [
          { a: 1, b: 2 },
          { b: 2, a: 1 },
        ],
        resolveSchema,
        'list',
      )?.message,
    ).toBe('list must not list the same item twice.');
    expect(validate({ type: 'array', uniqueItems: true }, [{ a: 1 }, { a: 2 }], resolveSchema)).toBeNull();
  });

  test('a $ref keeps its sibling keywords', () => {
    const shortScope: JsonSchema = { $ref: '#/components/schemas/Scope', maxLength: 9 };
    expect(validate(shortScope, 'keys:read', resolveSchema, 'scope')).toBeNull();
    expect(validate(shortScope, 'keys:write', resolveSchema, 'scope')?.message).toBe(
      'scope must be a string of at most 9 characters matching ^[a-z][a-z0-9_]{0,31}:([a-z][a-z0-9_]{0,31}|\\*)$.',
    );
    expect(validate(shortScope, 'KEYS', resolveSchema, 'scope')).not.toBeNull();
  });

  test('refuses to pass a value through a format it does not implement', () => {
    expect(() => validate({ type: 'string', format: 'email' }, 'a@b.c', resolveSchema)).toThrow(/format "email"/);
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
