/**
 * The answer of an injected `{ status }` fault: the chosen status and headers, and the chosen
 * body — or, when none is given, the API's own error body for that status, so clients parse it
 * as they would a real one.
 */
import type { CoreAnswer } from '../pipeline/core.js';
import { errorReply, type ErrorCode } from '../pipeline/mock-answer.js';

function defaultCode(status: number): ErrorCode | null {
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  if (status === 404) return 'not_found';
  if (status >= 400) return 'invalid_request';
  return null;
}

/**
 * The answer to send for a status fault.
 *
 * @example
 * ```ts
 * faultAnswer({ status: 503 }, 'req_123', where).body; // '{"error":{"type":"api_error","code":"service_unavailable",…}}'
 * ```
 */
export function faultAnswer(
  fault: { status: number; headers?: Record<string, string>; body?: unknown },
  requestId: string,
  where: Pick<CoreAnswer, 'environment' | 'route' | 'operation' | 'keyId'>,
): CoreAnswer {
  const code = fault.body === undefined ? defaultCode(fault.status) : null;
  let body: string;
  if (fault.body !== undefined) body = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body);
  else if (code !== null)
    body = JSON.stringify(
      errorReply(requestId, fault.status, code, `An injected fault answered HTTP ${fault.status}.`).body,
    );
  else body = '{}';
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Request-Id': requestId };
  // The contract requires Retry-After on a 429; a test can still set its own.
  if (fault.status === 429) headers['Retry-After'] = '1';
  return { ...where, status: fault.status, headers: Object.assign(headers, fault.headers), body, errorCode: code };
}
