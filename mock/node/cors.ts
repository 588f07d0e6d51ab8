/**
 * CORS for the API paths, so a page on another origin (a browser test suite) can call the mock
 * server and read its rate-limit headers. Any origin is allowed: the API authenticates with a
 * bearer secret, never a cookie. The `/__mock/` controls get none of this on purpose: a page
 * must not be able to reset or fault a developer's mock.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Keysmith-Version';
const ALLOW_METHODS = 'GET, POST, PATCH, DELETE';
const EXPOSE_HEADERS =
  'Retry-After, X-Request-Id, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, RateLimit, RateLimit-Policy, Idempotent-Replayed';
/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = '600';

/**
 * Adds the CORS headers to a cross-origin request's answer; answers a preflight itself.
 *
 * @returns `true` when the request was a preflight and has been answered.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  // Same-origin and non-browser clients send no Origin: they pay nothing here.
  if (req.headers.origin === undefined) return false;
  res.setHeader('Access-Control-Allow-Origin', '*');
  if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
    res.writeHead(204, {
      'Access-Control-Allow-Methods': ALLOW_METHODS,
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE,
      'Content-Length': '0',
    });
    res.end();
    return true;
  }
  res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  return false;
}
