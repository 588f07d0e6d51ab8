/**
 * The `fetch` door: a `Request` in, a `Response` out. It is `mock.fetch`, and the MSW handler's
 * way in. It works out where the call landed once (from the URL, or as the MSW handler found it),
 * reads the body, and hands the pipeline a {@link MockCall}.
 */
import type { BaseUrlTable } from '../pipeline/base-urls.js';
import type { CallBody, CallTarget, MockCall } from '../pipeline/mock-call.js';
import type { Serve } from '../pipeline/serve.js';
import { readRequestBody } from './read-request-body.js';

const NO_BODY: CallBody = { tooLarge: false, bytes: null };
/** Statuses whose answer has no body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** Answers `request`, which landed at `target`. Rejects with `MockNetworkError` for an injected network fault. */
export async function answerRequest(serve: Serve, request: Request, target: CallTarget | null): Promise<Response> {
  const method = request.method;
  // Any method but GET and HEAD (which fetch sends without one) may carry a body: a DELETE's counts
  // against the 64 KiB limit, as it does over HTTP.
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const call: MockCall = {
    method,
    url: request.url,
    target,
    header: (name) => request.headers.get(name),
    body: hasBody ? await readRequestBody(request) : NO_BODY,
  };
  const answer = await serve(call, request.signal);
  return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
    status: answer.status,
    headers: answer.headers,
  });
}

/** The door behind `mock.fetch`. */
export function createFetchDoor(serve: Serve, table: BaseUrlTable): (request: Request) => Promise<Response> {
  return (request) => answerRequest(serve, request, table.land(request.url));
}
