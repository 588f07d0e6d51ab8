/**
 * `client.rateLimit`: the calling key's rate-limit windows.
 *
 * @module
 */
import type { ApiPromise } from '../api-promise.js';
import type { Core } from '../internal/core.js';
import type { RequestOptions } from '../request-options.js';
import type { RateLimitStatus } from '../types.js';

/**
 * The rate-limit operations, reached as `client.rateLimit`.
 *
 * @example
 * ```ts
 * const { remaining, reset_at } = await client.rateLimit.get();
 * ```
 */
export class RateLimitResource {
  readonly #core: Core;

  /** @internal */
  constructor(core: Core) {
    this.#core = core;
  }

  /**
   * The calling key's tightest window (`limit`, `remaining`, `reset`, `reset_at`) and all its
   * windows. Does not count against the limit.
   *
   * @example
   * ```ts
   * const status = await client.rateLimit.get();
   * for (const window of status.windows) console.log(window.window, window.remaining);
   * ```
   */
  get(options?: RequestOptions): ApiPromise<RateLimitStatus> {
    return this.#core.run(options, (api) => api.GET('/v1/rate-limit'));
  }
}
