/**
 * A step made concrete against the model: the exact HTTP request the walk sends (method, path with
 * the environment's prefix, headers, body text), and what the model knows about it (who calls,
 * which key it names, which answer the check order forces).
 */
import { createSecret } from 'keysmith/mock';
import type { CallStep } from './arbitraries.js';
import { ENVIRONMENTS, liveKeys, nth, PATH_PREFIX, type Environment, type Model, type ModelKey } from './model.js';
import { expectedRefusal, type ExpectedRefusal } from './mutations.js';
import { specOperation, UNROUTED, type SpecOperation } from './spec-operations.js';
import { mutate } from './value-mutations.js';

/** An HTTP request as sent, and as a curl reproduction prints it. */
export interface Sent {
  method: string;
  path: string;
  headers: [string, string][];
  body: string | null;
  /** For a huge body, the shell expression that makes it (the curl reproduction prints this instead). */
  bodyShell?: string;
}

/** A call ready to send. */
export interface Resolved {
  sent: Sent;
  operation: SpecOperation;
  environment: Environment;
  /** The secret in `Authorization`, when it is one the mock knows. */
  callerSecret: string | null;
  /** The key the path names, when the walk made it. */
  target: ModelKey | null;
  /** The parsed body sent, when it was JSON. */
  body: unknown;
  expected: ExpectedRefusal | null;
}

const OVERSIZED = 65_600;

function callerOf(step: CallStep, model: Model, environment: Environment): string {
  if (step.caller.kind === 'made') {
    const made = nth(liveKeys(model, environment), step.caller.pick);
    if (made !== undefined) return made.secret;
  }
  return model.admins[environment].secret;
}

/** `expires_at: {offsetMs}` as a timestamp near the model's clock; `{pick}` cursors as a made key's id. */
function concrete(value: unknown, model: Model): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const fields = Object.entries(value).map(([name, inner]): [string, unknown] => {
    if (name === 'expires_at' && typeof inner === 'object' && inner !== null && 'offsetMs' in inner)
      return [name, new Date(Math.max(0, model.now + (inner as { offsetMs: number }).offsetMs)).toISOString()];
    if (name === 'starting_after' && typeof inner === 'object' && inner !== null && 'pick' in inner)
      return [name, nth(model.keys, (inner as { pick: number }).pick)?.id ?? 'key_0000000000000000'];
    return [name, inner];
  });
  return Object.fromEntries(fields);
}

function authorization(step: CallStep, model: Model, environment: Environment, caller: string): string | null {
  const mutation = step.mutation?.kind === 'key' ? step.mutation.problem : null;
  switch (mutation) {
    case null:
      return caller;
    case 'missing':
      return null;
    case 'malformed':
      // A secret cut short: its checksum cannot hold.
      return caller.slice(0, 20);
    case 'unissued':
      // Valid in shape and checksum, never issued: its bytes drawn from the step, so runs repeat.
      return createSecret(environment, (count) => new Uint8Array(count).fill(step.environment + 7));
    case 'other-environment':
      return model.admins[
        nth(
          ENVIRONMENTS.filter((other) => other !== environment),
          step.environment,
        ) ?? 'production'
      ].secret;
    case 'revoked':
      return revokedSecret(model) ?? createSecret(environment, (count) => new Uint8Array(count).fill(11));
  }
}

const revokedSecret = (model: Model): string | undefined => model.keys.find((key) => key.status === 'revoked')?.secret;

/** The step as a request against the model's present state. */
export function resolveCall(step: CallStep, model: Model): Resolved {
  const operation = specOperation(step.operation);
  const environment = ENVIRONMENTS[step.environment] ?? 'production';
  const caller = callerOf(step, model, environment);
  const target = step.target.kind === 'made' ? (nth(model.keys, step.target.pick) ?? null) : null;
  const mutation = step.mutation;
  // A secret behind a long run of input, so that an error quoting the input cut short would halve it.
  const misplaced = mutation?.kind === 'misplaced-secret' ? `${'a'.repeat(80)}${caller}` : null;
  const place = mutation?.kind === 'misplaced-secret' ? mutation.place : null;
  let id = target?.id ?? (step.target.kind === 'unknown' ? step.target.id : 'key_0000000000000000');
  if (mutation?.kind === 'id') id = mutation.id;
  if (place === 'id' && misplaced !== null) id = misplaced;
  let path = PATH_PREFIX[environment] + operation.template.replace('{id}', encodeURIComponent(id));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(concrete(step.query, model) as Record<string, unknown>))
    query.append(name, String(value));
  if (mutation?.kind === 'query') query.append(mutation.name, mutation.value);
  if (place === 'query-name' && misplaced !== null) query.append(misplaced, '1');
  if (place === 'path' && misplaced !== null) path = `${PATH_PREFIX[environment]}/v1/${misplaced}`;
  if (query.size > 0) path += `?${query.toString()}`;

  const headers: [string, string][] = [];
  const key = authorization(step, model, environment, caller);
  if (key !== null) headers.push(['Authorization', `Bearer ${key}`]);
  headers.push(['Keysmith-Version', mutation?.kind === 'version' ? mutation.value : '2026-11-01']);
  const takesKey = operation.parameters.some((parameter) => parameter.name === 'Idempotency-Key');
  if (mutation?.kind === 'idempotency-key') headers.push(['Idempotency-Key', mutation.value]);
  else if (takesKey && step.idempotencyKey !== null) headers.push(['Idempotency-Key', step.idempotencyKey]);

  let body = operation.body === null ? undefined : concrete(step.body, model);
  if (mutation?.kind === 'body' && body !== undefined) body = mutate(body, mutation.aimed);
  if (place === 'field-name' && misplaced !== null && typeof body === 'object' && body !== null)
    body = { ...body, [misplaced]: 1 };
  const sent: Sent = {
    method: operation.method,
    path,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  };
  if (mutation?.kind === 'bad-json') sent.body = mutation.text;
  if (mutation?.kind === 'oversized') {
    sent.body = JSON.stringify({ padding: 'x'.repeat(OVERSIZED) });
    sent.bodyShell = `"$(node -p "JSON.stringify({ padding: 'x'.repeat(${OVERSIZED}) })")"`;
  }
  if (sent.body !== null)
    headers.push(['Content-Type', mutation?.kind === 'media-type' ? mutation.type : 'application/json']);
  return {
    sent,
    operation: place === 'path' ? UNROUTED : operation,
    environment,
    callerSecret: key,
    target,
    body,
    // With no revoked key to send yet, the request carried a secret the mock never issued.
    expected:
      mutation?.kind === 'key' && mutation.problem === 'revoked' && revokedSecret(model) === undefined
        ? { status: 401, code: 'invalid_api_key' }
        : expectedRefusal(mutation),
  };
}
