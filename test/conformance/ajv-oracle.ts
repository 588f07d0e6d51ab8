/**
 * An independent judge of `openapi.yaml`'s schemas: ajv (JSON Schema 2020-12, as OpenAPI 3.1
 * uses) with ajv-formats, reading the YAML itself — not the mock's validator, nor its generated
 * copy of the spec. The differential test and the conformance walk ask it what is valid.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/** A JSON Schema as read from the YAML. */
export type Schema = Readonly<Record<string, unknown>>;

/** The parsed `openapi.yaml`. */
export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, Schema>>;
    readonly parameters: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    readonly responses: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    readonly headers: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  };
}

/** The spec, parsed from the YAML on disk. */
export const openApi = parse(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8')) as OpenApiDocument;

/**
 * RFC 3339 §5.6's ABNF for `date-time`, transcribed (with the note that `T` and `Z` may be lower
 * case). ajv-formats also takes ISO 8601 forms RFC 3339 leaves out — a space for the `T`, an offset
 * without its colon or minutes — and, for a leap second, hours past 23: it decides the calendar and
 * the leap-second rule, this pattern the syntax.
 */
export const RFC3339_DATE_TIME =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt](?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const BASE = 'https://keysmith.test/openapi.json';
const LOCAL_REF = '#/components/schemas/';

/** The schema with every `#/components/schemas/X` turned into a reference into the document ajv holds. */
function absoluteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(absoluteRefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' && inner.startsWith(LOCAL_REF)
        ? `${BASE}#/$defs/${inner.slice(LOCAL_REF.length)}`
        : absoluteRefs(inner),
    ]),
  );
}

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allowUnionTypes: true, allErrors: false });
  // Annotations, which the mock's validator skips too: OpenAPI's `example`, and the spec's
  // extension for the SDK's generator (the scopes its `KnownScope` type names).
  ajv.addKeyword('example');
  ajv.addKeyword('x-keysmith-known-scopes');
  const formats = addFormats(new Ajv2020());
  const ajvDateTime = formats.compile({ type: 'string', format: 'date-time' });
  ajv.addFormat('date-time', (text: string) => RFC3339_DATE_TIME.test(text) && ajvDateTime(text));
  ajv.addSchema({ $id: BASE, $defs: absoluteRefs(openApi.components.schemas) as Schema });
  return ajv;
}

const ajv = makeAjv();
const compiled = new WeakMap<Schema, ValidateFunction>();

/**
 * Whether ajv finds `value` valid against `schema`, a schema of the spec or one whose `$ref`s
 * point into `#/components/schemas/`.
 *
 * @example
 * ```ts
 * oracleAccepts(openApi.components.schemas.KeyId, 'key_7Hq2ZbN4xTmW9cLp'); // true
 * ```
 */
export function oracleAccepts(schema: Schema, value: unknown): boolean {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(absoluteRefs(schema) as Schema);
    compiled.set(schema, validate);
  }
  return validate(value);
}

/**
 * Why ajv refuses `value` (its first error), or `null` when it accepts it.
 *
 * @example
 * ```ts
 * oracleError(openApi.components.schemas.KeyId, 'nope'); // '/ must match pattern "^key_[0-9A-Za-z]{16}$"'
 * ```
 */
export function oracleError(schema: Schema, value: unknown): string | null {
  if (oracleAccepts(schema, value)) return null;
  const error = compiled.get(schema)?.errors?.[0];
  return error === undefined ? 'invalid' : `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`;
}
