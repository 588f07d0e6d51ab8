/**
 * The SDK's errors: one base class, a subclass per status family, connection and timeout errors,
 * and one factory that picks the subclass for a response. No message, `toString()`, `toJSON()` or
 * `util.inspect` output ever holds a secret or an `Authorization` header: all text is scrubbed.
 *
 * @module
 */
import { redact, redactDeep } from './internal/redact.js';
import { record, text } from './internal/unknown-values.js';
import { parseRateLimit, serverRequestedWait, type RateLimitInfo } from './rate-limit.js';
import type { ErrorCode, ErrorType } from './types.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * The base of every error the SDK throws (an aborted call rejects with the signal's reason instead,
 * as `fetch` does).
 *
 * @example
 * ```ts
 * try {
 *   await client.keys.get('key_123');
 * } catch (error) {
 *   if (error instanceof KeysmithError) console.error(error.message);
 * }
 * ```
 */
export class KeysmithError extends Error {
  /** The class's name (each subclass sets its own), so `error.name` survives bundling and minifying. */
  override readonly name: string = 'KeysmithError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(redact(message), options);
  }

  /**
   * The safe fields, for loggers that serialise errors: `name`, `message` and every field a
   * subclass adds (its own enumerable properties; never the stack or the cause).
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }

  /**
   * Node's `util.inspect` (and so `console.log`): Node's own rendering — stack, fields, the cause
   * chain — with every secret in it masked, since a cause may quote one. Node passes its `inspect`
   * as the third argument; where a runtime does not, the stack alone is shown.
   */
  [INSPECT](_depth: number, options: object, inspect?: (value: unknown, options: object) => string): string {
    return redact(inspect ? inspect(this, { ...options, customInspect: false }) : `${this.stack}`);
  }
}

/**
 * The API key given to the client is missing, malformed, fails its checksum, or belongs to another
 * environment than the one configured. Thrown by `new Keysmith()`, before any request.
 *
 * @example
 * ```ts
 * try {
 *   new Keysmith({ apiKey: 'ks_prod_typo' });
 * } catch (error) {
 *   if (error instanceof InvalidApiKeyError) console.error(error.code); // "malformed_api_key"
 * }
 * ```
 */
export class InvalidApiKeyError extends KeysmithError {
  /** Always `'InvalidApiKeyError'`. */
  override readonly name = 'InvalidApiKeyError' as const;
  /** The code the server would have answered with. */
  readonly code: 'missing_api_key' | 'malformed_api_key' | 'environment_mismatch';

  constructor(code: InvalidApiKeyError['code'], message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * The fields of an {@link ApiError}, as the SDK fills them from an error response.
 *
 * @example
 * ```ts
 * const fields: ApiErrorFields = { status: 404, code: 'not_found', type: 'not_found_error', param: 'id',
 *   details: undefined, requestId: 'req_1', rateLimit: parseRateLimit({}) };
 * const error = new NotFoundError('GET /v1/api-keys/key_1 failed with 404 not_found: Gone.', fields);
 * ```
 */
export interface ApiErrorFields {
  /** The HTTP status. */
  status: number;
  /** `error.code` of the body. */
  code: ErrorCode | undefined;
  /** `error.type` of the body. */
  type: ErrorType | undefined;
  /** `error.param` of the body. */
  param: string | undefined;
  /** `error.details` of the body (scrubbed of secrets by the constructor). */
  details: Record<string, unknown> | undefined;
  /** `error.request_id` of the body, else the `X-Request-Id` header. */
  requestId: string | undefined;
  /** The response's rate-limit headers, parsed. */
  rateLimit: RateLimitInfo;
}

/**
 * The API answered with an error status. Subclasses tell the status families apart.
 *
 * @example
 * ```ts
 * try {
 *   await client.keys.create({ name: '', permissions: [] });
 * } catch (error) {
 *   if (error instanceof ApiError) console.error(error.status, error.code, error.requestId);
 * }
 * ```
 */
export class ApiError extends KeysmithError {
  /** The class's name (each subclass sets its own). */
  override readonly name: string = 'ApiError';
  /** The HTTP status. */
  readonly status: number;
  /** The stable error code from the body, when the body had one. */
  readonly code: ErrorCode | undefined;
  /** The error family from the body. */
  readonly type: ErrorType | undefined;
  /** The request field at fault, when there is one. */
  readonly param: string | undefined;
  /** Machine-readable specifics (the scope needed, the window hit). */
  readonly details: Record<string, unknown> | undefined;
  /** The request's id (`X-Request-Id`): quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** What the response's headers said about the rate limit. */
  readonly rateLimit: RateLimitInfo;

  constructor(message: string, fields: ApiErrorFields) {
    super(message);
    // In the fields' order, which is also the order `toJSON()` lists them in.
    this.status = fields.status;
    this.code = fields.code;
    this.type = fields.type;
    this.param = fields.param;
    // A server may echo a secret in the details, and errors end up in logs.
    this.details = fields.details === undefined ? undefined : redactDeep(fields.details);
    this.requestId = fields.requestId;
    this.rateLimit = fields.rateLimit;
  }
}

/**
 * 401: the key is missing, unknown, revoked, inactive, expired, or used against another
 * environment's base URL. `code` says which.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof AuthenticationError && error.code === 'revoked_api_key') rotate(); }
 * ```
 */
export class AuthenticationError extends ApiError {
  /** Always `'AuthenticationError'`. */
  override readonly name = 'AuthenticationError' as const;
}

/**
 * 403: the key lacks a scope (`details.required_scope`), or the change would grant more than it holds.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof PermissionDeniedError) console.error(error.details?.required_scope); }
 * ```
 */
export class PermissionDeniedError extends ApiError {
  /** Always `'PermissionDeniedError'`. */
  override readonly name = 'PermissionDeniedError' as const;
}

/**
 * 404: no such key, or it was deleted.
 *
 * @example
 * ```ts
 * const key = await client.keys.get(id).catch((error) => (error instanceof NotFoundError ? null : Promise.reject(error)));
 * ```
 */
export class NotFoundError extends ApiError {
  /** Always `'NotFoundError'`. */
  override readonly name = 'NotFoundError' as const;
}

/**
 * 409: an `Idempotency-Key` reused with another body, or a change to a revoked key.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof ConflictError && error.code === 'key_revoked') createAnother(); }
 * ```
 */
export class ConflictError extends ApiError {
  /** Always `'ConflictError'`. */
  override readonly name = 'ConflictError' as const;
}

/**
 * 400, 413, 415 or 422: the request is malformed or a field is wrong (`param` names it).
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof ValidationError) form.setError(error.param ?? 'form', error.message); }
 * ```
 */
export class ValidationError extends ApiError {
  /** Always `'ValidationError'`. */
  override readonly name = 'ValidationError' as const;
}

/**
 * 429: over a rate limit, after the retries ran out or because the server asked for a longer wait
 * than the client accepts (`maxRetryAfter`, `timeout`). `retryAfterMs` says how long to wait.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof RateLimitError) await new Promise((r) => setTimeout(r, error.retryAfterMs ?? 1000));
 * }
 * ```
 */
export class RateLimitError extends ApiError {
  /** Always `'RateLimitError'`. */
  override readonly name = 'RateLimitError' as const;
  /**
   * How long to wait before trying again: the server's `Retry-After`, else, when the window has no
   * requests left, until it resets — the wait the retries themselves use.
   */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, fields: ApiErrorFields & { retryAfterMs: number | undefined }) {
    super(message, fields);
    this.retryAfterMs = fields.retryAfterMs;
  }
}

/**
 * 5xx: something failed on Keysmith's side, after the retries ran out.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof InternalServerError) report(error.requestId); }
 * ```
 */
export class InternalServerError extends ApiError {
  /** Always `'InternalServerError'`. */
  override readonly name = 'InternalServerError' as const;
}

/**
 * The request never got a response: DNS, connection refused, reset, TLS. Retried like a 5xx;
 * thrown once the retries run out. `cause` holds the underlying error.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof ConnectionError) console.error('Keysmith is unreachable'); }
 * ```
 */
export class ConnectionError extends KeysmithError {
  /** Always `'ConnectionError'`. */
  override readonly name = 'ConnectionError' as const;
}

/**
 * An attempt got no response headers within `timeout` ms. Retried; thrown once the retries run out.
 *
 * @example
 * ```ts
 * await client.keys.list({}, { timeout: 5_000 }).catch((error) => {
 *   if (error instanceof TimeoutError) console.error('slow network');
 *   throw error;
 * });
 * ```
 */
export class TimeoutError extends KeysmithError {
  /** Always `'TimeoutError'`. */
  override readonly name = 'TimeoutError' as const;
}

/** The error of the status's family, or a plain {@link ApiError} for a status outside them. */
function apiErrorOfStatus(message: string, fields: ApiErrorFields, retryAfterMs: number | undefined): ApiError {
  switch (fields.status) {
    case 400:
    case 413:
    case 415:
    case 422:
      return new ValidationError(message, fields);
    case 401:
      return new AuthenticationError(message, fields);
    case 403:
      return new PermissionDeniedError(message, fields);
    case 404:
      return new NotFoundError(message, fields);
    case 409:
      return new ConflictError(message, fields);
    case 429:
      return new RateLimitError(message, { ...fields, retryAfterMs });
    default:
      if (fields.status >= 500) return new InternalServerError(message, fields);
      return new ApiError(message, fields);
  }
}

/** What the server said went wrong: the body's message, else the start of a body that is not the error shape. */
function serverMessage(detail: Record<string, unknown>, body: unknown): string {
  const message = text(detail['message']);
  if (message !== undefined) return message;
  if (typeof body === 'string' && body !== '') return body.slice(0, 200);
  return 'no error details in the body';
}

/**
 * The message of an error response: the request, the status and the code, then the server's own
 * message, which names the problem and the fix. A 429 ends with how long to wait, unless the
 * server's message already says it.
 */
function messageOf(
  operation: string,
  status: number,
  code: string | undefined,
  attempts: number,
  said: string,
  retryAfterMs: number | undefined,
): string {
  let message = `${operation} failed with ${status}`;
  if (code !== undefined) message += ` ${code}`;
  if (attempts > 1) message += ` (after ${attempts} attempts)`;
  message += `: ${said}`;
  if (status === 429 && retryAfterMs !== undefined && !/retry after/i.test(said)) {
    const sentenceEnd = /[.!?]$/.test(said) ? '' : '.';
    message += `${sentenceEnd} Retry after ${Math.ceil(retryAfterMs / 1000)} s.`;
  }
  return message;
}

/**
 * Builds the error for an error response: the subclass by status, the fields from the shared
 * error body, the rate-limit info from the headers, and a message that names the request before
 * the server's own message (and, for a 429, how long to wait).
 *
 * @param operation - `"GET /v1/api-keys/key_1"`: named in the message.
 * @param response - the error response (its body already read).
 * @param body - the parsed JSON body, or its text when it was not JSON.
 * @param call - when the response arrived (epoch ms, for the rate-limit dates) and how many attempts the call made.
 * @example
 * ```ts
 * const error = errorFromResponse('GET /v1/me', response, await response.json(), { receivedAt: Date.now(), attempts: 1 });
 * error instanceof NotFoundError; // true
 * ```
 */
export function errorFromResponse(
  operation: string,
  response: Response,
  body: unknown,
  call: { receivedAt: number; attempts: number },
): ApiError {
  const { status, headers } = response;
  const detail = record(record(body)?.['error']) ?? {};
  const rateLimit = parseRateLimit(headers, call.receivedAt);
  // The body's strings are the server's; the generated types name the codes and types this SDK knows.
  const code = text(detail['code']) as ErrorCode | undefined;
  const retryAfterMs = serverRequestedWait(status, rateLimit, call.receivedAt);
  const fields: ApiErrorFields = {
    status,
    code,
    type: text(detail['type']) as ErrorType | undefined,
    param: text(detail['param']),
    details: record(detail['details']),
    requestId: text(detail['request_id']) ?? headers.get('x-request-id') ?? undefined,
    rateLimit,
  };
  const message = messageOf(operation, status, code, call.attempts, serverMessage(detail, body), retryAfterMs);
  return apiErrorOfStatus(message, fields, retryAfterMs);
}
