/**
 * The bridge between a control's JSON Schema and its 400: the mock's validator names the field
 * and what it must be, which is the message; the field's path is the `param`.
 */
import { validate, type JsonSchema } from '../../contract/json-schema.js';
import type { Parsed } from '../control-input.js';
import type { HttpError } from '../json-error.js';

const resolveNothing = (): JsonSchema => ({});

/** A 400 `validation_error` naming `param`. */
export function invalidField(param: string, message: string): { ok: false; error: HttpError } {
  return { ok: false, error: { status: 400, code: 'validation_error', message, param } };
}

/** `value` checked against `schema`: itself, or the 400 for its first violation. */
export function checked<T>(schema: JsonSchema, value: unknown): Parsed<T> {
  const violation = validate(schema, value, resolveNothing);
  if (violation === null) return { ok: true, value: value as T };
  if (violation.path === '')
    return { ok: false, error: { status: 400, code: 'invalid_request', message: violation.message } };
  return invalidField(violation.path, violation.message);
}
