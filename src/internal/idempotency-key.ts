/**
 * Idempotency keys for POSTs: one per call, reused by every attempt of that call.
 *
 * @internal
 */

/**
 * A random UUID v4; where `randomUUID` is missing (a page served over plain http), 128 random bits
 * as four dash-joined numbers, which serve as well: the server only compares keys.
 */
export function newIdempotencyKey(): string {
  // The DOM types promise randomUUID, but browsers only offer it in secure contexts.
  const webCrypto: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto;
  if (webCrypto.randomUUID !== undefined) return webCrypto.randomUUID();
  return webCrypto.getRandomValues(new Uint32Array(4)).join('-');
}
