/**
 * Parsing of the JSON bodies the `/__mock/` controls accept. Pure: a value in, a typed command or
 * a 400 that names the field out, so every rule is unit-tested without a server.
 */
import type { Fault } from '../types.js';
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

/** The longest injected delay (10 minutes), so a typo cannot park requests for days. */
export const MAX_DELAY_MS = 600_000;
/** The most requests one `POST /__mock/faults` can fault. */
export const MAX_FAULT_COUNT = 1_000_000;

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

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

/** Parses `{"advance_ms": n}` or `{"set": "RFC 3339 time"}` (exactly one). */
export function parseClockCommand(body: Record<string, unknown>): Parsed<ClockCommand> {
  const unknown = unknownField(body, ['advance_ms', 'set']);
  if (unknown !== undefined) return unknownFieldError(unknown, 'Send only advance_ms or set.');
  const hasAdvance = 'advance_ms' in body;
  if (hasAdvance === 'set' in body) return invalid('Send exactly one of advance_ms or set.');
  if (hasAdvance) {
    const ms = body['advance_ms'];
    if (typeof ms !== 'number' || !Number.isSafeInteger(ms) || ms < 0) {
      return invalidField('advance_ms', 'advance_ms must be a non-negative integer number of milliseconds.');
    }
    return { ok: true, value: { advanceMs: ms } };
  }
  const set = body['set'];
  const time = typeof set === 'string' && RFC3339.test(set) ? Date.parse(set) : Number.NaN;
  if (Number.isNaN(time)) return invalidField('set', 'set must be an RFC 3339 date-time such as 2026-01-01T00:00:00Z.');
  return { ok: true, value: { set: new Date(time) } };
}

/**
 * Parses `{"fault": Fault, "count"?: n}` where the fault is exactly one of
 * `{"status", "headers"?, "body"?, "afterCommit"?}`, `{"network": true, "afterCommit"?}` or `{"delayMs"}`.
 */
export function parseFaultCommand(body: Record<string, unknown>): Parsed<FaultCommand> {
  const unknown = unknownField(body, ['fault', 'count']);
  if (unknown !== undefined) return unknownFieldError(unknown, 'Send only fault and count.');
  const count = body['count'] ?? 1;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1 || count > MAX_FAULT_COUNT) {
    return invalidField('count', `count must be an integer from 1 to ${MAX_FAULT_COUNT}.`);
  }
  const fault = parseFault(body['fault']);
  return fault.ok ? { ok: true, value: { fault: fault.value, count } } : fault;
}

function parseFault(fault: unknown): Parsed<Fault> {
  if (!isObject(fault))
    return invalidField('fault', 'fault must be an object: {"status"}, {"network": true} or {"delayMs"}.');
  const kinds = ['status', 'network', 'delayMs'].filter((kind) => kind in fault);
  if (kinds.length !== 1) {
    return invalidField('fault', 'fault must have exactly one of status, network or delayMs.');
  }
  const afterCommit = fault['afterCommit'];
  if (afterCommit !== undefined && typeof afterCommit !== 'boolean') {
    return invalidField('fault.afterCommit', 'fault.afterCommit must be true or false.');
  }
  if (kinds[0] === 'network') {
    const unknown = unknownField(fault, ['network', 'afterCommit']);
    if (unknown !== undefined)
      return unknownFieldError(`fault.${unknown}`, 'A network fault has only network and afterCommit.');
    if (fault['network'] !== true) return invalidField('fault.network', 'A network fault is {"network": true}.');
    return { ok: true, value: afterCommit === undefined ? { network: true } : { network: true, afterCommit } };
  }
  if (kinds[0] === 'delayMs') {
    const delayMs = fault['delayMs'];
    if (Object.keys(fault).length !== 1) return invalidField('fault', 'A delay fault is exactly {"delayMs": n}.');
    if (typeof delayMs !== 'number' || !Number.isSafeInteger(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS) {
      return invalidField('fault.delayMs', `delayMs must be an integer from 0 to ${MAX_DELAY_MS}.`);
    }
    return { ok: true, value: { delayMs } };
  }
  return parseStatusFault(fault);
}

function parseStatusFault(fault: Record<string, unknown>): Parsed<Fault> {
  const unknown = unknownField(fault, ['status', 'headers', 'body', 'afterCommit']);
  if (unknown !== undefined)
    return unknownFieldError(`fault.${unknown}`, 'A status fault has only status, headers, body and afterCommit.');
  const status = fault['status'];
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) {
    return invalidField('fault.status', 'fault.status must be an HTTP status from 200 to 599.');
  }
  const value: { status: number; headers?: Record<string, string>; body?: unknown; afterCommit?: boolean } = { status };
  if (typeof fault['afterCommit'] === 'boolean') value.afterCommit = fault['afterCommit'];
  if ('headers' in fault) {
    const headers = fault['headers'];
    if (!isObject(headers) || !Object.values(headers).every((v) => typeof v === 'string') || !validHeaders(headers)) {
      return invalidField('fault.headers', 'fault.headers must map header names to valid header values (strings).');
    }
    value.headers = headers as Record<string, string>;
  }
  if ('body' in fault) value.body = fault['body'];
  return { ok: true, value };
}

function validHeaders(headers: Record<string, unknown>): boolean {
  try {
    new Headers(headers as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownField(body: Record<string, unknown>, known: readonly string[]): string | undefined {
  return Object.keys(body).find((key) => !known.includes(key));
}

/** Names the unknown field in `param` only when it looks like a field name: a body can hold anything. */
function unknownFieldError(name: string, hint: string): { ok: false; error: HttpError } {
  const message = `Unknown field. ${hint}`;
  if (/^[A-Za-z_][A-Za-z0-9_.]{0,63}$/.test(name)) return invalidField(name, message);
  return invalid(message);
}

function invalid(message: string): { ok: false; error: HttpError } {
  return { ok: false, error: { status: 400, code: 'invalid_request', message } };
}

function invalidField(param: string, message: string): { ok: false; error: HttpError } {
  return { ok: false, error: { status: 400, code: 'validation_error', message, param } };
}
