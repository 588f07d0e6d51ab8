/**
 * What a schema expects, in words: the second half of every `validation_error` message
 * ("limit must be **an integer from 1 to 100**").
 */
import type { JsonSchema, SchemaResolver } from './json-schema.js';

/** `a`, `a and b`, `a, b and c`. */
export function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** `1 item`, `2 items`. */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function range(min: number | undefined, max: number | undefined, noun: string): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `of exactly ${plural(min, noun)}` : `of ${min} to ${plural(max, noun)}`;
  if (min !== undefined) return `of at least ${plural(min, noun)}`;
  if (max !== undefined) return `of at most ${plural(max, noun)}`;
  return '';
}

function describeType(schema: JsonSchema, type: string): string {
  switch (type) {
    case 'string': {
      if (schema.format === 'date-time') return 'an RFC 3339 date-time string';
      const parts = ['a string', range(schema.minLength, schema.maxLength, 'character')];
      if (schema.pattern !== undefined) parts.push(`matching ${schema.pattern}`);
      return parts.filter(Boolean).join(' ');
    }
    case 'integer':
    case 'number': {
      const noun = type === 'integer' ? 'an integer' : 'a number';
      const { minimum: min, maximum: max } = schema;
      if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
      if (min !== undefined) return `${noun} of at least ${min}`;
      if (max !== undefined) return `${noun} of at most ${max}`;
      return noun;
    }
    case 'array':
      return ['an array', range(schema.minItems, schema.maxItems, 'item')].filter(Boolean).join(' ');
    case 'object': {
      const required = schema.required ?? [];
      return required.length === 0 ? 'an object' : `an object with ${listed(required)}`;
    }
    case 'null':
      return 'null';
    case 'boolean':
      return 'a boolean';
    default:
      return type;
  }
}

/** The schema's types; without `type`, the one its keywords imply (`propertyNames: { maxLength }` is about strings). */
function typesOf(schema: JsonSchema): readonly string[] {
  if (schema.type !== undefined) return typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (schema.minimum !== undefined || schema.maximum !== undefined) return ['number'];
  if (schema.items !== undefined || schema.minItems !== undefined || schema.maxItems !== undefined) return ['array'];
  if (schema.properties !== undefined || schema.required !== undefined) return ['object'];
  if (
    schema.minLength !== undefined ||
    schema.maxLength !== undefined ||
    schema.pattern !== undefined ||
    schema.format !== undefined
  )
    return ['string'];
  return ['a valid value'];
}

/**
 * What a schema expects, as a phrase: "an integer from 1 to 100", "a string of at most 500
 * characters or null".
 */
export function describeSchema(schema: JsonSchema, resolve: SchemaResolver): string {
  if (schema.$ref !== undefined) {
    const { $ref, ...siblings } = schema;
    // The referenced schema, narrowed by the keywords beside the $ref (annotations change nothing).
    return describeSchema({ ...resolve($ref), ...siblings }, resolve);
  }
  if (schema.oneOf !== undefined) return schema.oneOf.map((branch) => describeSchema(branch, resolve)).join(' or ');
  if (schema.allOf !== undefined) return schema.allOf.map((branch) => describeSchema(branch, resolve)).join(' and ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum !== undefined) return `one of ${schema.enum.map((value) => String(value)).join(', ')}`;
  return typesOf(schema)
    .map((type) => describeType(schema, type))
    .join(' or ');
}
