/**
 * The body of `POST /__mock/faults`: a fault and the same options `mock.faults.inject` takes,
 * side by side — `{"fault": {...}, "operation"?, "keyId"?, "targetKeyId"?, "callerKeyId"?,
 * "probability"?, "count"?}`. The options are checked by the schema the in-process call uses; the
 * fault itself by the shared fault parser, with its `latency` checked here.
 */
import type { JsonSchema } from '../../contract/json-schema.js';
import { FAULT_OPTIONS_SCHEMA } from '../../faults/fault-rules.js';
import type { FaultOptions } from '../../faults/fault-types.js';
import { isLatencyProblem, parseLatency } from '../../faults/latency.js';
import type { Fault } from '../../types.js';
import { parseFaultCommand, type Parsed } from '../control-input.js';
import { checked, invalidField } from './schema-check.js';

/** What `POST /__mock/faults` asks for. */
export interface TargetedFaultCommand {
  fault: Fault;
  options: FaultOptions;
}

/** The body's shape: a fault object and the options of `mock.faults.inject`. */
export const FAULT_COMMAND_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['fault'],
  properties: { fault: { type: 'object' }, ...FAULT_OPTIONS_SCHEMA.properties },
};

function parseTargetedFault(fault: Record<string, unknown>): Parsed<Fault> {
  const { latency, ...rest } = fault;
  if (latency === undefined) {
    const parsed = parseFaultCommand({ fault: rest });
    return parsed.ok ? { ok: true, value: parsed.value.fault } : parsed;
  }
  const range = parseLatency(latency, 'fault.latency');
  if (isLatencyProblem(range)) return invalidField(range.path, range.message);
  if (range === null) return invalidField('fault.latency', 'fault.latency must be milliseconds or {"min", "max"}.');
  if (Object.keys(rest).length === 0) return { ok: true, value: { latency: range } };
  if ('delayMs' in rest)
    return invalidField('fault.latency', 'A delay fault has no latency: send {"latency": …} alone.');
  const parsed = parseFaultCommand({ fault: rest });
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value.fault, latency: range } as Fault };
}

/** Parses the body of `POST /__mock/faults`. */
export function parseTargetedFaultCommand(body: Record<string, unknown>): Parsed<TargetedFaultCommand> {
  const shape = checked<{ fault: Record<string, unknown> } & FaultOptions>(FAULT_COMMAND_SCHEMA, body);
  if (!shape.ok) return shape;
  const { fault, ...options } = shape.value;
  const parsed = parseTargetedFault(fault);
  return parsed.ok ? { ok: true, value: { fault: parsed.value, options } } : parsed;
}
