/**
 * The MSW adapter: one handler for every request under the mock's base URLs. One handler, not one
 * per operation and environment, because MSW walks its handlers in turn and each one passed over
 * costs about 10 µs. Its predicate works out where the call landed and hands that to the resolver
 * as the match's params, so the URL is read once.
 *
 * It imports msw's types only: msw itself (an optional peer) comes in as an argument, from
 * `msw-module.ts`, so that `keysmith/mock` loads without it.
 */
import type { RequestHandler } from 'msw';
import { MockNetworkError } from '../../faults/mock-network-error.js';
import type { BaseUrlTable } from '../../pipeline/base-urls.js';
import type { CallTarget } from '../../pipeline/mock-call.js';
import type { Serve } from '../../pipeline/serve.js';
import { answerRequest } from '../fetch-door.js';
import type { MswModule } from './msw-api.js';

/** The handlers for `setupServer(...handlers)` (msw/node) and `setupWorker(...handlers)` (msw/browser). */
export function createHandlers(msw: MswModule, table: BaseUrlTable, serve: Serve): RequestHandler[] {
  return [
    msw.http.all<CallTarget>(
      ({ request }) => {
        const target = table.land(request.url);
        return target === null ? false : { matches: true, params: target };
      },
      async ({ request, params }) => {
        try {
          return await answerRequest(serve, request, params);
        } catch (error) {
          if (error instanceof MockNetworkError) return msw.HttpResponse.error();
          throw error;
        }
      },
    ),
  ];
}
