/**
 * Friendly names for the spec's types that the generated methods do not name themselves (those
 * are in `generated/schemas.ts`), and the names the SDK used for request bodies before the
 * methods were generated, kept so that code written against them still compiles.
 *
 * @module
 */
import type { components } from './generated/api.js';
import type { CreateApiKeyRequest, RegenerateApiKeyRequest, UpdateApiKeyRequest } from './generated/schemas.js';

/**
 * One page of keys as the API returns it. A {@link Page} of `keys.list` has the same fields.
 * @example
 * ```ts
 * const body: ApiKeyList = await client.keys.list();
 * ```
 */
export type ApiKeyList = components['schemas']['ApiKeyList'];
/**
 * The body of `keys.create`: another name for {@link CreateApiKeyRequest}.
 * @example
 * ```ts
 * const params: CreateApiKeyParams = { name: 'CI', permissions: ['keys:read'], expires_at: null };
 * ```
 */
export type CreateApiKeyParams = CreateApiKeyRequest;
/**
 * The body of `keys.update`, the fields to change: another name for {@link UpdateApiKeyRequest}.
 * @example
 * ```ts
 * const changes: UpdateApiKeyParams = { status: 'inactive' };
 * ```
 */
export type UpdateApiKeyParams = UpdateApiKeyRequest;
/**
 * The body of `keys.regenerate`: another name for {@link RegenerateApiKeyRequest}.
 * @example
 * ```ts
 * const params: RegenerateApiKeyParams = { grace_period_seconds: 3600 };
 * ```
 */
export type RegenerateApiKeyParams = RegenerateApiKeyRequest;
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
