/**
 * A validator for the JSON Schema subset `openapi.yaml` uses (type, properties, required,
 * additionalProperties, enum, const, pattern, lengths, bounds, item and property counts,
 * uniqueItems, propertyNames, format date-time, $ref with its sibling keywords, oneOf, allOf).
 * `supported-schema.ts` lists them and refuses a schema that asks for more. It stops at the first
 * violation and says, in words, what was expected — that sentence is the 400's `message`.
 */
import { isDateTime } from './date-time.js';
import { quoteInput } from '../pipeline/scrub-secrets.js';
import { sameValue, canonicalJson } from './same-value.js';
import { describeSchema, plural } from './schema-description.js';

/** The part of a JSON Schema this validator understands. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly properties?: { readonly [name: string]: JsonSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly propertyNames?: JsonSchema;
  readonly format?: string;
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly default?: unknown;
  readonly $schema?: string;
  readonly $id?: string;
  readonly $comment?: string;
  readonly $defs?: { readonly [name: string]: JsonSchema };
  readonly description?: string;
  readonly title?: string;
}

/** Where a value broke its schema: `path` is dotted (`rate_limit.per_minute`), `''` for the root. */
export interface Violation {
  path: string;
  message: string;
}

/** Resolves `#/components/schemas/Name` references. */
export type SchemaResolver = (ref: string) => JsonSchema;

const patterns = new Map<string, RegExp>();
function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(pattern, 'u');
    patterns.set(pattern, regex);
  }
  return regex;
}

/** Length in code points, as JSON Schema counts it (an emoji is one character, not two). */
function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

// A field name is client input: keep paths (which become `param` and the message) short, and
// mask a secret in one before cutting it, or a halved secret would no longer look like one.
const at = (path: string, key: string | number): string => {
  const name = typeof key === 'string' ? quoteInput(key) : String(key);
  return path === '' ? name : `${path}.${name}`;
};

/**
 * Validates `value` against `schema`, depth-first in the order of the value's own fields.
 *
 * @returns the first violation, or `null` when the value conforms.
 */
export function validate(schema: JsonSchema, value: unknown, resolve: SchemaResolver, path = ''): Violation | null {
  // OpenAPI 3.1 (JSON Schema 2020-12) applies a $ref's sibling keywords too: check both.
  if (schema.$ref !== undefined) {
    const violation = validate(resolve(schema.$ref), value, resolve, path);
    if (violation !== null) return violation;
  }
  const expected = (): Violation => ({
    path,
    message: `${path === '' ? 'The body' : path} must be ${describeSchema(schema, resolve)}.`,
  });

  const own = validateOwn(schema, value, resolve, path, expected);
  if (own !== null) return own;
  // The combinators last: a field's own problem (`count must be …`) says more than "must be one of these".
  if (schema.oneOf !== undefined) {
    let matches = 0;
    for (const branch of schema.oneOf) if (validate(branch, value, resolve, path) === null) matches++;
    if (matches !== 1)
      return (matches === 0 ? violationOfChosenBranch(schema.oneOf, value, resolve, path) : null) ?? expected();
  }
  if (schema.allOf !== undefined) {
    for (const branch of schema.allOf) {
      const violation = validate(branch, value, resolve, path);
      if (violation !== null) return violation;
    }
  }
  return null;
}

/** Every keyword but the combinators (`$ref`, `oneOf`, `allOf`). */
function validateOwn(
  schema: JsonSchema,
  value: unknown,
  resolve: SchemaResolver,
  path: string,
  expected: () => Violation,
): Violation | null {
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => hasType(value, type))) return expected();
  }
  if (schema.const !== undefined && !sameValue(value, schema.const)) return expected();
  if (schema.enum !== undefined && !schema.enum.includes(value) && !schema.enum.some((item) => sameValue(value, item)))
    return expected();

  if (typeof value === 'string') {
    const length = schema.minLength !== undefined || schema.maxLength !== undefined ? codePointLength(value) : 0;
    if (schema.minLength !== undefined && length < schema.minLength) return expected();
    if (schema.maxLength !== undefined && length > schema.maxLength) return expected();
    if (schema.pattern !== undefined && !compiled(schema.pattern).test(value)) return expected();
    if (schema.format !== undefined && !matchesFormat(schema.format, value)) return expected();
  } else if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return expected();
    if (schema.maximum !== undefined && value > schema.maximum) return expected();
  } else if (Array.isArray(value)) {
    return validateArray(schema, value, resolve, path, expected);
  } else if (typeof value === 'object' && value !== null) {
    return validateObject(schema, value as Record<string, unknown>, resolve, path);
  }
  return null;
}

function matchesFormat(format: string, value: string): boolean {
  if (format === 'date-time') return isDateTime(value);
  // supported-schema.ts refuses such a schema when it is loaded; never pass a value unchecked.
  throw new Error(`The mock's validator does not implement the format ${JSON.stringify(format)}.`);
}

/**
 * When no branch of a `oneOf` matches an object, the branch whose `required` fields it has (if
 * exactly one) is the one it meant: its violation (`fault.status must be …`) says more than "must
 * be one of these". `null` when no single branch stands out.
 */
function violationOfChosenBranch(
  branches: readonly JsonSchema[],
  value: unknown,
  resolve: SchemaResolver,
  path: string,
): Violation | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const chosen = branches.filter((branch) => {
    const required = (branch.$ref === undefined ? branch : resolve(branch.$ref)).required;
    return required !== undefined && required.length > 0 && required.every((name) => Object.hasOwn(value, name));
  });
  return chosen.length === 1 && chosen[0] !== undefined ? validate(chosen[0], value, resolve, path) : null;
}

function validateArray(
  schema: JsonSchema,
  value: readonly unknown[],
  resolve: SchemaResolver,
  path: string,
  expected: () => Violation,
): Violation | null {
  if (schema.minItems !== undefined && value.length < schema.minItems) return expected();
  if (schema.maxItems !== undefined && value.length > schema.maxItems) return expected();
  if (schema.items !== undefined) {
    for (let i = 0; i < value.length; i++) {
      const violation = validate(schema.items, value[i], resolve, at(path, i));
      if (violation !== null) return violation;
    }
  }
  if (schema.uniqueItems === true) {
    const seen = new Set(value.map(canonicalJson));
    if (seen.size !== value.length) return { path, message: `${path} must not list the same item twice.` };
  }
  return null;
}

/** The fields an object takes, for the message about one it does not: `nmae` is a typo of `name`. */
function knownFields(properties: { readonly [name: string]: JsonSchema }): string {
  const names = Object.keys(properties);
  return names.length === 0 ? '(this object takes no fields)' : `(the fields are ${names.join(', ')})`;
}

function validateObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  resolve: SchemaResolver,
  path: string,
): Violation | null {
  const properties = schema.properties ?? {};
  const names = Object.keys(value);
  const subject = path === '' ? 'The body' : path;
  if (schema.additionalProperties === false) {
    // Unknown fields first: a typo (`nmae`) explains the "missing" field better than `required` would.
    for (const name of names) {
      if (!Object.hasOwn(properties, name))
        return { path: at(path, name), message: `${at(path, name)} is not a known field ${knownFields(properties)}.` };
    }
  }
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(value, name)) return { path: at(path, name), message: `${at(path, name)} is required.` };
  }
  if (schema.minProperties !== undefined && names.length < schema.minProperties) {
    return { path, message: `${subject} must set at least ${plural(schema.minProperties, 'field')}.` };
  }
  if (schema.maxProperties !== undefined && names.length > schema.maxProperties) {
    return { path, message: `${subject} must have at most ${plural(schema.maxProperties, 'field')}.` };
  }
  for (const name of names) {
    if (schema.propertyNames !== undefined && validate(schema.propertyNames, name, resolve, path) !== null) {
      return { path, message: `${subject} field names must be ${describeSchema(schema.propertyNames, resolve)}.` };
    }
    const own = Object.hasOwn(properties, name) ? properties[name] : undefined;
    const rule = own ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (rule !== undefined) {
      const violation = validate(rule, value[name], resolve, at(path, name));
      if (violation !== null) return violation;
    }
  }
  return null;
}
