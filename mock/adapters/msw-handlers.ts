/**
 * The MSW adapter, and the only module that imports msw: one handler for every request under the
 * mock's base URLs. One handler, not one per operation and environment, because MSW walks its
 * handlers in turn and each one passed over costs about 10 µs. Its predicate works out where the
 * call landed and hands that to the resolver as the match's params, so the URL is read once.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { MockNetworkError } from '../faults/mock-network-error.js';
import type { BaseUrlTable } from '../pipeline/base-urls.js';
import type { CallTarget } from '../pipeline/mock-call.js';
import type { Serve } from '../pipeline/serve.js';
import { answerRequest } from './fetch-door.js';

/** The handlers for `setupServer(...handlers)` (msw/node) and `setupWorker(...handlers)` (msw/browser). */
export function createHandlers(table: BaseUrlTable, serve: Serve): RequestHandler[] {
  return [
    http.all<CallTarget>(
      ({ request }) => {
        const target = table.land(request.url);
        return target === null ? false : { matches: true, params: target };
      },
      async ({ request, params }) => {
        try {
          return await answerRequest(serve, request, params);
        } catch (error) {
          if (error instanceof MockNetworkError) return HttpResponse.error();
          throw error;
        }
      },
    ),
  ];
}
