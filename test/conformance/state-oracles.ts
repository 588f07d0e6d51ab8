/**
 * What the answers of a walk must add up to: a created key can be read back; a revoked key's
 * secret is refused on the very next request; a deleted key is gone; a regenerated key's new secret
 * works and an old one without grace does not; a read shows what the model expects; a refused
 * write changed nothing; a repeat of an `Idempotency-Key` request replays its first answer, and a
 * different request under the same key never runs. The model learns only from answers.
 */
import { call, codeOf, fail, type Real } from './exchange.js';
import { IDEMPOTENCY_WINDOW_MS, PATH_PREFIX, statusOf, type Model, type ModelKey } from './model.js';
import type { Received } from './oracles.js';
import type { Resolved, Sent } from './request.js';
import { specOperation } from './spec-operations.js';

const VERSION: [string, string] = ['Keysmith-Version', '2026-11-01'];

function get(key: ModelKey, model: Model, path: string, secret?: string): Sent {
  return {
    method: 'GET',
    path: PATH_PREFIX[key.environment] + path,
    headers: [['Authorization', `Bearer ${secret ?? model.admins[key.environment].secret}`], VERSION],
    body: null,
  };
}

/** Reads `key` back with its environment's admin; `null` when the answer was not a 200 (rate limit, fault). */
async function readBack(real: Real, model: Model, key: ModelKey): Promise<Received | null> {
  const { received } = await call(real, model, specOperation('getApiKey'), get(key, model, `/v1/api-keys/${key.id}`));
  if (received.status === 404 && !key.deleted) fail(real, `the key ${key.id} the walk made is gone`, received);
  return received.status === 200 ? received : null;
}

/** The fields of a key as the API shows them, against the model. */
function compare(real: Real, model: Model, key: ModelKey, received: Received, why: string): void {
  const shown = JSON.parse(received.text) as { status: string; name: string; permissions: string[] };
  const expected = { status: statusOf(key, model.now), name: key.name, permissions: [...key.permissions].sort() };
  const actual = { status: shown.status, name: shown.name, permissions: [...shown.permissions].sort() };
  if (JSON.stringify(expected) !== JSON.stringify(actual))
    fail(real, `${why}: ${key.id} shows ${JSON.stringify(actual)}, the walk expects ${JSON.stringify(expected)}`);
}

/** A key the API returned, as the model keeps it. */
function keyFrom(body: Record<string, unknown>, secret: string): ModelKey {
  return {
    id: body.id as string,
    environment: body.environment as ModelKey['environment'],
    secret,
    previous: null,
    name: body.name as string,
    status: body.status === 'inactive' ? 'inactive' : body.status === 'revoked' ? 'revoked' : 'active',
    permissions: body.permissions as string[],
    expiresAt: body.expires_at === null ? null : Date.parse(body.expires_at as string),
    deleted: false,
  };
}

/** The idempotency record a request falls under: caller, key, and what makes two requests the same. */
function idempotencyOf(call: Resolved): { slot: string; fingerprint: string } | null {
  // Only an operation that declares the header keeps answers (a request that routes to none has no say).
  const declares = call.operation.parameters.some((parameter) => parameter.name === 'Idempotency-Key');
  const key = call.sent.headers.find(([name]) => name === 'Idempotency-Key')?.[1];
  if (!declares || key === undefined || call.callerSecret === null) return null;
  return {
    slot: `${call.callerSecret} ${key}`,
    // A body sent to an operation that takes none is not part of the request (the mock reads none).
    fingerprint: `${call.sent.method} ${call.sent.path} ${call.operation.body === null ? '' : (call.sent.body ?? '')}`,
  };
}

/**
 * What may answer a repeat before step 7 looks at its `Idempotency-Key`: the caller's key (revoked,
 * regenerated), its scope, its rate limit, and what the fingerprint leaves out — the body's size
 * and media type (a body sent to an operation that takes none is not read, but still measured).
 */
const BEFORE_IDEMPOTENCY = [401, 403, 413, 415, 429];
/** …and what may answer a different request under the key: anything that refuses it, never a success. */
const REFUSED_BEFORE = [400, 401, 403, 413, 415, 429];

/**
 * The idempotency oracle, before the model learns from the answer: a repeat within 24 hours gets
 * the first answer, byte for byte, whatever happened since (the clock moved on, the key changed);
 * another request under the same key never runs.
 *
 * @returns whether the answer was a replay (the model must not apply it twice).
 */
export function checkIdempotency(
  real: Real,
  model: Model,
  sent: Resolved,
  received: Received,
  faulted: boolean,
): boolean {
  const record = idempotencyOf(sent);
  // A refusal the check order forces (a version, a key) comes before step 7, and call() checked it.
  if (record === null || faulted || sent.expected !== null) return false;
  const first = model.idempotency.get(record.slot);
  // A replay of an answer the model let go (its 24 hours ran out, then the clock went back).
  if (first === undefined && received.headers.get('idempotent-replayed') === 'true') return true;
  if (first === undefined || model.now - first.at >= IDEMPOTENCY_WINDOW_MS) {
    if (received.status >= 200 && received.status < 300)
      model.idempotency.set(record.slot, {
        fingerprint: record.fingerprint,
        status: received.status,
        text: received.text,
        at: model.now,
      });
    return false;
  }
  if (first.fingerprint !== record.fingerprint) {
    if (!REFUSED_BEFORE.includes(received.status) && received.status !== 409)
      fail(real, `a different request under a used Idempotency-Key was answered ${received.status}, not 409`, received);
    return false;
  }
  if (BEFORE_IDEMPOTENCY.includes(received.status) && received.status !== first.status) return false;
  if (
    received.status !== first.status ||
    received.text !== first.text ||
    received.headers.get('idempotent-replayed') !== 'true'
  )
    fail(
      real,
      `a repeat under an Idempotency-Key got ${received.status}, not the first answer (${first.status})`,
      received,
    );
  return true;
}

/** Learns from a successful answer, and checks what it promises with follow-up requests. */
export async function learn(real: Real, model: Model, sent: Resolved, received: Received): Promise<void> {
  const body = JSON.parse(received.text) as Record<string, unknown>;
  const target = sent.target !== null && model.keys.includes(sent.target) ? sent.target : null;
  switch (sent.operation.id) {
    case 'createApiKey': {
      if (model.keys.some((known) => known.id === body.id)) return;
      const key = keyFrom(body, body.secret as string);
      model.secrets.add(key.secret);
      model.keys.push(key);
      const read = await readBack(real, model, key);
      if (read !== null) compare(real, model, key, read, 'a created key read back');
      return;
    }
    case 'updateApiKey':
    case 'getApiKey': {
      const known = model.keys.find((key) => key.id === body.id);
      if (known === undefined) return;
      if (sent.operation.id === 'updateApiKey')
        Object.assign(known, keyFrom(body, known.secret), { previous: known.previous });
      compare(real, model, known, received, `${sent.operation.id} answered`);
      return;
    }
    case 'revokeApiKey':
    case 'deleteApiKey': {
      if (target === null) return;
      target.status = 'revoked';
      target.deleted ||= sent.operation.id === 'deleteApiKey';
      const me = await call(real, model, specOperation('getMe'), get(target, model, '/v1/me', target.secret));
      if (!me.faulted && (me.received.status !== 401 || codeOf(me.received) !== 'revoked_api_key'))
        fail(real, `the next request with a revoked key's secret got ${me.received.status}`, me.received);
      if (target.deleted) {
        const gone = await call(
          real,
          model,
          specOperation('getApiKey'),
          get(target, model, `/v1/api-keys/${target.id}`),
        );
        if (!gone.faulted && ![404, 429].includes(gone.received.status))
          fail(real, `a deleted key still answers ${gone.received.status}`, gone.received);
      }
      return;
    }
    case 'regenerateApiKey':
      if (target === null) return;
      await regenerated(real, model, target, body);
      return;
  }
}

async function regenerated(real: Real, model: Model, target: ModelKey, body: Record<string, unknown>): Promise<void> {
  const old = target.secret;
  const until = body.previous_secret_expires_at;
  target.previous = typeof until === 'string' ? { secret: old, until: Date.parse(until) } : null;
  target.secret = body.secret as string;
  model.secrets.add(target.secret);
  if (target.previous !== null || statusOf(target, model.now) !== 'active') return;
  const stale = await call(real, model, specOperation('getMe'), get(target, model, '/v1/me', old));
  if (!stale.faulted && stale.received.status !== 401)
    fail(
      real,
      `the old secret of a key regenerated without grace still answers ${stale.received.status}`,
      stale.received,
    );
  const fresh = await call(real, model, specOperation('getMe'), get(target, model, '/v1/me', target.secret));
  if (!fresh.faulted && ![200, 429].includes(fresh.received.status))
    fail(real, `the new secret of an active key answers ${fresh.received.status}`, fresh.received);
}

/** A refused write changed nothing: the key it named reads as before. */
export async function unchanged(real: Real, model: Model, target: ModelKey): Promise<void> {
  if (target.deleted || !model.keys.includes(target)) return;
  const read = await readBack(real, model, target);
  if (read !== null) compare(real, model, target, read, 'after a refused write');
}
