/**
 * The request log: what a test asserts on. It keeps the newest `limit` entries, so a long
 * benchmark or stress run does not grow the mock without bound, each request body at most
 * {@link REQUEST_LOG_BODY_LIMIT} bytes and each answer body at most {@link REQUEST_LOG_ANSWER_LIMIT}.
 *
 * Adding an entry is cheap on purpose (it happens on every request): the bodies are kept as masked
 * text, and parsed into JSON only when a test reads the log.
 */
import { validate, type JsonSchema } from '../contract/json-schema.js';
import { matchesFilter, REQUEST_FILTER_PROPERTIES } from '../pipeline/request-filter.js';
import { scrubJson } from '../pipeline/scrub-json.js';
import type { LoggedRequest, MockRequestLog, RequestQuery } from '../types.js';

/**
 * The largest request body the log keeps, in bytes (4 KiB): a larger one is logged as
 * `body: null, bodyTooLarge: true`, so 10,000 entries stay within a few megabytes.
 *
 * @example
 * ```ts
 * const [entry] = mock.requests.find({ operation: 'createApiKey' });
 * if (entry?.bodyTooLarge) console.log(`the body was over ${REQUEST_LOG_BODY_LIMIT} bytes`);
 * ```
 */
export const REQUEST_LOG_BODY_LIMIT = 4096;

/**
 * The largest answer body the log keeps, in characters (4 Ki): every answer but a listing of more
 * than about seven keys. A larger one is logged as `answerBody: null, answerBodyTooLarge: true`.
 * Masked labels (`ks_prod_••••a1b2`) make V8 hold an answer as two bytes a character, so this
 * bounds an entry's answer at 8 KiB: at the default 10,000 entries, 80 MB at the very worst, and
 * about 5 MB more than without answers for ordinary traffic.
 *
 * @example
 * ```ts
 * const [entry] = mock.requests.find({ operation: 'listApiKeys' });
 * if (entry?.answerBodyTooLarge) console.log(`the answer was over ${REQUEST_LOG_ANSWER_LIMIT} characters`);
 * ```
 */
export const REQUEST_LOG_ANSWER_LIMIT = 4096;

/** What the pipeline logs of one request: an entry with its time in epoch ms and its body as masked text. */
export interface LogRecord extends Omit<LoggedRequest, 'at' | 'body' | 'answerBody'> {
  readonly at: number;
  /** The body's text, secrets masked; `null` for none or one too large. */
  readonly bodyText: string | null;
  /** The answer body's text, secrets masked; `null` for none (a lost answer) or one too large. */
  readonly answerText: string | null;
  /** The entry as tests see it, built on the first read. */
  view?: LoggedRequest;
}

/** The log plus the core's way to append to it. */
export interface CoreRequestLog extends MockRequestLog {
  add(record: LogRecord): void;
}

/** The shape of a {@link RequestQuery}, checked alike in-process and over HTTP. */
export const REQUEST_QUERY_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { ...REQUEST_FILTER_PROPERTIES, status: { type: 'integer', minimum: 0, maximum: 599 } },
};

const resolveNothing = (): JsonSchema => ({});

function bodyOf(text: string | null): unknown {
  if (text === null) return null;
  try {
    return scrubJson(JSON.parse(text));
  } catch {
    return text;
  }
}

function viewOf(record: LogRecord): LoggedRequest {
  return (record.view ??= {
    method: record.method,
    url: record.url,
    route: record.route,
    operation: record.operation,
    environment: record.environment,
    callerKeyId: record.callerKeyId,
    targetKeyId: record.targetKeyId,
    status: record.status,
    errorCode: record.errorCode,
    requestId: record.requestId,
    at: new Date(record.at),
    faulted: record.faulted,
    replayed: record.replayed,
    latencyMs: record.latencyMs,
    headers: record.headers,
    body: bodyOf(record.bodyText),
    bodyTooLarge: record.bodyTooLarge,
    answerBody: bodyOf(record.answerText),
    answerBodyTooLarge: record.answerBodyTooLarge,
  });
}

function matchesQuery(record: LogRecord, query: RequestQuery): boolean {
  if (query.status !== undefined && record.status !== query.status) return false;
  return matchesFilter(query, {
    operation: record.operation,
    targetKeyId: record.targetKeyId,
    callerKeyId: () => record.callerKeyId,
  });
}

/** Creates an empty log that holds at most `limit` entries (the oldest are dropped first). */
export function createRequestLog(limit: number): CoreRequestLog {
  let records: LogRecord[] = [];
  const newest = (): LogRecord[] => (records.length > limit ? records.slice(-limit) : records);
  return {
    add(record) {
      records.push(record);
      // Trimming in halves keeps `add` amortised O(1) instead of shifting on every request.
      if (records.length > limit * 2 || (limit < 64 && records.length > limit)) records = records.slice(-limit);
    },
    all: () => newest().map(viewOf),
    find(query) {
      const violation = validate(REQUEST_QUERY_SCHEMA, query, resolveNothing);
      if (violation !== null) throw new TypeError(`requests.find(query): ${violation.message}`);
      return newest()
        .filter((record) => matchesQuery(record, query))
        .map(viewOf);
    },
    clear() {
      records = [];
    },
  };
}
