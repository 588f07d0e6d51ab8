/**
 * Step 6, validate: one call against its operation in the spec: path parameters, query
 * parameters (unknown or repeated ones are refused too), headers, then the body — its size
 * (413), media type (415), encoding and JSON syntax (400 `invalid_request`) and schema
 * (400 `validation_error` naming the field), and that `expires_at` lies in the future. Nothing here
 * touches the store, so a refused request has changed nothing.
 */
import { parseDateTime } from '../../contract/date-time.js';
import { validate, type Violation } from '../../contract/json-schema.js';
import { resolveSchema, type OperationSpec, type ParameterSpec } from '../../contract/spec.js';
import { clip, type ErrorCode } from '../mock-answer.js';
import type { CallBody } from '../mock-call.js';

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
      if (parameter === undefined) return refuse(`${clip(name)} is not a query parameter of this operation.`, name);
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
  const spec = operation.body;
  if (spec === null) return { value: undefined, text: '' };
  if (body.tooLarge) {
    return {
      status: 413,
      code: 'payload_too_large',
      message: `The request body is larger than ${BODY_LIMIT_BYTES} bytes.`,
    };
  }
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

/**
 * Checks a routed request against its operation.
 *
 * @returns the validated inputs, or the refusal to send.
 */
export function validateRequest(
  operation: OperationSpec,
  params: Readonly<Record<string, string>>,
  rawQuery: string,
  header: (name: string) => string | null,
  body: CallBody,
  now: number,
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
  const expiry = (parsed.value as { expires_at?: unknown } | undefined)?.expires_at;
  // The one rule the schema cannot say: a key cannot be made to expire in the past.
  if (typeof expiry === 'string' && (parseDateTime(expiry) ?? now) <= now) {
    return { status: 400, code: 'validation_error', message: 'expires_at must be in the future.', param: 'expires_at' };
  }
  return { params, query: checked.query, body: parsed.value, bodyText: parsed.text, idempotencyKey };
}
