/**
 * Which requests a fault rule or a request-log query is about: one shape ({@link RequestFilter}),
 * one JSON Schema for its fields (checked the same way in-process and over HTTP), and one rule
 * for matching, so "a request for key X" means the same thing to a fault and to the log.
 */
import type { JsonSchema } from '../contract/json-schema.js';
import { routes } from '../contract/spec.js';
import type { OperationId, RequestFilter } from '../types.js';

/** Every operationId of the spec, in the order of `openapi.yaml`. */
export const OPERATION_IDS: readonly OperationId[] = routes.flatMap((route) =>
  [...route.operations.values()].map((operation) => operation.id),
);

const KEY_ID: JsonSchema = { type: 'string', pattern: '^key_[0-9A-Za-z]{16}$' };

/** The JSON Schema of each {@link RequestFilter} field. */
export const REQUEST_FILTER_PROPERTIES: Readonly<Record<keyof RequestFilter, JsonSchema>> = {
  operation: { enum: OPERATION_IDS },
  keyId: KEY_ID,
  targetKeyId: KEY_ID,
  callerKeyId: KEY_ID,
};

/** What is known of a request when a filter meets it; the caller's id is worked out only if asked. */
export interface FilterSubject {
  readonly operation: string | null;
  readonly targetKeyId: string | null;
  readonly callerKeyId: () => string | null;
}

/** Whether a request matches every field the filter gives. */
export function matchesFilter(filter: RequestFilter, subject: FilterSubject): boolean {
  if (filter.operation !== undefined && filter.operation !== subject.operation) return false;
  if (filter.targetKeyId !== undefined && filter.targetKeyId !== subject.targetKeyId) return false;
  if (filter.callerKeyId !== undefined && filter.callerKeyId !== subject.callerKeyId()) return false;
  if (filter.keyId !== undefined && filter.keyId !== subject.targetKeyId && filter.keyId !== subject.callerKeyId())
    return false;
  return true;
}

/** Only the filter's own fields, for listing a rule back (`undefined` fields left out). */
export function filterOf(filter: RequestFilter): RequestFilter {
  const own: RequestFilter = {};
  if (filter.operation !== undefined) own.operation = filter.operation;
  if (filter.keyId !== undefined) own.keyId = filter.keyId;
  if (filter.targetKeyId !== undefined) own.targetKeyId = filter.targetKeyId;
  if (filter.callerKeyId !== undefined) own.callerKeyId = filter.callerKeyId;
  return own;
}
