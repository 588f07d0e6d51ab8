/**
 * fast-check arbitraries of values that a JSON Schema of the spec allows, built from the schema
 * alone. Mostly valid by construction; where a keyword cannot be generated exactly (a `oneOf` whose
 * branches overlap) a value may miss, which is fine: every test asks an oracle, never assumes.
 */
import fc from 'fast-check';
import { openApi, type Schema } from './ajv-oracle.js';
import { dateTimeText } from './date-time-values.js';

/** Resolves a `#/components/schemas/Name` reference of the spec. */
export function resolveRef(ref: string): Schema {
  const schema = openApi.components.schemas[ref.slice('#/components/schemas/'.length)];
  if (schema === undefined) throw new Error(`openapi.yaml has no schema ${ref}`);
  return schema;
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const record = (value: unknown): Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : {};

/** Code points, as JSON Schema counts a string's length. */
export const codePoints = (text: string): number => Array.from(text).length;

/**
 * The arbitrary-maker for schemas whose `$ref`s `resolve` reads.
 *
 * @example
 * ```ts
 * const seedValue = valuesFor(localRefs(seedSchema));
 * ```
 */
export function valuesFor(
  resolve: (ref: string) => Schema,
): (schema: Schema, fallbackType?: string) => fc.Arbitrary<unknown> {
  /** The `$ref`'s target narrowed by its sibling keywords, or the schema itself. */
  function withoutRef(schema: Schema): Schema {
    const { $ref, ...siblings } = schema;
    if (typeof $ref !== 'string') return schema;
    return { ...withoutRef(resolve($ref)), ...siblings };
  }

  /** `allOf` as one schema: properties of later branches narrow earlier ones (a `const` beats a `$ref`). */
  function mergeAllOf(schema: Schema): Schema {
    const { allOf, ...rest } = schema;
    let merged: Record<string, unknown> = { ...rest };
    for (const branch of list(allOf).map((item) => withoutRef(record(item)))) {
      const properties = { ...record(merged.properties), ...record(branch.properties) };
      const required = [...new Set([...list(merged.required), ...list(branch.required)])];
      merged = { ...merged, ...branch, properties, required };
    }
    return merged;
  }

  function typesOf(schema: Schema): readonly string[] {
    if (typeof schema.type === 'string') return [schema.type];
    if (Array.isArray(schema.type)) return schema.type as string[];
    if (schema.properties !== undefined || schema.additionalProperties !== undefined) return ['object'];
    if (schema.items !== undefined) return ['array'];
    if (schema.maxLength !== undefined || schema.minLength !== undefined || schema.pattern !== undefined)
      return ['string'];
    return [];
  }

  function stringValue(schema: Schema): fc.Arbitrary<string> {
    const min = num(schema.minLength) ?? 0;
    const max = num(schema.maxLength);
    let text: fc.Arbitrary<string>;
    if (schema.format === 'date-time') text = dateTimeText();
    else if (typeof schema.pattern === 'string') text = fc.stringMatching(new RegExp(schema.pattern, 'u'));
    else
      text = fc.oneof(
        fc.string({ unit: 'grapheme-ascii', minLength: min, maxLength: Math.min(max ?? 40, min + 40) }),
        fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max ?? 12, min + 12) }),
      );
    const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : null;
    return text.filter(
      (value) =>
        codePoints(value) >= min && (max === undefined || codePoints(value) <= max) && (pattern?.test(value) ?? true),
    );
  }

  function objectValue(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
    const properties = record(schema.properties);
    const required = new Set(list(schema.required).map(String));
    const known: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of Object.entries(properties)) known[name] = schemaValue(record(property));
    const fixed = fc.record(known, { requiredKeys: [...required].filter((name) => name in known) });
    const extra = schema.additionalProperties;
    const min = num(schema.minProperties) ?? 0;
    const max = num(schema.maxProperties) ?? Infinity;
    const withExtras =
      typeof extra === 'object' && extra !== null
        ? fc
            .tuple(
              fc.dictionary(
                schemaValue(record(record(schema).propertyNames), 'string') as fc.Arbitrary<string>,
                schemaValue(record(extra)),
                {
                  maxKeys: Math.min(max, 6),
                },
              ),
              fixed,
            )
            .map(([extras, own]) => ({ ...extras, ...own }))
        : fixed;
    return withExtras.filter((value) => {
      const count = Object.keys(value).length;
      return count >= min && count <= max;
    });
  }

  function arrayValue(schema: Schema): fc.Arbitrary<unknown[]> {
    const items = schemaValue(record(schema.items));
    const minLength = num(schema.minItems) ?? 0;
    const maxLength = Math.min(num(schema.maxItems) ?? 6, minLength + 6);
    if (schema.uniqueItems === true) return fc.uniqueArray(items, { minLength, maxLength, selector: sortedJson });
    return fc.array(items, { minLength, maxLength });
  }

  function typedValue(schema: Schema, type: string): fc.Arbitrary<unknown> {
    switch (type) {
      case 'string':
        return stringValue(schema);
      case 'integer':
        return fc.integer({ min: num(schema.minimum) ?? -1_000_000, max: num(schema.maximum) ?? 1_000_000 });
      case 'number':
        return fc.double({
          min: num(schema.minimum) ?? -1e9,
          max: num(schema.maximum) ?? 1e9,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return arrayValue(schema);
      case 'object':
        return objectValue(schema);
      default:
        throw new Error(`no arbitrary for type ${type}`);
    }
  }

  function schemaValue(schema: Schema, fallbackType?: string): fc.Arbitrary<unknown> {
    const flat = withoutRef(schema.allOf === undefined ? schema : mergeAllOf(withoutRef(schema)));
    if (flat.const !== undefined) return fc.constant(flat.const);
    if (Array.isArray(flat.enum)) return fc.constantFrom(...(flat.enum as unknown[]));
    if (Array.isArray(flat.oneOf)) {
      const { oneOf, ...rest } = flat;
      return fc.oneof(...(oneOf as Schema[]).map((branch) => schemaValue({ ...rest, ...branch })));
    }
    const types = typesOf(flat);
    if (types.length === 0)
      return fallbackType === undefined ? fc.jsonValue({ maxDepth: 2 }) : typedValue(flat, fallbackType);
    return fc.oneof(...types.map((type) => typedValue(flat, type)));
  }

  return schemaValue;
}

/**
 * Values that `schema` (a schema of the spec, `$ref`s into `#/components/schemas/`) allows.
 *
 * @param fallbackType - the type to assume when the schema names none (`propertyNames` is about strings).
 * @example
 * ```ts
 * fc.sample(schemaValue(openApi.components.schemas.KeyId), 1); // ['key_0aZ…']
 * ```
 */
export const schemaValue = valuesFor(resolveRef);

/** A resolver of `#/$defs/Name` inside `root`. */
export function localRefs(root: Schema): (ref: string) => Schema {
  return (ref) => {
    const schema = record(root.$defs)[ref.slice('#/$defs/'.length)];
    if (schema === undefined || !ref.startsWith('#/$defs/')) throw new Error(`no ${ref} in the schema`);
    return record(schema);
  };
}

/** JSON with sorted keys: equal for values equal by JSON Schema's rules. */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${sortedJson(inner)}`).join(',')}}`;
}
