/**
 * Whose secret a request carries, before the core has authenticated it: a fault rule for a
 * calling key (`keyId`, `callerKeyId`) is decided before the call runs. Only asked when such a
 * rule is pending, so other requests never hash their key twice.
 */
import { bearerToken } from '../pipeline/steps/3-authenticate.js';
import type { KeyStore } from '../store/key-store.js';
import { sha256Hex } from '../store/sha256.js';

/** The id of the key whose secret (current, or replaced by a regeneration) is in `authorization`, or `null`. */
export function callerKeyIdOf(authorization: string | null, store: KeyStore): string | null {
  const secret = bearerToken(authorization);
  if (secret === null) return null;
  const hash = sha256Hex(secret);
  return store.current(hash)?.id ?? store.past(hash)?.key.id ?? null;
}

/** {@link callerKeyIdOf} for one request, worked out at most once however many rules ask. */
export function callerOfRequest(authorization: () => string | null, store: KeyStore): () => string | null {
  let id: string | null | undefined;
  return () => (id === undefined ? (id = callerKeyIdOf(authorization(), store)) : id);
}
