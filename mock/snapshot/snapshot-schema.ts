/**
 * The JSON Schema of a {@link keysmith/mock!MockSnapshot}: what `restore()`, `PUT /__mock/state` and
 * `keysmith-mock --state` check a snapshot against (with the mock's own validator), and what the
 * package ships as `keysmith/mock/state.schema.json` for other languages and editors.
 */
import type { JsonSchema } from '../contract/json-schema.js';
import { MOCK_STATE_FORMAT, MOCK_STATE_VERSION } from './snapshot-format.js';

/** A JSON Schema with the keywords that only document (the validator skips them). */
interface StateSchema extends JsonSchema {
  readonly $schema?: string;
  readonly title?: string;
  readonly description?: string;
  readonly $defs?: { readonly [name: string]: StateSchema };
  readonly properties?: { readonly [name: string]: StateSchema };
  readonly items?: StateSchema;
  readonly additionalProperties?: boolean | StateSchema;
}

const KEY_ID: StateSchema = { type: 'string', pattern: '^key_[0-9A-Za-z]{16}$' };
const HASH: StateSchema = {
  type: 'string',
  pattern: '^[0-9a-f]{64}$',
  description: 'SHA-256 of a secret, lowercase hex.',
};
const TIME: StateSchema = { type: 'string', format: 'date-time' };
const TIME_OR_NULL: StateSchema = { type: ['string', 'null'], format: 'date-time' };
const COUNT: StateSchema = { type: 'integer', minimum: 0 };
const TEXT: StateSchema = { type: 'string', maxLength: 10_000 };

/** An object whose every listed field is required and no other is allowed. */
function record(properties: Readonly<Record<string, StateSchema>>, description?: string): StateSchema {
  const schema: StateSchema = {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
  return description === undefined ? schema : { ...schema, description };
}

const KEY = record(
  {
    id: KEY_ID,
    environment: { enum: ['production', 'staging', 'development'] },
    name: TEXT,
    description: { type: ['string', 'null'], maxLength: 10_000 },
    permissions: { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 200 } },
    status: { enum: ['active', 'inactive', 'revoked'] },
    deleted: { type: 'boolean' },
    secret_hash: HASH,
    previous_secret_hash: { type: ['string', 'null'], pattern: '^[0-9a-f]{64}$' },
    masked_key: { type: 'string', maxLength: 100 },
    rate_limit: record({
      per_minute: { type: 'integer', minimum: 1 },
      per_hour: { type: 'integer', minimum: 1 },
    }),
    expires_at: TIME_OR_NULL,
    created_at: TIME,
    updated_at: TIME,
    last_used_at: TIME_OR_NULL,
    revoked_at: TIME_OR_NULL,
    previous_secret_expires_at: TIME_OR_NULL,
    metadata: { type: 'object', maxProperties: 1000, additionalProperties: TEXT },
    created_by: { type: ['string', 'null'], maxLength: 100 },
    usage: record({
      day: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
      requests_today: COUNT,
      month: { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}$' },
      requests_this_month: COUNT,
    }),
    windows: record({ minute: TIME_OR_NULL, minute_count: COUNT, hour: TIME_OR_NULL, hour_count: COUNT }),
  },
  'A stored key: its record, the hash of its secret and its counters.',
);

const REPLACED_SECRET = record(
  { key_id: KEY_ID, secret_hash: HASH, valid_until: TIME },
  'A secret a regeneration replaced: it works until valid_until.',
);

const IDEMPOTENCY_RECORD = record(
  {
    caller_key_id: KEY_ID,
    idempotency_key: { type: 'string', minLength: 1, maxLength: 1000 },
    fingerprint: { type: 'string', maxLength: 1000 },
    status: { type: 'integer', minimum: 200, maximum: 599 },
    body: { type: 'string', maxLength: 1_000_000 },
    error_code: { type: ['string', 'null'], maxLength: 100 },
    secret_withheld: { type: 'boolean' },
    expires_at: TIME,
  },
  'The first answer to an Idempotency-Key, replayed until expires_at.',
);

const schema: StateSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Keysmith mock state',
  description:
    'The whole state of a Keysmith mock (keysmith/mock), as mock.snapshot(), GET /__mock/state and keysmith-mock --state write it. Secrets appear only as SHA-256 hashes.',
  ...record({
    format: { const: MOCK_STATE_FORMAT },
    version: { const: MOCK_STATE_VERSION },
    clock: record({ now: TIME, frozen: { type: 'boolean' } }),
    admin_key_ids: record({ production: KEY_ID, staging: KEY_ID, development: KEY_ID }),
    keys: { type: 'array', items: { $ref: '#/$defs/key' } },
    replaced_secrets: { type: 'array', items: { $ref: '#/$defs/replaced_secret' } },
    idempotency: { type: 'array', items: { $ref: '#/$defs/idempotency_record' } },
  }),
  $defs: { key: KEY, replaced_secret: REPLACED_SECRET, idempotency_record: IDEMPOTENCY_RECORD },
};

/** The schema, for the mock's validator. */
export const STATE_SCHEMA: JsonSchema = schema;

/** Resolves the schema's `#/$defs/…` references. */
export function resolveStateRef(ref: string): JsonSchema {
  const found = schema.$defs?.[ref.slice('#/$defs/'.length)];
  if (found === undefined) throw new Error(`The state schema has no ${ref}.`);
  return found;
}

/** Where `npm run generate` writes {@link MOCK_STATE_SCHEMA} as a file, shipped as `keysmith/mock/state.schema.json`. */
export const MOCK_STATE_SCHEMA_PATH = 'schemas/mock-state.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a {@link keysmith/mock!MockSnapshot}, as data. The package also ships it
 * as a file, `keysmith/mock/state.schema.json`, for validators in other languages and editors.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { MOCK_STATE_SCHEMA } from 'keysmith/mock';
 *
 * await writeFile('mock-state.schema.json', JSON.stringify(MOCK_STATE_SCHEMA, null, 2));
 * ```
 */
export const MOCK_STATE_SCHEMA: { readonly [keyword: string]: unknown } = { ...schema };
