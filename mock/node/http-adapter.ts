/**
 * The conversions between Node's HTTP objects and a mock: an `IncomingMessage` becomes a
 * {@link MockCall} for the mock's direct entry (or, for a mock without one, a `Request`), and the
 * {@link MockAnswer} is written to the `ServerResponse`. Kept lean because they run on every
 * request: headers are read from `rawHeaders` without building a map, a body is attached only
 * when there is one, and the answer goes out in one `writeHead` + `end`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockAnswer } from '../pipeline/mock-answer.js';
import type { MockCall } from '../pipeline/mock-call.js';
import type { ServerLanding } from './environment-prefix.js';

/** Headers about this one connection, which mean nothing to the mock (and some of which `Request` rejects). */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'host',
  'expect',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

/** Statuses whose answer has no body (and so no `Content-Length`). */
const NULL_BODY = new Set([204, 205, 304]);

/**
 * The origin-form path of a request target (`/v1/me?x=1`), accepting the absolute form a proxy
 * sends (`http://host/v1/me`). Returns `null` for anything else (`*`, garbage).
 */
export function requestPath(target: string): string | null {
  if (target.charCodeAt(0) === 0x2f) return target;
  const absolute = /^https?:\/\/[^/?#]*(?<path>.*)$/i.exec(target);
  if (absolute === null) return null;
  const path = absolute.groups?.path ?? '';
  return path.startsWith('/') ? path : `/${path}`;
}

/** The body for the mock: only for methods that carry one, and only when it is not empty. */
function bodyOf(method: string, body: Buffer | undefined): Buffer | null {
  return body !== undefined && body.length > 0 && method !== 'GET' && method !== 'HEAD' ? body : null;
}

/**
 * Builds the `Request` for a mock without a direct entry. Repeated headers are joined (`a, b`) as
 * `Headers` does, so a request with two `Authorization` headers reaches the mock as one unusable
 * value instead of silently keeping the first. Throws a `TypeError` for input `Request` refuses
 * (a forbidden method, say); callers answer 400.
 */
export function toRequest(req: IncomingMessage, url: string, body: Buffer | undefined): Request {
  const raw = req.rawHeaders;
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push([name, raw[i + 1] ?? '']);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit = { method, headers };
  const bytes = bodyOf(method, body);
  // Socket buffers are never backed by a SharedArrayBuffer, which is all the DOM type rules out.
  if (bytes !== null) init.body = bytes as Uint8Array<ArrayBuffer>;
  return new Request(url, init);
}

/**
 * Builds the {@link MockCall} for a mock's direct entry, with the same meaning as
 * {@link toRequest}: repeated headers joined, the body only for methods that carry one.
 */
export function toMockCall(req: IncomingMessage, landing: ServerLanding, body: Buffer | undefined): MockCall {
  const method = req.method ?? 'GET';
  const raw = req.rawHeaders;
  return {
    method,
    url: landing.url,
    target: landing.target,
    // A scan of a dozen raw headers per lookup beats building a map the mock asks three or four names of.
    header(name) {
      const wanted = name.toLowerCase();
      let value: string | null = null;
      for (let i = 0; i + 1 < raw.length; i += 2) {
        const candidate = raw[i] ?? '';
        if (candidate.length === wanted.length && candidate.toLowerCase() === wanted) {
          const found = raw[i + 1] ?? '';
          value = value === null ? found : `${value}, ${found}`;
        }
      }
      return value;
    },
    body: { tooLarge: false, bytes: bodyOf(method, body) },
  };
}

/** Reads a mock's `Response` into a {@link MockAnswer}. */
export async function fromResponse(response: Response): Promise<MockAnswer> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body === null ? '' : await response.text();
  return { status: response.status, headers, body };
}

/**
 * Writes an answer: status, headers and body in one `writeHead` and one `end`, with an exact
 * `Content-Length` so Node never falls back to chunked encoding. The body goes out as a string,
 * which Node sends together with the head.
 */
export function writeAnswer(res: ServerResponse, answer: MockAnswer, isHead: boolean): void {
  const headers: string[] = [];
  for (const name in answer.headers) {
    const value = answer.headers[name];
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) headers.push(name, value);
  }
  const hasBody = !NULL_BODY.has(answer.status);
  const body = hasBody ? answer.body : '';
  if (hasBody) headers.push('content-length', String(Buffer.byteLength(body)));
  res.writeHead(answer.status, headers);
  if (isHead || body === '') res.end();
  else res.end(body);
}
