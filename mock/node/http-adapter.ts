/**
 * The conversions between Node's HTTP objects and a mock core: an `IncomingMessage` becomes a
 * `Request` (or, for a core with a fast entry, a {@link DirectCall}), and the core's answer is
 * written to the `ServerResponse`. Kept lean because they run on every request: headers are read
 * from `rawHeaders` without building a map, a body is attached only when there is one, and the
 * answer goes out in one `writeHead` + `end`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DirectAnswer, DirectCall } from '../adapters/direct-entry.js';

/** Headers about this one connection, which mean nothing to the core (and some of which `Request` rejects). */
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
 * An answer ready for the wire: headers as a flat `[name, value, ...]` list.
 *
 * @example
 * ```ts
 * const answer: WireAnswer = { status: 200, headers: ['content-type', 'application/json'], body: '{}' };
 * ```
 */
export interface WireAnswer {
  status: number;
  headers: string[];
  body: string;
}

/**
 * The origin-form path of a request target (`/v1/me?x=1`), accepting the absolute form a proxy
 * sends (`http://host/v1/me`). Returns `null` for anything else (`*`, garbage).
 *
 * @example
 * ```ts
 * requestPath('/v1/me'); // "/v1/me"
 * requestPath('http://127.0.0.1:4010/v1/me'); // "/v1/me"
 * requestPath('*'); // null
 * ```
 */
export function requestPath(target: string): string | null {
  if (target.charCodeAt(0) === 0x2f) return target;
  const absolute = /^https?:\/\/[^/?#]*(.*)$/i.exec(target);
  if (!absolute) return null;
  const path = absolute[1] ?? '';
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * Builds the core's `Request`. Repeated headers are joined (`a, b`) as `Headers` does, so a
 * request with two `Authorization` headers reaches the core as one unusable value instead of
 * silently keeping the first. Throws a `TypeError` for input `Request` refuses (an invalid URL,
 * a forbidden method); callers answer 400.
 *
 * @example
 * ```ts
 * const response = await mock.fetch(toRequest(req, 'http://127.0.0.1:4010/v1/me', undefined));
 * ```
 */
export function toRequest(req: IncomingMessage, url: string, body: Buffer | undefined): Request {
  const raw = req.rawHeaders;
  const headers: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push([name, raw[i + 1]!]);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit = { method, headers };
  if (body !== undefined && body.length > 0 && method !== 'GET' && method !== 'HEAD') {
    // Socket buffers are never backed by a SharedArrayBuffer, which is all the DOM type rules out.
    init.body = body as Uint8Array<ArrayBuffer>;
  }
  return new Request(url, init);
}

/**
 * Builds the {@link DirectCall} for a core's fast entry, with the same meaning as
 * {@link toRequest}: the URL normalised as `Request` would, repeated headers joined, the body only
 * for methods that carry one. Throws a `TypeError` for an invalid URL; callers answer 400.
 *
 * @example
 * ```ts
 * const answer = await answerCall(toDirectCall(req, 'http://127.0.0.1:4010/v1/me', undefined));
 * ```
 */
export function toDirectCall(req: IncomingMessage, url: string, body: Buffer | undefined): DirectCall {
  const method = req.method ?? 'GET';
  const raw = req.rawHeaders;
  const bytes = body !== undefined && body.length > 0 && method !== 'GET' && method !== 'HEAD' ? body : null;
  return {
    method,
    url: new URL(url).href,
    // A scan of a dozen raw headers per lookup beats building a map the core asks three or four names of.
    header(name) {
      const wanted = name.toLowerCase();
      let value: string | null = null;
      for (let i = 0; i < raw.length; i += 2) {
        const candidate = raw[i]!;
        if (candidate.length === wanted.length && candidate.toLowerCase() === wanted) {
          value = value === null ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`;
        }
      }
      return value;
    },
    body: { tooLarge: false, bytes },
  };
}

/**
 * Reads a `Response` into a {@link WireAnswer}.
 *
 * @example
 * ```ts
 * writeAnswer(res, await fromResponse(await mock.fetch(request)), false);
 * ```
 */
export async function fromResponse(response: Response): Promise<WireAnswer> {
  const headers: string[] = [];
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) headers.push(name, value);
  });
  const body = response.body === null ? '' : await response.text();
  return { status: response.status, headers, body };
}

/**
 * Turns a fast-entry answer into a {@link WireAnswer}.
 *
 * @example
 * ```ts
 * writeAnswer(res, fromDirectAnswer(await answerCall(call)), false);
 * ```
 */
export function fromDirectAnswer(answer: DirectAnswer): WireAnswer {
  const headers: string[] = [];
  for (const name of Object.keys(answer.headers)) {
    if (!HOP_BY_HOP.has(name.toLowerCase())) headers.push(name, answer.headers[name]!);
  }
  return { status: answer.status, headers, body: answer.body };
}

/**
 * Writes an answer: status, headers and body in one `writeHead` and one `end`, with an exact
 * `Content-Length` so Node never falls back to chunked encoding. The body goes out as a string,
 * which Node sends together with the head.
 *
 * @example
 * ```ts
 * writeAnswer(res, { status: 200, headers: ['content-type', 'application/json'], body: '{}' }, false);
 * ```
 */
export function writeAnswer(res: ServerResponse, answer: WireAnswer, isHead: boolean): void {
  const { status, headers } = answer;
  const body = NULL_BODY.has(status) ? '' : answer.body;
  if (!NULL_BODY.has(status)) headers.push('content-length', String(Buffer.byteLength(body)));
  res.writeHead(status, headers);
  if (isHead || body === '') res.end();
  else res.end(body);
}
