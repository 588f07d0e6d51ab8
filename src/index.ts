/**
 * Keysmith: a typed client for the Keysmith API-key-management API, with retries, rate-limit
 * parsing and typed errors.
 *
 * @example
 * ```ts
 * import { Keysmith, RateLimitError } from 'keysmith';
 *
 * const client = new Keysmith({ apiKey: process.env.KEYSMITH_API_KEY });
 * const key = await client.keys.create({ name: 'CI', permissions: ['keys:read'] });
 * console.log(key.secret);
 * ```
 *
 * @module
 */
export { API_VERSION, Keysmith } from './client.js';
export type { KeysmithOptions } from './client.js';
export { ENVIRONMENT_BASE_URLS } from './environments.js';
export {
  ApiError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidApiKeyError,
  KeysmithError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from './errors.js';
export type { ApiErrorFields } from './errors.js';
export { parseRateLimit } from './rate-limit.js';
export type { HeadersLike, RateLimitInfo, RateLimitPolicy } from './rate-limit.js';
export { RETRY_DEFAULTS } from './retry.js';
export type { FetchLike, RetryEvent } from './retry.js';
export type { RequestOptions } from './request-options.js';
export type { ApiPromise, ApiResponse } from './api-promise.js';
export type { Page, PagePromise } from './pagination.js';
export type { Sleep } from './internal/sleep.js';
export { inspectSecret, maskSecret } from './secret-format.js';
export type { SecretProblem } from './secret-format.js';
// The resources' types and the spec's friendly type names (ApiKey, CreateApiKeyRequest, …), as generated.
export type * from './generated/surface.js';
export type {
  ApiKeyList,
  CreateApiKeyParams,
  Environment,
  ErrorCode,
  ErrorType,
  KeyStatus,
  RegenerateApiKeyParams,
  UpdateApiKeyParams,
} from './types.js';
export type { components, operations, paths } from './generated/api.js';
