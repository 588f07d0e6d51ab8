/**
 * The value every SDK method returns: a promise of the response body that can also give the whole
 * response (`withResponse()`).
 *
 * @module
 */
import { parseRateLimit, type RateLimitInfo } from './rate-limit.js';

/**
 * A response body together with what came around it.
 *
 * @example
 * ```ts
 * const { data, rateLimit, requestId } = await client.me().withResponse();
 * console.log(data.name, rateLimit.remaining, requestId);
 * ```
 */
export interface ApiResponse<T> {
  /** The parsed body, as the method resolves to it. */
  readonly data: T;
  /** The raw response; its body is already read. */
  readonly response: Response;
  /** The response's rate-limit headers, parsed. */
  readonly rateLimit: RateLimitInfo;
  /** The response's `X-Request-Id`. */
  readonly requestId: string | undefined;
}

/** Where an {@link ApiPromise} finds the final response once its body is in. @internal */
export interface ResponseSource {
  readonly response: Response | undefined;
  readonly receivedAt: number;
}

/**
 * A promise of a method's result (await it as usual) with one more method, `withResponse()`.
 * The request starts when the method is called, not when it is awaited. It is a native `Promise`
 * with the method added, so `await` takes the engine's fast path.
 *
 * @example
 * ```ts
 * const key = await client.keys.get('key_123');
 * const { data, response } = await client.keys.get('key_123').withResponse();
 * ```
 */
export interface ApiPromise<T> extends Promise<T> {
  /**
   * Resolves to the body with the response, its parsed rate-limit headers and its request id.
   *
   * @example
   * ```ts
   * const { data: page, rateLimit } = await client.keys.list().withResponse();
   * ```
   */
  withResponse(): Promise<ApiResponse<T>>;
}

/**
 * Makes `data` an {@link ApiPromise} reading its response from `source`.
 *
 * @internal
 */
export function apiPromise<T>(data: Promise<T>, source: ResponseSource): ApiPromise<T> {
  return Object.assign(data, { withResponse: withResponseOf(data, source) });
}

/** The `withResponse()` of a promise of `data`. */
function withResponseOf<T>(data: Promise<T>, source: ResponseSource): () => Promise<ApiResponse<T>> {
  return () =>
    data.then((body) => {
      // Set before `data` resolves: the body is read from this very response.
      const response = source.response as Response;
      const { headers } = response;
      return {
        data: body,
        response,
        rateLimit: parseRateLimit(headers, source.receivedAt),
        requestId: headers.get('x-request-id') ?? undefined,
      };
    });
}
