/**
 * `PATCH /v1/api-keys/{id}`, `POST …/revoke` and `DELETE /v1/api-keys/{id}`: the status machine.
 * `active ⇄ inactive` by PATCH; `revoked` is for good (a revoked key cannot change: 409);
 * `expired` is never stored — it is the clock passing `expires_at`, so moving `expires_at` into
 * the future revives an expired key; delete revokes if needed and hides the key from listings.
 */
import type { components } from '../../src/generated/api.js';
import { frozenMetadata } from '../store/frozen-values.js';
import { KeyRecord } from '../store/key-record.js';
import { apiKeyView } from './key-view.js';
import type { Operation } from './operation.js';
import { escalation, expiryOf, findKey, revokedConflict } from './shared.js';
import { jsonAnswer } from '../pipeline/mock-answer.js';

type UpdateBody = components['schemas']['UpdateApiKeyRequest'];

/**
 * Changes the fields given; the others stay. `rate_limit` and `metadata` are replaced whole (a
 * quota left out takes the plan's default, as the spec's `RateLimitConfigInput` says).
 */
export const updateKey: Operation = (context) => {
  const key = findKey(context);
  if (!(key instanceof KeyRecord)) return key;
  if (key.status === 'revoked') return revokedConflict(context, key, 'changed');
  const body = context.input.body as UpdateBody;
  const permissions = body.permissions === undefined ? undefined : context.state.scopes(body.permissions);
  if (permissions !== undefined) {
    const refused = escalation(context, permissions, 'permissions');
    if (refused !== null) return refused;
  }

  const { plan } = context.state;
  if (body.name !== undefined) key.name = body.name;
  if (body.description !== undefined) key.description = body.description;
  if (permissions !== undefined) key.permissions = permissions;
  if (body.status !== undefined) key.status = body.status;
  if (body.rate_limit !== undefined) {
    key.perMinute = body.rate_limit.per_minute ?? plan.per_minute;
    key.perHour = body.rate_limit.per_hour ?? plan.per_hour;
  }
  if (body.expires_at !== undefined) key.expiresAt = expiryOf(body.expires_at);
  if (body.metadata !== undefined) key.metadata = frozenMetadata(body.metadata);
  key.updatedAt = context.now;
  return jsonAnswer(200, apiKeyView(key, context.now));
};

function revoke(key: KeyRecord, now: number): void {
  if (key.status === 'revoked') return;
  key.status = 'revoked';
  key.revokedAt = now;
  key.updatedAt = now;
}

/**
 * Revokes for good; the very next request with the key's secret is a 401 `revoked_api_key`.
 * Revoking a revoked key answers 200 with the key unchanged.
 */
export const revokeKey: Operation = (context) => {
  const key = findKey(context);
  if (!(key instanceof KeyRecord)) return key;
  revoke(key, context.now);
  return jsonAnswer(200, apiKeyView(key, context.now));
};

/**
 * Revokes the key if needed and removes it from listings; its id stays a valid cursor. Getting,
 * changing or deleting it again is a 404.
 */
export const deleteKey: Operation = (context) => {
  const key = findKey(context);
  if (!(key instanceof KeyRecord)) return key;
  revoke(key, context.now);
  key.deleted = true;
  const body: components['schemas']['DeletedApiKey'] = { object: 'api_key', id: key.id, deleted: true };
  return jsonAnswer(200, body);
};
