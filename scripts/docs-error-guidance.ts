/**
 * The hand-kept half of docs/errors.md: what each error code means and what to do about it.
 * The other half (each code's statuses and the SDK class it becomes) comes from openapi.yaml and
 * the SDK, in docs-errors.ts. `satisfies Record<ErrorCode, …>` makes a code added to or removed
 * from the spec a type error here, so the guide cannot fall behind the contract.
 *
 * @module
 */
import type { ErrorCode } from 'keysmith';

/**
 * The reader-facing text of one error code (Markdown, one line each).
 *
 * @example
 * ```ts
 * const guidance: ErrorGuidance = { meaning: 'No such key.', todo: 'Check the id.' };
 * ```
 */
export interface ErrorGuidance {
  /** What happened, in a sentence or two. */
  readonly meaning: string;
  /** What the caller should do. */
  readonly todo: string;
}

/**
 * What each code means and what to do, for every code of the spec's `ErrorCode`.
 *
 * @example
 * ```ts
 * ERROR_GUIDANCE.rate_limited.todo;
 * ```
 */
export const ERROR_GUIDANCE = {
  invalid_request: {
    meaning: 'The request could not be read: unparsable JSON, a malformed query parameter, a bad path.',
    todo: 'Fix the request (`param` names the part when known). The SDK never sends one; if it did, report it with the request id.',
  },
  validation_error: {
    meaning:
      'A field is wrong: a missing or unknown field, a wrong type, a value out of range. `param` names the field and the message says what is allowed.',
    todo: 'Fix the field named by `error.param`. Do not retry the same body: it fails the same way.',
  },
  unsupported_version: {
    meaning: 'The `Keysmith-Version` header names a version the API does not know.',
    todo: 'The SDK always sends [`API_VERSION`](../src/client.ts#API_VERSION); upgrade keysmith, or fix the header if you call the API directly.',
  },
  payload_too_large: {
    meaning: 'The request body is larger than 64 KiB.',
    todo: 'Send less: long `description` or `metadata` values are the usual cause.',
  },
  unsupported_media_type: {
    meaning: 'The body is not sent as `application/json`.',
    todo: 'Send JSON with `Content-Type: application/json` (the SDK always does).',
  },
  missing_api_key: {
    meaning: 'No `Authorization: Bearer …` header.',
    todo: 'Pass `apiKey` or set `KEYSMITH_API_KEY`. The SDK refuses to build a client without a key ([`InvalidApiKeyError`](../src/errors.ts#InvalidApiKeyError)), before any request.',
  },
  malformed_api_key: {
    meaning:
      'The secret is not a Keysmith secret: wrong prefix or length, or its checksum fails (mistyped, truncated).',
    todo: 'Copy the whole key again. The SDK checks the format and checksum offline and throws [`InvalidApiKeyError`](../src/errors.ts#InvalidApiKeyError) before sending.',
  },
  invalid_api_key: {
    meaning:
      'The secret is well formed but no key has it: it was deleted, belongs to another account, or was never issued.',
    todo: 'Check which key you deployed; create a new one if it was deleted.',
  },
  revoked_api_key: {
    meaning: 'The key was revoked, or this secret was replaced by `keys.regenerate` and its grace period is over.',
    todo: 'Revoked keys never work again: deploy the regenerated secret, or create a new key.',
  },
  inactive_api_key: {
    meaning: 'The key is disabled (`status: inactive`).',
    todo: "Re-enable it with `keys.update(id, { status: 'active' })`, called with another key that holds `keys:write`.",
  },
  expired_api_key: {
    meaning: 'The key passed its `expires_at`.',
    todo: 'Move `expires_at` later with `keys.update` (from another key), or create a new key.',
  },
  environment_mismatch: {
    meaning: "The key was sent to another environment's base URL (a `ks_dev_` key to production, say).",
    todo: "Leave `baseUrl` out so the client picks the key's environment from its prefix, or use a key of this environment. The SDK throws [`InvalidApiKeyError`](../src/errors.ts#InvalidApiKeyError) when its options contradict the key.",
  },
  insufficient_scope: {
    meaning: 'The calling key lacks the scope this operation needs; `details.required_scope` names it.',
    todo: 'Call with a key that holds that scope, or grant it (from a key that holds it) with `keys.update`.',
  },
  scope_escalation: {
    meaning:
      'The change would give a key a scope the calling key does not hold itself (`details.scopes` lists them): creating, updating or regenerating.',
    todo: 'Grant only scopes the calling key holds, or make the change with a key that holds them (an `admin:*` key holds all).',
  },
  environment_forbidden: {
    meaning:
      'A key for another environment must be created, or regenerated, with a key of that environment: the new secret is minted there.',
    todo: "Use that environment's key (a `ks_stage_` key to make staging keys).",
  },
  not_found: {
    meaning: 'No key has this id, or it was deleted. Also the answer to a path the API does not have.',
    todo: 'Check the id. Deleted keys stay gone; a second delete is a 404 too.',
  },
  idempotency_conflict: {
    meaning: 'This `Idempotency-Key` was already used, within 24 hours, with a different request body.',
    todo: "Use a new key for each distinct request. The SDK makes one per call and reuses it only for that call's retries; pass `idempotencyKey` yourself only to dedupe across processes.",
  },
  key_revoked: {
    meaning: 'A revoked key cannot change: updating or regenerating it is refused.',
    todo: 'Create a new key instead.',
  },
  rate_limited: {
    meaning: 'The calling key is over its per-minute or per-hour limit. `Retry-After` says how many seconds to wait.',
    todo: "The SDK waits and retries by itself; when it gives up it throws [`RateLimitError`](../src/errors.ts#RateLimitError) with `retryAfterMs`. Slow down, or raise the key's `rate_limit`.",
  },
  internal_error: {
    meaning: "Something failed on Keysmith's side.",
    todo: 'Safe to retry (the SDK does). If it persists, report the request id.',
  },
  service_unavailable: {
    meaning: 'Keysmith is briefly unavailable.',
    todo: 'Retry after `Retry-After` seconds when sent (the SDK does).',
  },
} as const satisfies Record<ErrorCode, ErrorGuidance>;
