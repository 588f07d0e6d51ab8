/**
 * Friendly names for the generated request and response types of `openapi.yaml`.
 *
 * @module
 */
import type { components, operations } from './generated/api.js';

type Schemas = components['schemas'];

/** An API key record; never carries the secret. */
export type ApiKey = Schemas['ApiKey'];
/** A key with its full `secret`, returned only by `keys.create` and `keys.regenerate`. */
export type ApiKeyWithSecret = Schemas['ApiKeyWithSecret'];
/** One page of keys as the API returns it. */
export type ApiKeyList = Schemas['ApiKeyList'];
/** The body of `keys.create`. */
export type CreateApiKeyParams = Schemas['CreateApiKeyRequest'];
/** The body of `keys.update`: the fields to change. */
export type UpdateApiKeyParams = Schemas['UpdateApiKeyRequest'];
/** The body of `keys.regenerate`. */
export type RegenerateApiKeyParams = Schemas['RegenerateApiKeyRequest'];
/** The query of `keys.list`: page size, cursor and filters. */
export type ListApiKeysParams = NonNullable<operations['listApiKeys']['parameters']['query']>;
/** The confirmation `keys.delete` returns. */
export type DeletedApiKey = Schemas['DeletedApiKey'];
/** The calling key's rate limit, as `rateLimit.get()` returns it. */
export type RateLimitStatus = Schemas['RateLimitStatus'];
/** The calling key, as `me()` returns it. */
export type Identity = Schemas['Identity'];
/** A key's status. */
export type KeyStatus = Schemas['KeyStatus'];
/** A stable error code; safe to branch on. */
export type ErrorCode = Schemas['ErrorCode'];
/** The family of an error. */
export type ErrorType = Schemas['ErrorType'];
/** Where a key works: `production`, `staging` or `development`. */
export type Environment = Schemas['Environment'];
