/**
 * GENERATED from openapi.yaml by `npm run generate` — do not edit by hand.
 * `npm test` fails when this file is stale.
 */
import type { ApiPromise } from '../../api-promise.js';
import type { Core } from '../../internal/core.js';
import type { RequestOptions } from '../../request-options.js';
import type { RateLimitStatus } from '../schemas.js';

/**
 * The calling key's current rate-limit window.
 *
 * Reached as `client.rateLimit`.
 *
 * @example
 * ```ts
 * const status = await client.rateLimit.get();
 * console.log(`${status.remaining} of ${status.limit} left until ${status.reset_at}`);
 * for (const window of status.windows) console.log(window.window, window.remaining);
 * ```
 */
export class RateLimitResource {
  readonly #core: Core;

  /** @internal */
  constructor(core: Core) {
    this.#core = core;
  }

  /**
   * Get the calling key's rate limit.
   *
   * The calling key's tightest window (`limit`, `remaining`, `reset`, `reset_at`) and every
   * window it has. This request does not count against the limit. Needs the `rate_limit:read` scope.
   *
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`.
   * @example
   * ```ts
   * const status = await client.rateLimit.get();
   * console.log(`${status.remaining} of ${status.limit} left until ${status.reset_at}`);
   * for (const window of status.windows) console.log(window.window, window.remaining);
   * ```
   */
  get(options?: RequestOptions): ApiPromise<RateLimitStatus> {
    return this.#core.run({ options }, (api) => api.GET('/v1/rate-limit'));
  }
}
