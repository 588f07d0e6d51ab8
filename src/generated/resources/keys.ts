/**
 * GENERATED from openapi.yaml by `npm run generate` — do not edit by hand.
 * `npm test` fails when this file is stale.
 */
import type { ApiPromise } from '../../api-promise.js';
import type { Core } from '../../internal/core.js';
import type { PagePromise } from '../../pagination.js';
import type { RequestOptions } from '../../request-options.js';
import type {
  ApiKey,
  ApiKeyWithSecret,
  CreateApiKeyRequest,
  DeletedApiKey,
  ListApiKeysParams,
  RegenerateApiKeyRequest,
  UpdateApiKeyRequest,
} from '../schemas.js';

/**
 * Create, list, read, update, rotate, revoke and delete API keys.
 *
 * Reached as `client.keys`.
 *
 * @example
 * ```ts
 * const key = await client.keys.create({
 *   name: 'CI pipeline',
 *   permissions: ['keys:read'],
 *   expires_at: '2027-01-01T00:00:00Z',
 *   rate_limit: { per_minute: 60 },
 * });
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
   * Create an API key.
   *
   * Creates a key and returns it with its full `secret` — the only time the secret is ever
   * returned. The new key's environment defaults to the caller's; a key for another environment
   * must be created with a key of that environment (`403 environment_forbidden`). The new key
   * can never hold a scope the caller does not hold (`403 scope_escalation`).
   * Needs the `keys:write` scope.
   *
   * Sent with an `Idempotency-Key` (`options.idempotencyKey`, or a fresh one) that every retry of
   * the call reuses, so retrying it is safe.
   *
   * @param params - A new key. See {@link CreateApiKeyRequest}.
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`, `idempotencyKey`.
   * @example
   * ```ts
   * const key = await client.keys.create({
   *   name: 'CI pipeline',
   *   permissions: ['keys:read'],
   *   expires_at: '2027-01-01T00:00:00Z',
   *   rate_limit: { per_minute: 60 },
   * });
   * console.log(key.secret); // shown once: store it now
   * ```
   */
  create(params: CreateApiKeyRequest, options?: RequestOptions): ApiPromise<ApiKeyWithSecret> {
    return this.#core.run({ options, idempotent: true }, (api) => api.POST('/v1/api-keys', { body: params }));
  }

  /**
   * List API keys.
   *
   * Lists keys newest first with cursor pagination. Deleted keys are not listed. Records show the
   * masked label and the prefix, never the secret. Pass the `next_cursor` of a page as
   * `starting_after` to get the next one; keys created meanwhile do not shift later pages.
   * Needs the `keys:read` scope.
   *
   * Await it for the first page, or `for await` over it for every item of every page.
   *
   * @param params - The query: `limit`, `starting_after`, `status`, `environment`.
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`.
   * @example
   * ```ts
   * const page = await client.keys.list({ limit: 20, status: 'active' });
   * console.log(page.data.length, page.has_more);
   *
   * for await (const key of client.keys.list({ environment: 'production' })) {
   *   console.log(key.masked_key, key.name);
   * }
   * ```
   */
  list(params: ListApiKeysParams = {}, options?: RequestOptions): PagePromise<ApiKey> {
    return this.#core.page(
      { options },
      (api) => api.GET('/v1/api-keys', { params: { query: params } }),
      (cursor) => this.list({ ...params, starting_after: cursor }, options),
    );
  }

  /**
   * Get an API key.
   *
   * The key's record with its usage counters and `last_used_at`. Needs the `keys:read` scope.
   *
   * @param id - The key's id.
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`.
   * @example
   * ```ts
   * const key = await client.keys.get('key_7Hq2ZbN4xTmW9cLp');
   * console.log(key.status, key.usage.requests_today, key.last_used_at);
   * ```
   */
  get(id: string, options?: RequestOptions): ApiPromise<ApiKey> {
    return this.#core.run({ options }, (api) => api.GET('/v1/api-keys/{id}', { params: { path: { id } } }));
  }

  /**
   * Update an API key.
   *
   * Changes the name, description, permissions, rate limit, expiry, metadata, or status
   * (`active` ⇄ `inactive`). A revoked key cannot be changed (`409 key_revoked`). Permissions can
   * never widen beyond the caller's (`403 scope_escalation`). Needs the `keys:write` scope.
   *
   * @param id - The key's id.
   * @param changes - The fields to change; the others stay. See {@link UpdateApiKeyRequest}.
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`.
   * @example
   * ```ts
   * const key = await client.keys.update('key_7Hq2ZbN4xTmW9cLp', { status: 'inactive' });
   * console.log(key.status); // "inactive"
   * ```
   */
  update(id: string, changes: UpdateApiKeyRequest, options?: RequestOptions): ApiPromise<ApiKey> {
    return this.#core.run({ options }, (api) =>
      api.PATCH('/v1/api-keys/{id}', { params: { path: { id } }, body: changes }),
    );
  }

  /**
   * Delete an API key.
   *
   * Revokes the key if it is not revoked yet and removes it from listings. Its id stays a valid
   * pagination cursor. A second delete is a `404`, unless it repeats the first one's
   * `Idempotency-Key`: then it replays the first answer, so a delete whose answer was lost can
   * be retried safely. Needs the `keys:delete` scope.
   *
   * Sent with an `Idempotency-Key` (`options.idempotencyKey`, or a fresh one) that every retry of
   * the call reuses, so retrying it is safe.
   *
   * @param id - The key's id.
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`, `idempotencyKey`.
   * @example
   * ```ts
   * const { id, deleted } = await client.keys.delete('key_7Hq2ZbN4xTmW9cLp');
   * console.log(id, deleted); // "key_7Hq2ZbN4xTmW9cLp" true
   * ```
   */
  delete(id: string, options?: RequestOptions): ApiPromise<DeletedApiKey> {
    return this.#core.run({ options, idempotent: true }, (api) =>
      api.DELETE('/v1/api-keys/{id}', { params: { path: { id } } }),
    );
  }

  /**
   * Revoke an API key.
   *
   * Revokes the key for good: the very next request made with its secret gets
   * `401 revoked_api_key`. Revoking a revoked key returns it unchanged. Needs the `keys:write` scope.
   *
   * Sent with an `Idempotency-Key` (`options.idempotencyKey`, or a fresh one) that every retry of
   * the call reuses, so retrying it is safe.
   *
   * @param id - The key's id.
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`, `idempotencyKey`.
   * @example
   * ```ts
   * const key = await client.keys.revoke('key_7Hq2ZbN4xTmW9cLp');
   * console.log(key.status); // "revoked"
   * ```
   */
  revoke(id: string, options?: RequestOptions): ApiPromise<ApiKey> {
    return this.#core.run({ options, idempotent: true }, (api) =>
      api.POST('/v1/api-keys/{id}/revoke', { params: { path: { id } } }),
    );
  }

  /**
   * Regenerate an API key's secret.
   *
   * Issues a new secret for the same key: id, name, permissions and configuration stay. The old
   * secret stops at once, or after `grace_period_seconds` (capped at the key's own expiry).
   * Returns the key with its new full `secret`, the only time it is returned. A revoked key
   * cannot be regenerated (`409 key_revoked`); the caller must hold every scope the key holds
   * (`403 scope_escalation`). Needs the `keys:write` scope.
   *
   * Sent with an `Idempotency-Key` (`options.idempotencyKey`, or a fresh one) that every retry of
   * the call reuses, so retrying it is safe.
   *
   * @param id - The key's id.
   * @param params - How to retire the old secret. See {@link RegenerateApiKeyRequest}.
   * @param options - This call's own settings: `signal`, `timeout`, `maxRetries`, `idempotencyKey`.
   * @example
   * ```ts
   * const rotated = await client.keys.regenerate('key_7Hq2ZbN4xTmW9cLp', { grace_period_seconds: 3600 });
   * console.log(rotated.secret); // the new secret; the old one works for another hour
   * ```
   */
  regenerate(id: string, params?: RegenerateApiKeyRequest, options?: RequestOptions): ApiPromise<ApiKeyWithSecret> {
    return this.#core.run({ options, idempotent: true }, (api) =>
      api.POST('/v1/api-keys/{id}/regenerate', { params: { path: { id } }, body: params }),
    );
  }
}
