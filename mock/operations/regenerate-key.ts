/**
 * `POST /v1/api-keys/{id}/regenerate`: a new secret for the same key.
 */
import type { components } from '../../src/generated/api.js';
import { maskSecret } from '../../src/secret-format.js';
import { KeyRecord } from '../store/key-record.js';
import { flatCopy } from '../store/mint.js';
import { apiKeyView, withSecret } from './key-view.js';
import type { Operation } from './operation.js';
import { escalation, findKey, revokedConflict } from './shared.js';
import { jsonAnswer } from '../pipeline/mock-answer.js';

type RegenerateBody = components['schemas']['RegenerateApiKeyRequest'];

/**
 * Issues a new secret; id, name, permissions, configuration and counters stay. The old secret
 * stops at once, or after `grace_period_seconds` capped at the key's own expiry. The caller must
 * hold every scope of the key (regenerating hands out a working secret for all of them), and
 * must belong to the key's environment (it mints a secret of that environment, as create would).
 */
export const regenerateKey: Operation = (context) => {
  const key = findKey(context);
  if (!(key instanceof KeyRecord)) return key;
  if (key.status === 'revoked') return revokedConflict(context, key, 'regenerated');
  const { state, now } = context;
  if (key.environment !== context.environment) {
    return context.fail(
      403,
      'environment_forbidden',
      `A ${key.environment} key must be regenerated with a ${key.environment} key, at ${state.baseUrls[key.environment]}.`,
      {
        param: 'id',
      },
    );
  }
  const refused = escalation(context, key.permissions);
  if (refused !== null) return refused;

  const graceSeconds = (context.input.body as RegenerateBody | undefined)?.grace_period_seconds ?? 0;
  let graceEnd = now + graceSeconds * 1000;
  if (key.expiresAt !== null && key.expiresAt < graceEnd) graceEnd = key.expiresAt;
  const hasGrace = graceEnd > now;

  const { secret, hash } = state.store.mintSecret(key.environment);
  state.store.replaceSecret(key, hash, flatCopy(maskSecret(secret)), hasGrace ? graceEnd : now, now);
  key.previousSecretExpiresAt = hasGrace ? graceEnd : null;
  key.updatedAt = now;
  return jsonAnswer(200, withSecret(apiKeyView(key, now), secret));
};
