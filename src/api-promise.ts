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
 * The request starts when the method is called, not when it is awaited.
 *
 * @example
 * ```ts
 * const key = await client.keys.get('key_123');
 * const { data, response } = await client.keys.get('key_123').withResponse();
 * ```
 */
export class ApiPromise<T> implements Promise<T> {
  readonly #data: Promise<T>;
  readonly #source: ResponseSource;

  /** @internal */
  constructor(data: Promise<T>, source: ResponseSource) {
    this.#data = data;
    this.#source = source;
  }

  then<Fulfilled = T, Rejected = never>(
    onfulfilled?: ((value: T) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.#data.then(onfulfilled, onrejected);
  }

  catch<Rejected = never>(onrejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null): Promise<T | Rejected> {
    return this.#data.catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#data.finally(onfinally);
  }

  /**
   * Resolves to the body with the response, its parsed rate-limit headers and its request id.
   *
   * @example
   * ```ts
   * const { data: page, rateLimit } = await client.keys.list().withResponse();
   * ```
   */
  withResponse(): Promise<ApiResponse<T>> {
    return this.#data.then((data) => {
      const response = this.#source.response as Response;
      return {
        data,
        response,
        rateLimit: parseRateLimit(response.headers, this.#source.receivedAt),
        requestId: response.headers.get('x-request-id') ?? undefined,
      };
    });
  }

  /** Makes `Object.prototype.toString` say `[object ApiPromise]`, as a promise should name itself. */
  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}
