/**
 * The body of `PUT /__mock/latency`: `{"latency": 200}`, `{"latency": {"min": 50, "max": 400,
 * "wait"?: "clock" | "real"}}` or `{"latency": null}` — the argument of `mock.latency(…)`.
 */
import type { JsonSchema } from '../../contract/json-schema.js';
import type { LatencyRange } from '../../faults/fault-types.js';
import { isLatencyProblem, parseLatency } from '../../faults/latency.js';
import type { Parsed } from '../control-input.js';
import { checked, invalidField } from './schema-check.js';

/**
 * The body's shape. The latency itself is checked next, by `parseLatency` (its schema is
 * `LATENCY_SCHEMA`), whose messages name the field inside it (`latency.wait`).
 */
export const LATENCY_COMMAND_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['latency'],
  properties: { latency: {} },
};

/** Parses the body of `PUT /__mock/latency` into the latency to set (`null`: none). */
export function parseLatencyCommand(body: Record<string, unknown>): Parsed<Required<LatencyRange> | null> {
  const shape = checked<{ latency: unknown }>(LATENCY_COMMAND_SCHEMA, body);
  if (!shape.ok) return shape;
  const latency = parseLatency(shape.value.latency, 'latency');
  return isLatencyProblem(latency) ? invalidField(latency.path, latency.message) : { ok: true, value: latency };
}
