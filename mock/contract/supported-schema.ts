/**
 * What the mock's JSON Schema validator implements, and the check that a schema asks for nothing
 * else. A validator that skips a keyword it does not know accepts what the spec forbids without a
 * word, so a spec (or a seed or control schema) that uses an unknown keyword or `format` is refused
 * when it is loaded: by `npm run generate`, and when the mock starts.
 */

/** The keywords the validator checks (`mock/contract/json-schema.ts`). */
export const VALIDATION_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'propertyNames',
  'format',
  'oneOf',
  'allOf',
]);

/**
 * Keywords that only annotate: they never change whether a value is valid, so ignoring them weakens
 * nothing. (`default` fills in a query parameter that was left out; it never refuses one.)
 */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'title',
  'description',
  'default',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/** The `format`s the validator checks. */
export const FORMATS: ReadonlySet<string> = new Set(['date-time']);

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** A schema uses something the validator does not implement; the message names where. */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
}

type Json = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function refuse(where: string, what: string): never {
  throw new UnsupportedSchemaError(
    `${where} uses ${what}, which the mock's JSON Schema validator does not implement. ` +
      'Implement it in mock/contract/json-schema.ts (and list it in mock/contract/supported-schema.ts), or leave it out.',
  );
}

/**
 * Throws {@link UnsupportedSchemaError} when `schema`, or any schema inside it, uses a keyword or
 * `format` the validator does not implement, a `type` JSON Schema does not have, a `pattern` that
 * does not compile, or a `$ref` that `exists` does not know.
 *
 * @param where - how to name the schema in the message (`openapi.yaml components.schemas.ApiKey`).
 * @param exists - whether a `$ref` resolves.
 */
export function assertSupportedSchema(schema: unknown, where: string, exists: (ref: string) => boolean): void {
  if (typeof schema === 'boolean') return;
  if (!isRecord(schema)) throw new UnsupportedSchemaError(`${where} is not a schema (an object or a boolean).`);
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-') || ANNOTATION_KEYWORDS.has(keyword)) continue;
    if (!VALIDATION_KEYWORDS.has(keyword)) refuse(where, `the keyword "${keyword}"`);
    switch (keyword) {
      case '$ref':
        if (typeof value !== 'string' || !exists(value)) refuse(where, `a $ref to ${JSON.stringify(value)}`);
        break;
      case 'type':
        for (const type of Array.isArray(value) ? (value as unknown[]) : [value])
          if (typeof type !== 'string' || !TYPES.has(type)) refuse(where, `the type ${JSON.stringify(type)}`);
        break;
      case 'format':
        if (typeof value !== 'string' || !FORMATS.has(value)) refuse(where, `the format ${JSON.stringify(value)}`);
        break;
      case 'pattern':
        try {
          new RegExp(value as string, 'u');
        } catch {
          refuse(where, `the pattern ${JSON.stringify(value)} (not a valid regular expression with the u flag)`);
        }
        break;
    }
  }
  for (const [name, property] of Object.entries(isRecord(schema.properties) ? schema.properties : {}))
    assertSupportedSchema(property, `${where}.properties.${name}`, exists);
  for (const keyword of ['additionalProperties', 'items', 'propertyNames'] as const)
    if (schema[keyword] !== undefined) assertSupportedSchema(schema[keyword], `${where}.${keyword}`, exists);
  for (const keyword of ['oneOf', 'allOf'] as const) {
    const branches = schema[keyword];
    if (branches === undefined) continue;
    if (!Array.isArray(branches)) throw new UnsupportedSchemaError(`${where}.${keyword} must be an array of schemas.`);
    branches.forEach((branch: unknown, i) => {
      assertSupportedSchema(branch, `${where}.${keyword}[${i}]`, exists);
    });
  }
  for (const [name, definition] of Object.entries(isRecord(schema.$defs) ? schema.$defs : {}))
    assertSupportedSchema(definition, `${where}.$defs.${name}`, exists);
}

/** Keys of an OpenAPI document whose values are data or prose, never a Schema Object. */
const NOT_SCHEMA_HOLDERS = new Set(['example', 'examples', 'x-codeSamples', 'description', 'info', 'servers', 'tags']);

/**
 * Checks every schema of an OpenAPI document with {@link assertSupportedSchema}: each of
 * `components.schemas`, and each `schema` of a parameter, header, request body or response.
 * `$ref`s must point into `components.schemas`.
 *
 * @throws UnsupportedSchemaError naming the first schema the validator could not check faithfully.
 */
export function assertSupportedDocument(document: unknown, name = 'openapi.yaml'): void {
  if (!isRecord(document)) throw new UnsupportedSchemaError(`${name} is not an OpenAPI document.`);
  const schemas =
    isRecord(document.components) && isRecord(document.components.schemas) ? document.components.schemas : {};
  const exists = (ref: string): boolean =>
    ref.startsWith('#/components/schemas/') && Object.hasOwn(schemas, ref.slice('#/components/schemas/'.length));
  for (const [schemaName, schema] of Object.entries(schemas))
    assertSupportedSchema(schema, `${name} components.schemas.${schemaName}`, exists);
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node))
      node.forEach((item: unknown, i) => {
        visit(item, `${path}[${i}]`);
      });
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'schema') assertSupportedSchema(value, `${name} ${path}.schema`, exists);
      else if (!NOT_SCHEMA_HOLDERS.has(key) && !(path === 'components' && key === 'schemas'))
        visit(value, path === '' ? key : `${path}.${key}`);
    }
  };
  visit(document, '');
}
