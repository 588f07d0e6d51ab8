/**
 * The two conversions between Node's HTTP objects and the fetch-style core: an `IncomingMessage`
 * becomes a `Request`, a `Response` is written to a `ServerResponse`. Kept lean because they run
 * on every request: headers are copied once from `rawHeaders`, a body is attached only when there
 * is one, and the answer goes out in one `writeHead` + `end`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

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
 * const request = toRequest(req, 'http://127.0.0.1:4010/v1/me', undefined);
 * const response = await mock.fetch(request);
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
 * Writes the core's `Response`: status, headers and body in one `writeHead` and one `end`, with
 * an exact `Content-Length` so Node never falls back to chunked encoding.
 *
 * @example
 * ```ts
 * await writeResponse(res, await mock.fetch(request), req.method === 'HEAD');
 * ```
 */
export async function writeResponse(res: ServerResponse, response: Response, isHead: boolean): Promise<void> {
  const headers: string[] = [];
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) headers.push(name, value);
  });
  const status = response.status;
  // Text, not bytes: Node then sends the head and a string body in one write instead of a writev.
  const body = response.body === null ? '' : await response.text();
  if (status !== 204 && status !== 304) headers.push('content-length', String(Buffer.byteLength(body)));
  res.writeHead(status, headers);
  if (isHead || body === '') res.end();
  else res.end(body);
}
