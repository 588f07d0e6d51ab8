/**
 * The query of `GET /__mock/api-keys`: `?environment=staging` for one environment's keys, or
 * nothing for every key.
 */
import type { JsonSchema } from '../../contract/json-schema.js';
import { ENVIRONMENTS } from '../../store/seed.js';
import type { Environment } from '../../types.js';
import type { Parsed } from '../control-input.js';
import { checked, invalidField } from './schema-check.js';

/** What `GET /__mock/api-keys` may be asked. */
export interface ApiKeysQuery {
  /** Only this environment's keys. */
  environment?: Environment;
}

const API_KEYS_QUERY_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { environment: { enum: [...ENVIRONMENTS] } },
};

/** Parses the query string (without its `?`). */
export function parseApiKeysQuery(search: string): Parsed<ApiKeysQuery> {
  const query: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (name !== 'environment') {
      const message = 'Unknown query parameter. The only filter is environment.';
      return /^[A-Za-z_]{1,64}$/.test(name)
        ? invalidField(name, message)
        : { ok: false, error: { status: 400, code: 'invalid_request', message } };
    }
    if (name in query) return invalidField(name, `Send ${name} once.`);
    query[name] = value;
  }
  return checked<ApiKeysQuery>(API_KEYS_QUERY_SCHEMA, query);
}
