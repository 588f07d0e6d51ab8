/**
 * GENERATED from openapi.yaml by `npm run generate` — do not edit by hand.
 * `npm test` fails when this file is stale.
 */
import type { ApiPromise } from '../api-promise.js';
import type { Core } from '../internal/core.js';
import type { RequestOptions } from '../request-options.js';
import { KeysResource } from './resources/keys.js';
import { RateLimitResource } from './resources/rate-limit.js';
import type { Identity } from './schemas.js';

/**
 * The API's operations as the spec names them: the resources (`keys`, `rateLimit`)
 * and the client's own methods. `Keysmith` extends it with its options and its runtime.
 *
 * @example
 * ```ts
 * const me = await client.me();
 * console.log(me.id, me.environment, me.permissions);
 * ```
 * @hidden
 */
export abstract class KeysmithApi {
  /**
   * Create, list, read, update, rotate, revoke and delete API keys.
   */
  readonly keys: KeysResource;

  /**
   * The calling key's current rate-limit window.
   */
  readonly rateLimit: RateLimitResource;

  readonly #core: Core;

  /** @internal */
  protected constructor(core: Core) {
    this.#core = core;
    this.keys = new KeysResource(core);
    this.rateLimit = new RateLimitResource(core);
  }

  /**
   * Get the calling key.
   *
   * The calling key's id, name, environment, permissions and owner. Needs no scope.
   *
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`.
   * @example
   * ```ts
   * const me = await client.me();
   * console.log(me.id, me.environment, me.permissions);
   * ```
   */
  me(options?: RequestOptions): ApiPromise<Identity> {
    return this.#core.run({ options }, (api) => api.GET('/v1/me'));
  }
}
