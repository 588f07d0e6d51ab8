/**
 * Parsing of the JSON bodies the `/__mock/` controls accept, against the JSON Schemas of
 * `control-schemas.ts`, by the validator the API uses. Pure: a value in, a typed command or a 400
 * that names the field out, so every rule is unit-tested without a server.
 */
import { parseDateTime } from '../contract/date-time.js';
import { validate, type Violation } from '../contract/json-schema.js';
import { checkedSchema } from '../contract/local-refs.js';
import { CLOCK_RANGE_TEXT, LATEST_CLOCK_MS } from '../contract/timestamp-range.js';
import type { Fault } from '../types.js';
import { CLOCK_COMMAND_SCHEMA, FAULT_COMMAND_SCHEMA } from './control-schemas.js';
import type { HttpError } from './json-error.js';

/** A parsed control body, or the 400 to answer. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: HttpError };

/** What `POST /__mock/clock` asks for. */
export type ClockCommand = { advanceMs: number } | { set: Date };

/** What `POST /__mock/faults` asks for. */
export interface FaultCommand {
  fault: Fault;
  count: number;
}

export { MAX_DELAY_MS, MAX_FAULT_COUNT } from './control-schemas.js';

const CLOCK = checkedSchema(CLOCK_COMMAND_SCHEMA, 'the /__mock/clock body schema');
const FAULT = checkedSchema(FAULT_COMMAND_SCHEMA, 'the /__mock/faults body schema');

/**
 * Reads a control body: empty is `{}` for callers that allow it, anything but a JSON object is a 400.
 * The message never quotes the body (it could hold anything a test sent).
 */
export function parseJsonObject(body: Buffer | undefined): Parsed<Record<string, unknown>> {
  if (body === undefined || body.length === 0) return invalid('Send a JSON object as the request body.');
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return invalid('The request body is not valid JSON.');
  }
  if (!isObject(value)) return invalid('The request body must be a JSON object.');
  return { ok: true, value };
}

/** Parses `{"advance_ms": n}` or `{"set": "RFC 3339 time"}` (exactly one), by {@link CLOCK_COMMAND_SCHEMA}. */
export function parseClockCommand(body: Record<string, unknown>): Parsed<ClockCommand> {
  const violation = validate(CLOCK.schema, body, CLOCK.resolve);
  if (violation !== null) return refusal(violation);
  const { advance_ms: advanceMs, set } = body as { advance_ms?: number; set?: string };
  if (advanceMs !== undefined) return { ok: true, value: { advanceMs } };
  const ms = parseDateTime(set ?? '') ?? Number.NaN;
  // The clock's range is narrower than a timestamp's: it leaves room for the times derived from it.
  if (!(ms >= 0 && ms <= LATEST_CLOCK_MS))
    return refusal({ path: 'set', message: `set must lie ${CLOCK_RANGE_TEXT}.` });
  return { ok: true, value: { set: new Date(ms) } };
}

/**
 * Parses `{"fault": Fault, "count"?: n}` by {@link FAULT_COMMAND_SCHEMA}: the fault is exactly one
 * of `{"status", "headers"?, "body"?, "afterCommit"?}`, `{"network": true, "afterCommit"?}` or `{"delayMs"}`.
 */
export function parseFaultCommand(body: Record<string, unknown>): Parsed<FaultCommand> {
  const violation = validate(FAULT.schema, body, FAULT.resolve);
  if (violation !== null) return refusal(violation);
  const { fault, count = 1 } = body as { fault: Fault; count?: number };
  return { ok: true, value: { fault, count } };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The 400 for a violation: `validation_error` naming the field, or `invalid_request` when the body
 * as a whole is wrong. A field name is client input: one that does not look like a field name
 * (it could hold anything a test sent) is neither quoted nor put in `param`.
 */
function refusal(violation: Violation): { ok: false; error: HttpError } {
  if (violation.path === '') return invalid(violation.message);
  if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,80}$/.test(violation.path))
    return invalid('The body has a field that is not allowed there, under a name that is not shown.');
  return {
    ok: false,
    error: { status: 400, code: 'validation_error', message: violation.message, param: violation.path },
  };
}

function invalid(message: string): { ok: false; error: HttpError } {
  return { ok: false, error: { status: 400, code: 'invalid_request', message } };
}
