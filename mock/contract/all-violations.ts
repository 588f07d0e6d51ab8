/**
 * Every violation of a value, not just the first: a seed file is fixed in one pass when all its
 * problems are listed. It walks the objects and arrays a schema describes field by field and asks
 * {@link validate} about each part, so each problem reads exactly as the API would word it.
 */
import { validate, type JsonSchema, type SchemaResolver, type Violation } from './json-schema.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema behind a bare `$ref` (one with siblings, or a combinator, is judged whole). */
function walkable(schema: JsonSchema, resolve: SchemaResolver): JsonSchema | null {
  const flat = schema.$ref !== undefined && Object.keys(schema).length === 1 ? resolve(schema.$ref) : schema;
  const whole = flat.$ref ?? flat.oneOf ?? flat.allOf ?? flat.const ?? flat.enum;
  return whole === undefined ? flat : null;
}

function collectObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  resolve: SchemaResolver,
  path: string,
  found: Violation[],
): void {
  const join = (name: string): string => (path === '' ? name : `${path}.${name}`);
  const properties = schema.properties ?? {};
  const check = (part: JsonSchema, shown: unknown): void => {
    const violation = validate(part, shown, resolve, path);
    if (violation !== null) found.push(violation);
  };
  for (const name of Object.keys(value)) {
    if (schema.additionalProperties === false && !Object.hasOwn(properties, name))
      check({ properties, additionalProperties: false }, { [name]: null });
  }
  for (const name of schema.required ?? [])
    if (!Object.hasOwn(value, name)) found.push({ path: join(name), message: `${join(name)} is required.` });
  const { minProperties, maxProperties, propertyNames } = schema;
  check({ minProperties, maxProperties, propertyNames }, value);
  for (const [name, inner] of Object.entries(value)) {
    const own = Object.hasOwn(properties, name) ? properties[name] : undefined;
    const rule = own ?? (isRecord(schema.additionalProperties) ? schema.additionalProperties : undefined);
    if (rule !== undefined) collect(rule, inner, resolve, join(name), found);
  }
}

function collect(schema: JsonSchema, value: unknown, resolve: SchemaResolver, path: string, found: Violation[]): void {
  const flat = walkable(schema, resolve);
  if (flat?.type === 'object' && isRecord(value)) {
    collectObject(flat, value, resolve, path, found);
    return;
  }
  if (flat?.type === 'array' && Array.isArray(value) && flat.items !== undefined) {
    const counts = validate({ ...flat, items: undefined }, value, resolve, path);
    if (counts !== null) found.push(counts);
    const items: readonly unknown[] = value;
    items.forEach((item, i) => {
      collect(flat.items ?? {}, item, resolve, path === '' ? String(i) : `${path}.${i}`, found);
    });
    return;
  }
  const violation = validate(schema, value, resolve, path);
  if (violation !== null) found.push(violation);
}

/**
 * Up to `limit` violations of `value`, in the order of its fields.
 *
 * @returns an empty list exactly when {@link validate} finds the value valid.
 */
export function allViolations(schema: JsonSchema, value: unknown, resolve: SchemaResolver, limit: number): Violation[] {
  const found: Violation[] = [];
  collect(schema, value, resolve, '', found);
  return found.slice(0, limit);
}
