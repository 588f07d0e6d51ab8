/**
 * Idempotency keys for POSTs: one per call, reused by every attempt of that call.
 *
 * @internal
 */

/**
 * A random UUID v4; where `randomUUID` is missing (insecure browser contexts), 128 random bits in
 * hex, which serve as well: the server only compares keys.
 */
export function newIdempotencyKey(): string {
  const webCrypto = globalThis.crypto;
  return webCrypto.randomUUID?.() ?? Array.from(webCrypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
