/**
 * `client.keys`: create, list, read, update, revoke, regenerate and delete API keys.
 *
 * @module
 */
import type { ApiPromise } from '../api-promise.js';
import type { Core } from '../internal/core.js';
import { Page, PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type {
  ApiKey,
  ApiKeyWithSecret,
  CreateApiKeyParams,
  DeletedApiKey,
  ListApiKeysParams,
  RegenerateApiKeyParams,
  UpdateApiKeyParams,
} from '../types.js';

/**
 * The API-key operations, reached as `client.keys`.
 *
 * @example
 * ```ts
 * const key = await client.keys.create({ name: 'CI', permissions: ['keys:read'] });
 * console.log(key.secret); // shown once: store it now
 * ```
 */
export class KeysResource {
  readonly #core: Core;

  /** @internal */
  constructor(core: Core) {
    this.#core = core;
  }

  /**
   * Creates a key and returns it with its full `secret` (the only time it is returned).
   * Sent with an `Idempotency-Key`, so it is retried safely.
   *
   * @example
   * ```ts
   * const key = await client.keys.create({
   *   name: 'CI pipeline',
   *   permissions: ['keys:read'],
   *   expires_at: '2027-01-01T00:00:00Z',
   *   rate_limit: { per_minute: 60 },
   * });
   * ```
   */
  create(params: CreateApiKeyParams, options?: RequestOptions): ApiPromise<ApiKeyWithSecret> {
    const core = this.#core;
    const call = core.call(options);
    return core.settle(
      call,
      core.api.POST('/v1/api-keys', {
        params: { header: { 'Idempotency-Key': core.idempotencyKey(options) } },
        body: params,
        bodySerializer: call.serializeBody,
        fetch: call.fetch,
      }),
    );
  }

  /**
   * Lists keys, newest first. Await it for the first page; `for await` over it for every key.
   *
   * @example
   * ```ts
   * const page = await client.keys.list({ limit: 20, status: 'active' });
   * for await (const key of client.keys.list({ environment: 'production' })) console.log(key.masked_key);
   * ```
   */
  list(params: ListApiKeysParams = {}, options?: RequestOptions): PagePromise<ApiKey> {
    const core = this.#core;
    const call = core.call(options);
    const next = (cursor: string): PagePromise<ApiKey> => this.list({ ...params, starting_after: cursor }, options);
    const page = core
      .unwrap(call, core.api.GET('/v1/api-keys', { params: { query: params }, fetch: call.fetch }))
      .then((body) => new Page(body, next));
    return new PagePromise(page, call);
  }

  /**
   * Reads a key with its usage counters and `last_used_at`.
   *
   * @example
   * ```ts
   * const key = await client.keys.get('key_7Hq2ZbN4xTmW9cLp');
   * console.log(key.usage.requests_today);
   * ```
   */
  get(id: string, options?: RequestOptions): ApiPromise<ApiKey> {
    const core = this.#core;
    const call = core.call(options);
    return core.settle(call, core.api.GET('/v1/api-keys/{id}', { params: { path: { id } }, fetch: call.fetch }));
  }

  /**
   * Changes a key's name, description, permissions, rate limit, expiry, metadata or status.
   * Retried like a GET: the changes set absolute values, so repeating them is harmless.
   *
   * @example
   * ```ts
   * await client.keys.update('key_7Hq2ZbN4xTmW9cLp', { status: 'inactive' });
   * ```
   */
  update(id: string, changes: UpdateApiKeyParams, options?: RequestOptions): ApiPromise<ApiKey> {
    const core = this.#core;
    const call = core.call(options);
    return core.settle(
      call,
      core.api.PATCH('/v1/api-keys/{id}', {
        params: { path: { id } },
        body: changes,
        bodySerializer: call.serializeBody,
        fetch: call.fetch,
      }),
    );
  }

  /**
   * Revokes a key for good; its very next request is refused. Revoking twice is harmless.
   *
   * @example
   * ```ts
   * const revoked = await client.keys.revoke('key_7Hq2ZbN4xTmW9cLp');
   * revoked.status; // "revoked"
   * ```
   */
  revoke(id: string, options?: RequestOptions): ApiPromise<ApiKey> {
    const core = this.#core;
    const call = core.call(options);
    return core.settle(
      call,
      core.api.POST('/v1/api-keys/{id}/revoke', {
        params: { path: { id }, header: { 'Idempotency-Key': core.idempotencyKey(options) } },
        fetch: call.fetch,
      }),
    );
  }

  /**
   * Issues a new secret for the same key and returns it with the new `secret`. The old secret
   * stops at once, or after `grace_period_seconds`.
   *
   * @example
   * ```ts
   * const rotated = await client.keys.regenerate('key_7Hq2ZbN4xTmW9cLp', { grace_period_seconds: 3600 });
   * deploy(rotated.secret);
   * ```
   */
  regenerate(id: string, params?: RegenerateApiKeyParams, options?: RequestOptions): ApiPromise<ApiKeyWithSecret> {
    const core = this.#core;
    const call = core.call(options);
    return core.settle(
      call,
      core.api.POST('/v1/api-keys/{id}/regenerate', {
        params: { path: { id }, header: { 'Idempotency-Key': core.idempotencyKey(options) } },
        body: params,
        bodySerializer: call.serializeBody,
        fetch: call.fetch,
      }),
    );
  }

  /**
   * Deletes a key: revokes it if needed and removes it from listings. A second delete is a 404.
   *
   * @example
   * ```ts
   * const { deleted } = await client.keys.delete('key_7Hq2ZbN4xTmW9cLp');
   * ```
   */
  delete(id: string, options?: RequestOptions): ApiPromise<DeletedApiKey> {
    const core = this.#core;
    const call = core.call(options);
    return core.settle(call, core.api.DELETE('/v1/api-keys/{id}', { params: { path: { id } }, fetch: call.fetch }));
  }
}
