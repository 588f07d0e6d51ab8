/**
 * What an operation answers, before it becomes a `Response`: a status, a JSON body, the error
 * code for the request log, and any headers of its own. Errors share one body shape, built here.
 */
import type { components } from '../../src/generated/api.js';
import { scrubSecrets } from '../store/request-log.js';

/**
 * An error code of the API.
 *
 * @example
 * ```ts
 * const code: ErrorCode = 'rate_limited';
 * ```
 */
export type ErrorCode = components['schemas']['ErrorCode'];
type ErrorType = components['schemas']['ErrorType'];

/**
 * An answer of the core.
 *
 * @example
 * ```ts
 * const reply: Reply = { status: 200, body: { object: 'identity' }, errorCode: null };
 * ```
 */
export interface Reply {
  status: number;
  /** A JSON value, or text already serialised (a replayed idempotent response). */
  body: unknown;
  /** `true` when `body` is already JSON text. */
  serialized?: boolean;
  errorCode: ErrorCode | null;
  headers?: Record<string, string>;
}

/**
 * Extra fields of an error.
 *
 * @example
 * ```ts
 * const extras: ErrorExtras = { param: 'permissions', details: { scopes: ['admin:*'] } };
 * ```
 */
export interface ErrorExtras {
  param?: string;
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * The error family of a status, as the API reports it.
 *
 * @example
 * ```ts
 * errorTypeOf(413); // "invalid_request_error"
 * ```
 */
export function errorTypeOf(status: number): ErrorType {
  switch (status) {
    case 401:
      return 'authentication_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 409:
      return 'conflict_error';
    case 429:
      return 'rate_limit_error';
    default:
      return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

/**
 * Cuts a piece of client input (a field name, a path) to `limit` characters for an error message,
 * so a 60 kB field name is not echoed back whole.
 *
 * @example
 * ```ts
 * clip('x'.repeat(500), 100).length; // 101
 * ```
 */
export function clip(text: string, limit = 100): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/**
 * An error reply with the shared body `{ error: { type, code, message, param?, request_id, details? } }`.
 * The message and param pass through {@link scrubSecrets}, and a huge param (an unknown field
 * name of 60 kB) is cut short, so no error ever carries a secret or echoes a flood.
 *
 * @example
 * ```ts
 * errorReply('req_123', 404, 'not_found', 'No API key with id key_….', { param: 'id' });
 * ```
 */
export function errorReply(
  requestId: string,
  status: number,
  code: ErrorCode,
  message: string,
  extras: ErrorExtras = {},
): Reply {
  const error: Record<string, unknown> = { type: errorTypeOf(status), code, message: scrubSecrets(message) };
  if (extras.param !== undefined) error.param = clip(scrubSecrets(extras.param), 200);
  error.request_id = requestId;
  if (extras.details !== undefined) error.details = extras.details;
  const reply: Reply = { status, body: { error }, errorCode: code };
  if (extras.headers !== undefined) reply.headers = extras.headers;
  return reply;
}

/**
 * What the core rejects with when a fault injects a network failure; the adapters turn it into
 * their own network error (`HttpResponse.error()` for MSW, a destroyed socket over HTTP). It is a
 * `TypeError`, like the failure of a real `fetch`, so client code sees what it would in production.
 *
 * @example
 * ```ts
 * mock.faults.inject({ network: true });
 * await mock.fetch(request).catch((error) => error instanceof MockNetworkError); // true
 * ```
 */
export class MockNetworkError extends TypeError {
  /** Always `'MockNetworkError'`. */
  override readonly name = 'MockNetworkError';
  constructor(message = 'The Keysmith mock injected a network failure.') {
    super(message);
  }
}
