/**
 * Step 3, authenticate: who is calling, in one fixed order so a bad key always gets the same code:
 * missing → format → unknown → revoked → inactive → expired → environment (all 401). Secrets are
 * looked up by their SHA-256 hash and compared in constant time.
 */
import { inspectSecret, type Environment } from '../../../src/secret-format.js';
import type { KeyRecord } from '../../store/key-record.js';
import type { KeyStore } from '../../store/key-store.js';
import type { ErrorCode } from '../mock-answer.js';
import { constantTimeEqual, sha256Hex } from '../../store/sha256.js';

/** The caller, or why it was refused (always a 401). */
export type AuthResult = { ok: true; key: KeyRecord } | { ok: false; code: ErrorCode; message: string };

const refuse = (code: ErrorCode, message: string): AuthResult => ({ ok: false, code, message });

/** The bearer token of an Authorization header, or `null` when there is none to speak of. */
export function bearerToken(authorization: string | null): string | null {
  if (authorization === null) return null;
  const header = authorization.trim();
  if (header.length < 7 || header.slice(0, 7).toLowerCase() !== 'bearer ') return null;
  const token = header.slice(7).trim();
  return token === '' ? null : token;
}

/** The key a presented secret belongs to, or why it cannot be used (unknown, or replaced). */
function lookUp(store: KeyStore, secret: string, now: number): AuthResult {
  const hash = sha256Hex(secret);
  const key = store.current(hash);
  // The Map finds the candidate; the final comparison of the hashes runs in constant time.
  if (key !== undefined && constantTimeEqual(key.secretHash, hash)) return { ok: true, key };
  const past = store.past(hash);
  if (past === undefined || !constantTimeEqual(past.hash, hash))
    return refuse('invalid_api_key', 'No API key matches this secret. Check that you copied the whole key.');
  if (past.validUntil <= now || past.key.status === 'revoked') {
    return refuse('revoked_api_key', 'This secret was replaced when its key was regenerated. Use the new secret.');
  }
  return { ok: true, key: past.key };
}

/** Authenticates a request to `environment` by its Authorization header. */
export function authenticate(
  authorization: string | null,
  environment: Environment,
  store: KeyStore,
  now: number,
  baseUrls: Readonly<Record<Environment, string>>,
): AuthResult {
  const secret = bearerToken(authorization);
  if (secret === null) return refuse('missing_api_key', 'Send your API key as `Authorization: Bearer ks_…`.');
  const found = lookUp(store, secret, now);
  // Every stored secret, current or replaced, was checked when it was minted or seeded, so only a
  // secret that matches none can be malformed. Checking the format there keeps the checksum off
  // every authenticated request, and the answer is still the one the documented order gives.
  if (!found.ok) {
    const malformed = found.code === 'invalid_api_key' && !inspectSecret(secret).ok;
    return malformed
      ? refuse('malformed_api_key', 'The API key is not a well-formed Keysmith secret (a typo, or a truncated copy?).')
      : found;
  }
  const { key } = found;
  if (key.status === 'revoked') return refuse('revoked_api_key', 'This API key was revoked. Create a new key.');
  if (key.status === 'inactive')
    return refuse(
      'inactive_api_key',
      `The API key ${key.id} is inactive. Re-enable it with PATCH /v1/api-keys/${key.id}.`,
    );
  if (key.expiresAt !== null && key.expiresAt <= now) {
    return refuse(
      'expired_api_key',
      `The API key ${key.id} expired at ${new Date(key.expiresAt).toISOString()}. Create a new key.`,
    );
  }
  if (key.environment !== environment) {
    return refuse(
      'environment_mismatch',
      `This is a ${key.environment} key, sent to the ${environment} API. Send it to ${baseUrls[key.environment]}.`,
    );
  }
  return found;
}
