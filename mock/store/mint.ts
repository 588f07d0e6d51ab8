/**
 * Minting of ids, request ids and secrets: from the injected source when a test gives one (so every
 * id and secret is reproducible), otherwise from Web Crypto, drawn in batches because one
 * `getRandomValues` call per request id would cost more than the rest of the request. The key
 * store mints through this, so that a fresh id or secret is checked against what it holds.
 */
import { composeSecret, randomBase62, SECRET_BODY_LENGTH, type Environment } from '../../src/secret-format.js';

/** A source of random bytes: `count` fresh bytes per call. */
export type RandomBytes = (count: number) => Uint8Array;

/** What one mock mints with its random source. */
export interface Mint {
  /** A fresh `key_…` id for which `taken(id)` is false. */
  keyId(taken: (id: string) => boolean): string;
  /** A fresh secret of the environment. */
  secret(environment: Environment): string;
  /** A fresh `req_…` request id. */
  requestId(): string;
}

const POOL_SIZE = 4096;
/** Fresh ids are retried on a collision, a bounded number of times. */
const ATTEMPTS = 8;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ascii = /* @__PURE__ */ new TextDecoder('latin1');
const utf8 = { encoder: /* @__PURE__ */ new TextEncoder(), decoder: /* @__PURE__ */ new TextDecoder() };

/**
 * `prefix` + `length` random base62 characters (`key_7Hq2ZbN4xTmW9cLp`), as one flat string:
 * ids are stored with every key, and a string built by `+=` would keep its pieces alive.
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
      codes[filled++] = BASE62.charCodeAt(byte % 62);
      if (filled === codes.length) break;
    }
  }
  if (filled < codes.length) throw new Error('options.randomBytes returned no usable bytes.');
  return ascii.decode(codes);
}

/** A flat copy of a string built from pieces, for strings kept with every stored key. */
export function flatCopy(text: string): string {
  return utf8.decoder.decode(utf8.encoder.encode(text));
}

/** Web Crypto's random bytes, served from a pool refilled `POOL_SIZE` bytes at a time. */
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

/**
 * Draws until `fresh(value)` holds — a bounded number of times, since a source that keeps
 * colliding (a test's constant `randomBytes`) would never stop.
 */
export function mintFresh<T>(draw: () => T, fresh: (value: T) => boolean): T {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const value = draw();
    if (fresh(value)) return value;
  }
  throw new Error('options.randomBytes keeps returning the same bytes; give the mock a source that varies.');
}

/** Creates the mint of one mock over its random source. */
export function createMint(random: RandomBytes): Mint {
  return {
    keyId: (taken) =>
      mintFresh(
        () => randomId('key_', 16, random),
        (id) => !taken(id),
      ),
    secret: (environment) => createSecret(environment, random),
    requestId: () => randomId('req_', 16, random),
  };
}
