/**
 * Step 6, validate: one call against its operation in the spec: path parameters, query
 * parameters (unknown or repeated ones are refused too), headers, then the body — its size
 * (413, whatever the operation), media type (415), encoding and JSON syntax (400
 * `invalid_request`), schema (400 `validation_error` naming the field) and the timestamp range.
 * Nothing here reads the clock: the one rule that does (`expires_at` in the future,
 * {@link checkExpiryAhead}) runs after step 7, so an idempotent replay is recognised first.
 * Nothing here touches the store, so a refused request has changed nothing.
 */
import { parseDateTime } from '../../contract/date-time.js';
import { validate, type Violation } from '../../contract/json-schema.js';
import { resolveSchema, type OperationSpec, type ParameterSpec } from '../../contract/spec.js';
import { isTimestampInRange, TIMESTAMP_RANGE_TEXT } from '../../contract/timestamp-range.js';
import type { ErrorCode } from '../mock-answer.js';
import type { CallBody } from '../mock-call.js';
import { quoteInput } from '../scrub-secrets.js';

/**
 * The largest request body the mock reads, in bytes (64 KiB); a larger one is a 413
 * `payload_too_large`. An adapter can stop reading at `BODY_LIMIT_BYTES + 1` bytes.
 *
 * @example
 * ```ts
 * if (received > BODY_LIMIT_BYTES) return send413();
 * ```
 */
export const BODY_LIMIT_BYTES = 65_536;

/** A validated request's inputs. */
export interface ValidInput {
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, unknown>>;
  /** The parsed body, `undefined` when there is none. */
  body: unknown;
  /** The body as received (for the idempotency fingerprint). */
  bodyText: string;
  idempotencyKey: string | null;
}

/** Why a request is refused. */
export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
  param?: string;
}

const VERSION_HEADER = 'keysmith-version';
const decoder = new TextDecoder('utf-8', { fatal: true });

const invalid = (violation: Violation): Refusal => {
  const refusal: Refusal = { status: 400, code: 'validation_error', message: violation.message };
  if (violation.path !== '') refusal.param = violation.path;
  return refusal;
};

const refuse = (message: string, param: string): { refusal: Refusal } => ({
  refusal: { status: 400, code: 'validation_error', message, param },
});

/** A query value as the schema's type: `"20"` is the integer 20 when an integer is expected. */
function coerce(parameter: ParameterSpec, raw: string): unknown {
  const type = parameter.schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d{1,16}$/.test(raw)) return Number(raw);
  return raw;
}

function validateQuery(
  operation: OperationSpec,
  rawQuery: string,
): { refusal: Refusal } | { query: Record<string, unknown> } {
  const query: Record<string, unknown> = {};
  const known = operation.parameters.filter((parameter) => parameter.in === 'query');
  const seen = new Set<string>();
  if (rawQuery !== '') {
    for (const [name, raw] of new URLSearchParams(rawQuery)) {
      const parameter = known.find((candidate) => candidate.name === name);
      if (parameter === undefined) {
        // Name the ones it takes: a caller who sent `cursor` learns that the cursor is `starting_after`.
        const takes =
          known.length === 0
            ? 'it takes none'
            : `its parameters are ${known.map((candidate) => candidate.name).join(', ')}`;
        return refuse(`${quoteInput(name)} is not a query parameter of this operation (${takes}).`, name);
      }
      if (seen.has(name)) return refuse(`${name} must be given once.`, name);
      seen.add(name);
      const value = coerce(parameter, raw);
      const violation = validate(parameter.schema, value, resolveSchema, name);
      if (violation !== null) return { refusal: invalid(violation) };
      query[name] = value;
    }
  }
  for (const parameter of known) {
    if (seen.has(parameter.name)) continue;
    if (parameter.required) return refuse(`${parameter.name} is required.`, parameter.name);
    if (parameter.schema.default !== undefined) query[parameter.name] = parameter.schema.default;
  }
  return { query };
}

function isJsonMediaType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const semicolon = contentType.indexOf(';');
  const essence = (semicolon === -1 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
  return essence === 'application/json' || (essence.startsWith('application/') && essence.endsWith('+json'));
}

function parseBody(
  operation: OperationSpec,
  header: (name: string) => string | null,
  body: CallBody,
): Refusal | { value: unknown; text: string } {
  // Every operation reads at most so much, whether it takes a body or not: the spec declares the 413 on all.
  if (body.tooLarge) {
    return {
      status: 413,
      code: 'payload_too_large',
      message: `The request body is larger than ${BODY_LIMIT_BYTES} bytes.`,
    };
  }
  const spec = operation.body;
  if (spec === null) return { value: undefined, text: '' };
  if (body.bytes === null || body.bytes.length === 0) {
    if (spec.required) return { status: 400, code: 'invalid_request', message: 'This request needs a JSON body.' };
    return { value: undefined, text: '' };
  }
  if (!isJsonMediaType(header('content-type'))) {
    return { status: 415, code: 'unsupported_media_type', message: 'Send the body as application/json.' };
  }
  let text: string;
  let value: unknown;
  try {
    text = decoder.decode(body.bytes);
    value = JSON.parse(text);
  } catch {
    return { status: 400, code: 'invalid_request', message: 'The body is not valid UTF-8 JSON.' };
  }
  const violation = validate(spec.schema, value, resolveSchema);
  return violation === null ? { value, text } : invalid(violation);
}

/** `expires_at` of a body, as epoch milliseconds, when it names a moment. */
function expiryOf(body: unknown): number | null {
  const expiry = (body as { expires_at?: unknown } | undefined)?.expires_at;
  return typeof expiry === 'string' ? parseDateTime(expiry) : null;
}

const expiryRefusal = (message: string): Refusal => ({
  status: 400,
  code: 'validation_error',
  message,
  param: 'expires_at',
});

/**
 * Checks a routed request against its operation. It does not read the clock.
 *
 * @returns the validated inputs, or the refusal to send.
 */
export function validateRequest(
  operation: OperationSpec,
  params: Readonly<Record<string, string>>,
  rawQuery: string,
  header: (name: string) => string | null,
  body: CallBody,
): Refusal | ValidInput {
  let idempotencyKey: string | null = null;
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path') {
      const violation = validate(parameter.schema, params[parameter.name], resolveSchema, parameter.name);
      if (violation !== null) return invalid(violation);
    } else if (parameter.in === 'header' && parameter.name.toLowerCase() !== VERSION_HEADER) {
      const value = header(parameter.name);
      if (value === null) {
        if (parameter.required)
          return {
            status: 400,
            code: 'validation_error',
            message: `The ${parameter.name} header is required.`,
            param: parameter.name,
          };
        continue;
      }
      const violation = validate(parameter.schema, value, resolveSchema, parameter.name);
      if (violation !== null) return invalid(violation);
      if (parameter.name.toLowerCase() === 'idempotency-key') idempotencyKey = value;
    }
  }
  const checked = validateQuery(operation, rawQuery);
  if ('refusal' in checked) return checked.refusal;
  const parsed = parseBody(operation, header, body);
  if ('status' in parsed) return parsed;
  const expiry = expiryOf(parsed.value);
  // A rule the schema cannot say: past 9999, a timestamp needs a five-digit year, no RFC 3339 date-time.
  if (expiry !== null && !isTimestampInRange(expiry))
    return expiryRefusal(`expires_at must lie ${TIMESTAMP_RANGE_TEXT}.`);
  return { params, query: checked.query, body: parsed.value, bodyText: parsed.text, idempotencyKey };
}

/**
 * The one rule that reads the clock: a key cannot be made to expire in the past. The core checks
 * it after step 7, so that the replay of a request accepted earlier is answered as it was then
 * (the spec promises the first answer for 24 hours), however far the clock has moved since.
 *
 * @returns the refusal, or `null` when `expires_at` is absent, `null` or ahead of `now`.
 */
export function checkExpiryAhead(input: ValidInput, now: number): Refusal | null {
  const expiry = expiryOf(input.body);
  return expiry !== null && expiry <= now ? expiryRefusal('expires_at must be in the future.') : null;
}
