/**
 * The fake `fetch` of the CPU measure: it answers at once with the same realistic response for
 * every client — `GET /v1/me`'s body and the headers the API sends (request id, legacy and IETF
 * rate-limit fields) — so what is timed is the client, not a network.
 */

/** The body of `GET /v1/me`, as the API answers it. */
export const ME_BODY = JSON.stringify({
  object: 'identity',
  id: 'key_7Hq2ZbN4xTmW9cLp',
  name: 'Admin (production)',
  environment: 'production',
  permissions: ['admin:*'],
  owner: { id: 'acct_keysmithmock', name: 'Keysmith Mock' },
});

/** The response headers of every answer. */
export const ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json',
  'X-Request-Id': 'req_4fQm2ZbN7xTcW9Lp',
  'X-RateLimit-Limit': '1000000',
  'X-RateLimit-Remaining': '999999',
  'X-RateLimit-Reset': '1793491260',
  'RateLimit-Policy': '"minute";q=1000000;w=60, "hour";q=100000000;w=3600',
  RateLimit: '"minute";r=999999;t=60',
};

/**
 * A `fetch` that answers every request at once. It is called as `(input, init)` like the real
 * one — Keysmith passes its per-attempt signal as `init.signal` — and reads neither.
 *
 * @example
 * ```ts
 * const response = await fakeFetch(new Request('https://api.keysmith.example/v1/me'), { signal });
 * await response.json();
 * ```
 */
export function fakeFetch(): Promise<Response> {
  return Promise.resolve(new Response(ME_BODY, { status: 200, headers: ANSWER_HEADERS }));
}
