/**
 * `POST /v1/api-keys`: a new key in the caller's environment, never wider than the caller.
 */
import type { components } from '../../src/generated/api.js';
import { maskSecret } from '../../src/secret-format.js';
import { frozenMetadata } from '../store/frozen-values.js';
import { KeyRecord } from '../store/key-record.js';
import { flatCopy } from '../store/mint.js';
import { apiKeyView, withSecret } from './key-view.js';
import type { Operation } from './operation.js';
import { escalation, expiryOf } from './shared.js';
import { jsonAnswer } from '../pipeline/mock-answer.js';

type CreateBody = components['schemas']['CreateApiKeyRequest'];

/** Creates a key and answers 201 with its full secret, the only time the secret is shown. */
export const createKey: Operation = (context) => {
  const body = context.input.body as CreateBody;
  const { state, now, caller } = context;
  const environment = body.environment ?? context.environment;
  if (environment !== context.environment) {
    return context.fail(
      403,
      'environment_forbidden',
      `A ${environment} key must be created with a ${environment} key, at ${state.baseUrls[environment]}.`,
      {
        param: 'environment',
      },
    );
  }
  const permissions = context.state.scopes(body.permissions);
  const refused = escalation(context, permissions, 'permissions');
  if (refused !== null) return refused;

  const { secret, hash } = state.store.mintSecret(environment);
  const key = new KeyRecord({
    id: state.store.mintKeyId(),
    environment,
    name: body.name,
    description: body.description ?? null,
    permissions,
    status: 'active',
    secretHash: hash,
    maskedKey: flatCopy(maskSecret(secret)),
    perMinute: body.rate_limit?.per_minute ?? state.plan.per_minute,
    perHour: body.rate_limit?.per_hour ?? state.plan.per_hour,
    expiresAt: expiryOf(body.expires_at),
    createdAt: now,
    revokedAt: null,
    metadata: frozenMetadata(body.metadata),
    createdBy: caller.id,
  });
  state.store.add(key);
  return jsonAnswer(201, withSecret(apiKeyView(key, now), secret));
};
