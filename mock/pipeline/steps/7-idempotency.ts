/**
 * Step 7, idempotency: a call with an `Idempotency-Key` its caller used before gets the first
 * answer again (a replay), or a 409 when the request differs; a new one runs, and its answer is
 * kept (in the store's idempotency records) for the next retry.
 */
import type { IdempotencyRecords } from '../../store/idempotency-records.js';
import { sha256Hex } from '../../store/sha256.js';
import type { MockAnswer } from '../mock-answer.js';

/** What makes two requests under one `Idempotency-Key` the same: method, path and body. */
export function fingerprintOf(method: string, path: string, bodyText: string): string {
  return `${method} ${path} ${sha256Hex(bodyText)}`;
}

/**
 * The earlier answer to replay, the 409 for a different request, or `null` for a new one.
 *
 * @param conflict - builds the 409 (it carries the call's request id).
 */
export function recall(
  records: IdempotencyRecords,
  callerId: string,
  idempotencyKey: string,
  fingerprint: string,
  now: number,
  conflict: () => MockAnswer,
): MockAnswer | null {
  const found = records.lookup(callerId, idempotencyKey, fingerprint, now);
  if (found.kind === 'replay') return found.answer;
  if (found.kind === 'conflict') return conflict();
  return null;
}
