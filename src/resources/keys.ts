/**
 * `client.keys`: create, list, read, update, revoke, regenerate and delete API keys.
 *
 * @module
 */
import type { ApiPromise } from '../api-promise.js';
import type { Core } from '../internal/core.js';
import { newIdempotencyKey } from '../internal/idempotency-key.js';
import { Page, pagePromise, type PagePromise } from '../pagination.js';
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

/** The `Idempotency-Key` header of a POST or DELETE call: the caller's, or a fresh one reused by all its attempts. */
function idempotency(options: RequestOptions | undefined): { 'Idempotency-Key': string } {
  return { 'Idempotency-Key': options?.idempotencyKey ?? newIdempotencyKey() };
}

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
    return this.#core.run(options, (api) =>
      api.POST('/v1/api-keys', { params: { header: idempotency(options) }, body: params }),
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
    const next = (cursor: string): PagePromise<ApiKey> => this.list({ ...params, starting_after: cursor }, options);
    return pagePromise(
      this.#core.run(
        options,
        (api) => api.GET('/v1/api-keys', { params: { query: params } }),
        (body) => new Page(body, next),
      ),
    );
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
    return this.#core.run(options, (api) => api.GET('/v1/api-keys/{id}', { params: { path: { id } } }));
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
    return this.#core.run(options, (api) =>
      api.PATCH('/v1/api-keys/{id}', { params: { path: { id } }, body: changes }),
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
    return this.#core.run(options, (api) =>
      api.POST('/v1/api-keys/{id}/revoke', { params: { path: { id }, header: idempotency(options) } }),
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
    return this.#core.run(options, (api) =>
      api.POST('/v1/api-keys/{id}/regenerate', {
        params: { path: { id }, header: idempotency(options) },
        body: params,
      }),
    );
  }

  /**
   * Deletes a key: revokes it if needed and removes it from listings. Sent with an
   * `Idempotency-Key`, so a retry after a lost answer replays the first answer instead of a 404;
   * a later, separate delete of the same key is a 404.
   *
   * @example
   * ```ts
   * const { deleted } = await client.keys.delete('key_7Hq2ZbN4xTmW9cLp');
   * ```
   */
  delete(id: string, options?: RequestOptions): ApiPromise<DeletedApiKey> {
    return this.#core.run(options, (api) =>
      api.DELETE('/v1/api-keys/{id}', { params: { path: { id }, header: idempotency(options) } }),
    );
  }
}
