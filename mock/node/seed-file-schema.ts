/**
 * The JSON Schema of a `keysmith-mock --seed FILE`, built from the spec's own schemas so that a
 * seed key's fields are refused for exactly the reasons the API would refuse them in a create
 * request (`2026-02-30T00:00:00Z` is no date in either). The mock checks a seed file with it, and
 * `npm run generate` writes it to `schemas/seed-file.schema.json`, which the package ships for
 * editors. What a schema cannot say (a secret's checksum, a secret or id used twice) `seed-file.ts`
 * checks after it.
 */
import type { JsonSchema } from '../contract/json-schema.js';

/** Where the package ships the schema, relative to its root. */
export const SEED_SCHEMA_PATH = 'schemas/seed-file.schema.json';

type Schemas = Readonly<Record<string, JsonSchema>>;

const SPEC_REF = '#/components/schemas/';

/** A copy of `schema` whose `#/components/schemas/X` references read `#/$defs/X`, noting each X. */
function rehomed(schema: unknown, needed: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((item: unknown) => rehomed(item, needed));
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => {
      if (key !== '$ref' || typeof value !== 'string' || !value.startsWith(SPEC_REF))
        return [key, rehomed(value, needed)];
      const name = value.slice(SPEC_REF.length);
      needed.add(name);
      return [key, `#/$defs/${name}`];
    }),
  );
}

/** The spec's schemas that `roots` name, and every schema they reach, rehomed under `$defs`. */
function specDefinitions(schemas: Schemas, roots: readonly string[]): Record<string, JsonSchema> {
  const definitions: Record<string, JsonSchema> = {};
  const needed = new Set(roots);
  for (const name of needed) {
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`openapi.yaml has no schema ${name}, which the seed file uses.`);
    definitions[name] = rehomed(schema, needed) as JsonSchema;
  }
  return definitions;
}

function secret(prefix: string, environment: string): JsonSchema {
  return {
    type: 'string',
    pattern: `^${prefix}[0-9A-Za-z]{38}$`,
    description: `A ${environment} secret: ${prefix} + 32 base62 characters + a 6-character checksum (\`createSecret('${environment}')\` of keysmith/mock makes one).`,
  };
}

/**
 * The seed file's schema for a spec's `components.schemas`.
 */
export function seedFileSchema(schemas: Schemas): JsonSchema {
  const create = schemas.CreateApiKeyRequest?.properties;
  if (create === undefined) throw new Error('openapi.yaml has no CreateApiKeyRequest with properties.');
  const needed = new Set<string>();
  // A seed key's environment is its secret's prefix, so a create request's `environment` is left out.
  const createFields = Object.fromEntries(
    Object.entries(rehomed(create, needed) as Record<string, JsonSchema>).filter(([name]) => name !== 'environment'),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://api.keysmith.example/schemas/seed-file.schema.json',
    $comment:
      'GENERATED from openapi.yaml and mock/node/seed-file-schema.ts by `npm run generate`; do not edit by hand.',
    title: 'keysmith-mock seed file',
    description:
      'The fixtures `keysmith-mock --seed FILE` starts with. Every field is optional; an unknown field is an error.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'This schema, for editors: ./node_modules/keysmith/' + SEED_SCHEMA_PATH },
      now: {
        $ref: '#/$defs/Timestamp',
        description: 'Freezes the mock clock at this moment (it then moves only when told to).',
      },
      plan: {
        $ref: '#/$defs/RateLimitConfigInput',
        description: 'Every key’s default limits (free plan: 100 per minute, 1,000 per hour).',
      },
      adminKeys: {
        type: 'object',
        description: 'The secrets of the seeded admin:* keys, one per environment; generated when left out.',
        additionalProperties: false,
        properties: {
          production: secret('ks_prod_', 'production'),
          staging: secret('ks_stage_', 'staging'),
          development: secret('ks_dev_', 'development'),
        },
      },
      keys: {
        type: 'array',
        description: 'More keys to start with; each works in the environment its secret’s prefix names.',
        items: { $ref: '#/$defs/SeedKey' },
      },
      owner: { $ref: '#/$defs/Owner', description: 'The account that owns every key (GET /v1/me shows it).' },
    },
    $defs: {
      SeedKey: {
        type: 'object',
        description:
          'A key to start with: the fields of a create request, plus its secret, and optionally id and status.',
        additionalProperties: false,
        required: ['secret'],
        properties: {
          secret: {
            type: 'string',
            pattern: '^ks_(prod|stage|dev)_[0-9A-Za-z]{38}$',
            description: 'The full secret; its prefix sets the key’s environment. Each seeded key needs its own.',
          },
          id: { $ref: '#/$defs/KeyId', description: 'Defaults to a generated id; each seeded key needs its own.' },
          status: {
            type: 'string',
            enum: ['active', 'inactive', 'revoked'],
            description: 'Defaults to active.',
          },
          ...createFields,
        },
      },
      ...specDefinitions(schemas, ['Timestamp', 'RateLimitConfigInput', 'Owner', 'KeyId', ...needed]),
    },
  };
}
