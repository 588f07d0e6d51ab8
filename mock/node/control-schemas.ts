/**
 * The JSON Schemas of the `/__mock/` controls' bodies. `control-input.ts` checks each body with
 * the validator the API uses, so a control refuses a bad field with the API's wording (and a
 * `set` of `2026-02-30T00:00:00Z` for the reason a create request would be refused).
 */
import type { JsonSchema } from '../contract/json-schema.js';
import { schemaNamed } from '../contract/spec.js';

/** The longest injected delay (10 minutes), so a typo cannot park requests for days. */
export const MAX_DELAY_MS = 600_000;
/** The most requests one `POST /__mock/faults` can fault. */
export const MAX_FAULT_COUNT = 1_000_000;

/** `POST /__mock/clock`: `{"advance_ms": n}` or `{"set": "<RFC 3339>"}`, exactly one. */
export const CLOCK_COMMAND_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    advance_ms: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    set: { $ref: '#/$defs/Timestamp' },
  },
  oneOf: [{ required: ['advance_ms'] }, { required: ['set'] }],
  $defs: { Timestamp: schemaNamed('Timestamp') },
};

// RFC 9110: a header name is a token; a value holds no control character but tab (so no CR or LF).
const HEADER_NAME = "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$";
const HEADER_VALUE = '^[\\t\\x20-\\x7e\\x80-\\xff]*$';

/** `POST /__mock/faults`: `{"fault": Fault, "count"?: n}`. */
export const FAULT_COMMAND_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['fault'],
  properties: {
    fault: { $ref: '#/$defs/Fault' },
    count: { type: 'integer', minimum: 1, maximum: MAX_FAULT_COUNT, default: 1 },
  },
  $defs: {
    Fault: {
      type: 'object',
      oneOf: [{ $ref: '#/$defs/StatusFault' }, { $ref: '#/$defs/NetworkFault' }, { $ref: '#/$defs/DelayFault' }],
    },
    StatusFault: {
      type: 'object',
      additionalProperties: false,
      required: ['status'],
      properties: {
        status: { type: 'integer', minimum: 200, maximum: 599 },
        headers: {
          type: 'object',
          propertyNames: { pattern: HEADER_NAME },
          additionalProperties: { type: 'string', pattern: HEADER_VALUE },
        },
        body: {},
        afterCommit: { type: 'boolean' },
      },
    },
    NetworkFault: {
      type: 'object',
      additionalProperties: false,
      required: ['network'],
      properties: { network: { const: true }, afterCommit: { type: 'boolean' } },
    },
    DelayFault: {
      type: 'object',
      additionalProperties: false,
      required: ['delayMs'],
      properties: { delayMs: { type: 'integer', minimum: 0, maximum: MAX_DELAY_MS } },
    },
  },
};
