/**
 * The fix an error message suggests, per error code — skipped when the server's own message
 * already gives one, so a message never says the same thing twice.
 *
 * @internal
 */
import type { ErrorCode } from '../types.js';

/** A fix to suggest per code, unless the server's message already says as much. */
const HINTS: Partial<Record<ErrorCode, readonly [hint: string, alreadySaid: RegExp]>> = {
  missing_api_key: ['Pass apiKey to new Keysmith() or set KEYSMITH_API_KEY.', /KEYSMITH_API_KEY/],
  malformed_api_key: ['Copy the whole key again; it looks mistyped or truncated.', /typo|truncat|cop(y|ied)/i],
  invalid_api_key: ['Check that the key was not deleted and is copied in full.', /cop(y|ied)/i],
  revoked_api_key: ['Revoked keys never work again; create a new key.', /new (key|secret)/i],
  inactive_api_key: ["Re-enable it with keys.update(id, { status: 'active' }).", /re-?enable/i],
  expired_api_key: ['Create a new key, or extend expires_at before it passes.', /new key/i],
  environment_mismatch: ["Leave out baseUrl so the client picks the key's environment, or use a key of this environment.", /baseUrl/],
  scope_escalation: ['A key can only grant scopes it holds itself.', /not hold/i],
  environment_forbidden: ['Create keys for another environment with a key of that environment.', /must be \w+ with/i],
  not_found: ['Check the id; deleted keys are not found.', /check the id/i],
  idempotency_conflict: ['Use a new idempotencyKey for a different request body.', /idempotencyKey/],
  key_revoked: ['A revoked key cannot change; create a new key.', /new key/i],
  unsupported_version: ['Upgrade keysmith, or check the Keysmith-Version header.', /upgrade/i],
};

/** The suggestion to append to an error message, if any. */
export function hintFor(said: string, status: number, code: ErrorCode | undefined, details: Record<string, unknown> | undefined, param: string | undefined, retryAfterMs: number | undefined): string | undefined {
  const scope = details?.['required_scope'];
  if (code === 'insufficient_scope' && typeof scope === 'string') {
    return said.includes(scope) ? undefined : `Use a key that holds the ${scope} scope.`;
  }
  if (status === 429) {
    if (/retry after/i.test(said)) return undefined;
    return retryAfterMs === undefined ? 'Slow down and try again later.' : `Retry after ${Math.ceil(retryAfterMs / 1000)} s, or lower the request rate.`;
  }
  const known = code && HINTS[code];
  if (known) return known[1].test(said) ? undefined : known[0];
  if ((code === 'validation_error' || code === 'invalid_request') && param && !said.includes(param)) return `Fix the field "${param}".`;
  if (status >= 500) return 'Try again later; quote the request id if it keeps failing.';
  return undefined;
}
