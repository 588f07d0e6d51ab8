/**
 * The query of `GET /__mock/requests`: `?operation=createApiKey&status=201&keyId=key_…`, the
 * fields of `mock.requests.find(…)`, checked by the schema that call uses.
 */
import { REQUEST_QUERY_SCHEMA } from '../../store/request-log.js';
import type { RequestQuery } from '../../types.js';
import type { Parsed } from '../control-input.js';
import { checked, invalidField } from './schema-check.js';

const NAMES = ['operation', 'status', 'keyId', 'targetKeyId', 'callerKeyId'];

/** Parses the query string (without its `?`) into a request-log query. */
export function parseRequestQuery(search: string): Parsed<RequestQuery> {
  const query: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (!NAMES.includes(name)) {
      const message = `Unknown query parameter. The filters are ${NAMES.join(', ')}.`;
      return /^[A-Za-z_]{1,64}$/.test(name)
        ? invalidField(name, message)
        : { ok: false, error: { status: 400, code: 'invalid_request', message } };
    }
    if (name in query) return invalidField(name, `Send ${name} once.`);
    query[name] = name === 'status' && /^\d{1,3}$/.test(value) ? Number(value) : value;
  }
  return checked<RequestQuery>(REQUEST_QUERY_SCHEMA, query);
}
