/**
 * The error answers the HTTP layer gives on its own (413, a bad request line, a refused control
 * call): the same body as the API's, `{"error": {"type", "code", "message", "param"?, "request_id"}}`,
 * so a client parses every error the same way whichever layer produced it.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { randomBase62 } from '../../src/secret-format.js';
import { errorTypeOf } from '../pipeline/mock-answer.js';

/** An error the HTTP layer answers with. */
export interface HttpError {
  status: number;
  code: string;
  /** A sentence for people; never holds a secret or a header value. */
  message: string;
  /** The request field at fault. */
  param?: string;
}

/** A fresh request id in the API's style (`req_` + 16 base62 characters). */
export function newRequestId(): string {
  return `req_${randomBase62(16, randomBytes)}`;
}

/** The JSON text of an error body. */
export function errorJson(error: HttpError, requestId: string): string {
  const { status, ...fields } = error;
  return JSON.stringify({ error: { type: errorTypeOf(status), ...fields, request_id: requestId } });
}

/**
 * Answers with an error body. `close` also ends the connection after the answer, for requests
 * whose unread body must not be parsed as the next request.
 */
export function sendError(
  res: ServerResponse,
  error: HttpError,
  options: { close?: boolean; headers?: readonly string[] } = {},
): void {
  const requestId = newRequestId();
  const body = errorJson(error, requestId);
  const headers = [
    'content-type',
    'application/json',
    'content-length',
    String(Buffer.byteLength(body)),
    'x-request-id',
    requestId,
    ...(options.headers ?? []),
  ];
  if (options.close) headers.push('connection', 'close');
  res.writeHead(error.status, headers);
  res.end(body);
}

/**
 * The raw bytes of an error answer, for the moments Node gives us a socket and no response object
 * (a request line it could not parse, a `CONNECT`).
 */
export function rawErrorResponse(error: HttpError): string {
  const requestId = newRequestId();
  const body = errorJson(error, requestId);
  return (
    `HTTP/1.1 ${error.status} ${REASONS[error.status] ?? 'Error'}\r\n` +
    'Content-Type: application/json\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    `X-Request-Id: ${requestId}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Payload Too Large',
  431: 'Request Header Fields Too Large',
};
