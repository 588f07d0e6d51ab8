/**
 * GENERATED from openapi.yaml by `npm run generate` — do not edit by hand.
 * `npm test` fails when this file is stale.
 */
import type { components, operations } from './api.js';

/**
 * An API key. Never carries the secret.
 *
 * @example
 * ```ts
 * const apiKey: ApiKey = await client.keys.get('key_7Hq2ZbN4xTmW9cLp');
 * ```
 */
export type ApiKey = components['schemas']['ApiKey'];

/**
 * An API key with its full secret, returned only by create and regenerate.
 *
 * @example
 * ```ts
 * const apiKeyWithSecret: ApiKeyWithSecret = await client.keys.create({
 *   name: 'CI pipeline',
 *   description: 'Read-only key used by the nightly build',
 *   permissions: ['keys:read'],
 *   expires_at: '2027-01-01T00:00:00Z',
 *   rate_limit: { per_minute: 60, per_hour: 1000 },
 *   metadata: { team: 'platform' },
 * });
 * ```
 */
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];

/**
 * A new key.
 *
 * @example
 * ```ts
 * const params: CreateApiKeyRequest = {
 *   name: 'CI pipeline',
 *   description: 'Read-only key used by the nightly build',
 *   permissions: ['keys:read'],
 *   expires_at: '2027-01-01T00:00:00Z',
 *   rate_limit: { per_minute: 60, per_hour: 1000 },
 *   metadata: { team: 'platform' },
 * };
 * ```
 */
export type CreateApiKeyRequest = Omit<components['schemas']['CreateApiKeyRequest'], 'permissions'> & {
  /**
   * The scopes to grant; each must be held by the calling key.
   */
  permissions: Scope[];
};

/**
 * The confirmation of a deletion.
 *
 * @example
 * ```ts
 * const deletedApiKey: DeletedApiKey = await client.keys.delete('key_7Hq2ZbN4xTmW9cLp');
 * ```
 */
export type DeletedApiKey = components['schemas']['DeletedApiKey'];

/**
 * The calling key.
 *
 * @example
 * ```ts
 * const identity: Identity = await client.me();
 * ```
 */
export type Identity = components['schemas']['Identity'];

/**
 * A scope the spec names (`x-keysmith-known-scopes` on its `Scope` schema): what `permissions` autocompletes.
 *
 * @example
 * ```ts
 * const scope: KnownScope = 'keys:read';
 * ```
 */
export type KnownScope = 'keys:read' | 'keys:write' | 'keys:delete' | 'keys:*' | 'rate_limit:read' | 'admin:*';

/**
 * The query of `keys.list`: `limit`, `starting_after`, `status`, `environment`.
 *
 * @example
 * ```ts
 * const params: ListApiKeysParams = {
 *   limit: 20,
 *   status: 'active',
 *   environment: 'production',
 * };
 * const page = await client.keys.list(params);
 * ```
 */
export type ListApiKeysParams = NonNullable<operations['listApiKeys']['parameters']['query']>;

/**
 * The calling key's rate limit; the top-level fields describe its tightest window.
 *
 * @example
 * ```ts
 * const rateLimitStatus: RateLimitStatus = await client.rateLimit.get();
 * ```
 */
export type RateLimitStatus = components['schemas']['RateLimitStatus'];

/**
 * How to retire the old secret.
 *
 * @example
 * ```ts
 * const params: RegenerateApiKeyRequest = { grace_period_seconds: 3600 };
 * ```
 */
export type RegenerateApiKeyRequest = components['schemas']['RegenerateApiKeyRequest'];

/**
 * A permission, `resource:action`: one of the {@link KnownScope}s, or any other such as `tasks:read`; a string without a colon does not compile.
 *
 * @example
 * ```ts
 * const permissions: Scope[] = ['keys:read', 'tasks:read'];
 * ```
 */
export type Scope = KnownScope | (`${string}:${string}` & {});

/**
 * The fields to change; the others stay.
 *
 * @example
 * ```ts
 * const changes: UpdateApiKeyRequest = { status: 'inactive' };
 * ```
 */
export type UpdateApiKeyRequest = Omit<components['schemas']['UpdateApiKeyRequest'], 'permissions'> & {
  /**
   * The new scopes, replacing the old; each must be held by the calling key.
   */
  permissions?: Scope[] | undefined;
};
