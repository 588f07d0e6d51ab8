/**
 * Randomness for ids, request ids and secrets: the injected source when a test gives one (so
 * every id and secret is reproducible), otherwise Web Crypto, drawn in batches because one
 * `getRandomValues` call per request id would cost more than the rest of the request.
 */
import { composeSecret, randomBase62, SECRET_BODY_LENGTH, type Environment } from '../../src/secret-format.js';

/**
 * A source of random bytes: `count` fresh bytes per call.
 *
 * @example
 * ```ts
 * const source: RandomBytes = (count) => crypto.getRandomValues(new Uint8Array(count));
 * ```
 */
export type RandomBytes = (count: number) => Uint8Array;

const POOL_SIZE = 4096;
const BASE62 = /* @__PURE__ */ new TextEncoder().encode(
  '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
);
const ascii = /* @__PURE__ */ new TextDecoder('latin1');
const utf8 = { encoder: /* @__PURE__ */ new TextEncoder(), decoder: /* @__PURE__ */ new TextDecoder() };

/**
 * `prefix` + `length` random base62 characters (`key_7Hq2ZbN4xTmW9cLp`), as one flat string:
 * ids are stored with every key, and a string built by `+=` would keep its pieces alive.
 *
 * @example
 * ```ts
 * randomId('key_', 16, cryptoRandomBytes()); // "key_7Hq2ZbN4xTmW9cLp"
 * ```
 */
export function randomId(prefix: string, length: number, randomBytes: RandomBytes): string {
  const codes = new Uint8Array(prefix.length + length);
  for (let i = 0; i < prefix.length; i++) codes[i] = prefix.charCodeAt(i);
  let filled = prefix.length;
  // Bounded: each round keeps every byte below 248 (97% of them) until the id is full.
  for (let round = 0; round < 64 && filled < codes.length; round++) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: bytes at or above it would favour the first characters.
      if (byte >= 248) continue;
      codes[filled++] = BASE62[byte % 62]!;
      if (filled === codes.length) break;
    }
  }
  if (filled < codes.length) throw new Error('options.randomBytes returned no usable bytes.');
  return ascii.decode(codes);
}

/**
 * A flat copy of a string built from pieces, for strings kept with every stored key.
 *
 * @example
 * ```ts
 * const label = flatCopy(`${prefix}••••${last4}`);
 * ```
 */
export function flatCopy(text: string): string {
  return utf8.decoder.decode(utf8.encoder.encode(text));
}

/**
 * Web Crypto's random bytes, served from a pool refilled `POOL_SIZE` bytes at a time.
 *
 * @example
 * ```ts
 * const bytes = cryptoRandomBytes()(16);
 * ```
 */
export function cryptoRandomBytes(): RandomBytes {
  let pool = new Uint8Array(0);
  let used = 0;
  return (count) => {
    if (count > POOL_SIZE) return globalThis.crypto.getRandomValues(new Uint8Array(count));
    if (used + count > pool.length) {
      pool = globalThis.crypto.getRandomValues(new Uint8Array(POOL_SIZE));
      used = 0;
    }
    used += count;
    return pool.subarray(used - count, used);
  };
}

/**
 * Mints a valid secret for an environment: the prefix, 32 random base62 characters and the
 * checksum. Use it to make fixtures (`createMockApi({ keys: [{ secret }] })`) a test knows.
 *
 * @param randomBytes - the random source; Web Crypto when left out.
 * @example
 * ```ts
 * import { createMockApi, createSecret } from 'keysmith/mock';
 *
 * const readOnly = createSecret('production');
 * const mock = createMockApi({ keys: [{ secret: readOnly, permissions: ['keys:read'] }] });
 * ```
 */
export function createSecret(environment: Environment, randomBytes?: (count: number) => Uint8Array): string {
  const source = randomBytes ?? ((count: number) => globalThis.crypto.getRandomValues(new Uint8Array(count)));
  return composeSecret(environment, randomBase62(SECRET_BODY_LENGTH, source));
}
