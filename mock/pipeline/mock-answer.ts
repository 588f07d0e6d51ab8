/**
 * The one shape of an answer, from the step that decides it to the adapter that sends it:
 * operations, refusals, idempotent replays, injected faults and the 500 of a failure are all a
 * `MockAnswer`; the fetch door turns it into a `Response`, the HTTP server writes it to the socket.
 * Errors share one body, built here.
 */
import type { components } from '../../src/generated/api.js';
import { scrubSecrets } from './scrub-secrets.js';

/** An error code of the API. */
export type ErrorCode = components['schemas']['ErrorCode'];
type ErrorType = components['schemas']['ErrorType'];

/** What the mock answers a call. */
export interface MockAnswer {
  readonly status: number;
  /**
   * Header names as the API spells them. A step sets only its own (`Allow`, `Retry-After`); the
   * pipeline adds `Content-Type`, `X-Request-Id` and the rate-limit headers in front.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** The body text (JSON); not sent for 204, 205 and 304. */
  readonly body: string;
  /** The API's error code when the body is one of its errors, for the request log; else `null` or left out. */
  readonly errorCode?: ErrorCode | null;
}

/** Extra fields of an error answer. */
export interface ErrorExtras {
  param?: string;
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Shared by every answer without headers of its own; frozen, so sharing it is safe. */
const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({});
const JSON_TYPE = 'application/json';

/** The error family of a status, as the API reports it (`413` is an `invalid_request_error`). */
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
 */
export function clip(text: string, limit = 100): string {
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}

/** A successful answer: `body` as JSON. */
export function jsonAnswer(status: number, body: object): MockAnswer {
  return { status, headers: NO_HEADERS, body: JSON.stringify(body), errorCode: null };
}

/**
 * An error answer with the shared body `{ error: { type, code, message, param?, request_id, details? } }`.
 * The message and param pass through {@link scrubSecrets}, and a huge param (an unknown field name
 * of 60 kB) is cut short, so no error ever carries a secret or echoes a flood.
 */
export function errorAnswer(
  requestId: string,
  status: number,
  code: ErrorCode,
  message: string,
  extras: ErrorExtras = {},
): MockAnswer {
  const error: Record<string, unknown> = { type: errorTypeOf(status), code, message: scrubSecrets(message) };
  if (extras.param !== undefined) error.param = clip(scrubSecrets(extras.param), 200);
  error.request_id = requestId;
  if (extras.details !== undefined) error.details = extras.details;
  return { status, headers: extras.headers ?? NO_HEADERS, body: JSON.stringify({ error }), errorCode: code };
}

/**
 * The answer as it leaves the pipeline: `Content-Type` and `X-Request-Id` first, then the rate-limit
 * headers of an authenticated call, then the answer's own, which win on a clash.
 */
export function sealAnswer(
  answer: MockAnswer,
  requestId: string,
  rateLimit: Readonly<Record<string, string>> | null,
): MockAnswer {
  const headers: Record<string, string> = { 'Content-Type': JSON_TYPE, 'X-Request-Id': requestId };
  if (rateLimit !== null) Object.assign(headers, rateLimit);
  Object.assign(headers, answer.headers);
  return { status: answer.status, headers, body: answer.body, errorCode: answer.errorCode ?? null };
}
