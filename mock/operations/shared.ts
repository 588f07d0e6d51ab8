/**
 * Checks the key operations share: finding a key by its path id, the expiry rule, and the rule
 * that a key can never grant what the caller does not hold.
 */
import { parseDateTime } from '../contract/date-time.js';
import type { KeyRecord } from '../store/key-record.js';
import type { OperationContext } from './operation.js';
import type { MockAnswer } from '../pipeline/mock-answer.js';
import { uncovered } from '../pipeline/steps/4-scope.js';

/** The key named by the path's `id`, or a 404 when there is none or it was deleted. */
export function findKey(context: OperationContext): KeyRecord | MockAnswer {
  const id = context.input.params.id ?? '';
  const key = context.state.store.get(id);
  if (key === undefined || key.deleted)
    return context.fail(404, 'not_found', `No API key with id ${id}.`, { param: 'id' });
  return key;
}

/** A validated `expires_at` (an RFC 3339 string already checked to lie in the future) as epoch ms. */
export function expiryOf(value: string | null | undefined): number | null {
  // The validator's own reading: Date.parse gives up on a leap second, which RFC 3339 allows.
  return value === null || value === undefined ? null : parseDateTime(value);
}

/** A 403 `scope_escalation` when `wanted` holds a scope the caller does not cover, else `null`. */
export function escalation(context: OperationContext, wanted: readonly string[], param?: string): MockAnswer | null {
  const missing = uncovered(context.caller.permissions, wanted);
  if (missing.length === 0) return null;
  const list = missing.join(', ');
  return context.fail(
    403,
    'scope_escalation',
    `You cannot grant ${list} because the calling key does not hold ${missing.length === 1 ? 'it' : 'them'}.`,
    {
      ...(param === undefined ? {} : { param }),
      details: { scopes: missing },
    },
  );
}

/** The 409 for any change to a revoked key. */
export function revokedConflict(context: OperationContext, key: KeyRecord, verb: string): MockAnswer {
  return context.fail(
    409,
    'key_revoked',
    `The API key ${key.id} is revoked and cannot be ${verb}. Create a new key instead.`,
    { param: 'id' },
  );
}
