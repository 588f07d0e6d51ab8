/**
 * The MSW adapter: one handler for every request under the mock's base URLs, handing it to the
 * core. One handler, not one per operation and environment, because MSW walks its handlers in
 * turn and each one passed over costs about 10 µs.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { MockNetworkError } from '../pipeline/mock-answer.js';
import type { BaseUrlTable } from '../pipeline/base-urls.js';

/**
 * The handlers for `setupServer(...handlers)` (msw/node) and `setupWorker(...handlers)` (msw/browser).
 *
 * @example
 * ```ts
 * const handlers = createHandlers(table, mockFetch);
 * ```
 */
export function createHandlers(
  table: BaseUrlTable,
  mockFetch: (request: Request) => Promise<Response>,
): RequestHandler[] {
  return [
    http.all(
      ({ request }) => table.land(request.url) !== null,
      async ({ request }) => {
        try {
          return await mockFetch(request);
        } catch (error) {
          if (error instanceof MockNetworkError) return HttpResponse.error();
          throw error;
        }
      },
    ),
  ];
}
