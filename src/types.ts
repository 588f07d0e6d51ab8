/**
 * Friendly names for the generated request and response types of `openapi.yaml`.
 *
 * @module
 */
import type { components, operations } from './generated/api.js';

/**
 * An API key record; never carries the secret.
 * @example
 * ```ts
 * const key: ApiKey = await client.keys.get('key_7Hq2ZbN4xTmW9cLp');
 * ```
 */
export type ApiKey = components['schemas']['ApiKey'];
/**
 * A key with its full `secret`, returned only by `keys.create` and `keys.regenerate`.
 * @example
 * ```ts
 * const { secret }: ApiKeyWithSecret = await client.keys.create({ name: 'CI', permissions: [] });
 * ```
 */
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];
/**
 * One page of keys as the API returns it.
 * @example
 * ```ts
 * const body: ApiKeyList = JSON.parse(JSON.stringify(await client.keys.list())); // a page serialises as the list body
 * ```
 */
export type ApiKeyList = components['schemas']['ApiKeyList'];
/**
 * The body of `keys.create`.
 * @example
 * ```ts
 * const params: CreateApiKeyParams = { name: 'CI', permissions: ['keys:read'], expires_at: null };
 * ```
 */
export type CreateApiKeyParams = components['schemas']['CreateApiKeyRequest'];
/**
 * The body of `keys.update`: the fields to change.
 * @example
 * ```ts
 * const changes: UpdateApiKeyParams = { status: 'inactive' };
 * ```
 */
export type UpdateApiKeyParams = components['schemas']['UpdateApiKeyRequest'];
/**
 * The body of `keys.regenerate`.
 * @example
 * ```ts
 * const params: RegenerateApiKeyParams = { grace_period_seconds: 3600 };
 * ```
 */
export type RegenerateApiKeyParams = components['schemas']['RegenerateApiKeyRequest'];
/**
 * The query of `keys.list`: page size, cursor and filters.
 * @example
 * ```ts
 * const params: ListApiKeysParams = { limit: 50, status: 'active', environment: 'production' };
 * ```
 */
export type ListApiKeysParams = NonNullable<operations['listApiKeys']['parameters']['query']>;
/**
 * The confirmation `keys.delete` returns.
 * @example
 * ```ts
 * const { deleted }: DeletedApiKey = await client.keys.delete('key_7Hq2ZbN4xTmW9cLp');
 * ```
 */
export type DeletedApiKey = components['schemas']['DeletedApiKey'];
/**
 * The calling key's rate limit, as `rateLimit.get()` returns it.
 * @example
 * ```ts
 * const { remaining, windows }: RateLimitStatus = await client.rateLimit.get();
 * ```
 */
export type RateLimitStatus = components['schemas']['RateLimitStatus'];
/**
 * The calling key, as `me()` returns it.
 * @example
 * ```ts
 * const { id, permissions }: Identity = await client.me();
 * ```
 */
export type Identity = components['schemas']['Identity'];
/**
 * A key's status.
 * @example
 * ```ts
 * const usable = (status: KeyStatus) => status === 'active';
 * ```
 */
export type KeyStatus = components['schemas']['KeyStatus'];
/**
 * A stable error code; safe to branch on.
 * @example
 * ```ts
 * const mustRotate = (code: ErrorCode | undefined) => code === 'revoked_api_key' || code === 'expired_api_key';
 * ```
 */
export type ErrorCode = components['schemas']['ErrorCode'];
/**
 * The family of an error.
 * @example
 * ```ts
 * const isAuth = (type: ErrorType | undefined) => type === 'authentication_error';
 * ```
 */
export type ErrorType = components['schemas']['ErrorType'];
/**
 * Where a key works: `production`, `staging` or `development`.
 * @example
 * ```ts
 * const environment: Environment = 'staging';
 * ```
 */
export type Environment = components['schemas']['Environment'];
