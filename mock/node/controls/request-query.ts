/**
 * The query of `GET /__mock/requests`: `?operation=createApiKey&status=201&keyId=key_…`, the
 * fields of `mock.requests.find(…)`, checked by the schema that call uses, and `limit`, to get
 * only the newest matches (the inspector page polls with it, so a long log costs it nothing).
 */
import { REQUEST_QUERY_SCHEMA } from '../../store/request-log.js';
import type { RequestQuery } from '../../types.js';
import type { Parsed } from '../control-input.js';
import { checked, invalidField } from './schema-check.js';

const FILTERS = ['operation', 'status', 'keyId', 'targetKeyId', 'callerKeyId'];
const NAMES = [...FILTERS, 'limit'];
/** Far above any log a test keeps: the default `requestLogLimit` is 10,000. */
const MAX_LIMIT = 1_000_000;

/** A request-log query over HTTP: the filter, and how many of the newest matches to answer. */
export interface RequestLogQuery {
  query: RequestQuery;
  /** At most this many entries, the newest; every match when left out. */
  limit?: number;
}

/** Parses the query string (without its `?`) into a request-log query. */
export function parseRequestQuery(search: string): Parsed<RequestLogQuery> {
  const query: Record<string, unknown> = {};
  let limit: number | undefined;
  for (const [name, value] of new URLSearchParams(search)) {
    if (!NAMES.includes(name)) {
      const message = `Unknown query parameter. The filters are ${FILTERS.join(', ')}; limit keeps the newest.`;
      return /^[A-Za-z_]{1,64}$/.test(name)
        ? invalidField(name, message)
        : { ok: false, error: { status: 400, code: 'invalid_request', message } };
    }
    if (name in query || (name === 'limit' && limit !== undefined)) return invalidField(name, `Send ${name} once.`);
    if (name === 'limit') {
      limit = /^\d{1,7}$/.test(value) ? Number(value) : 0;
      if (limit < 1 || limit > MAX_LIMIT) return invalidField(name, `limit must be an integer from 1 to ${MAX_LIMIT}.`);
      continue;
    }
    query[name] = name === 'status' && /^\d{1,3}$/.test(value) ? Number(value) : value;
  }
  const filter = checked<RequestQuery>(REQUEST_QUERY_SCHEMA, query);
  if (!filter.ok) return filter;
  return { ok: true, value: limit === undefined ? { query: filter.value } : { query: filter.value, limit } };
}
