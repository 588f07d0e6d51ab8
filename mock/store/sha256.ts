/**
 * A synchronous SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, as lowercase hex.
 *
 * Why not Web Crypto: `crypto.subtle.digest` is asynchronous, but `createMockApi()` and `reset()`
 * are synchronous and must hash the seeded secrets before the first request; and authenticating
 * one request needs one 64-byte block, which a plain loop hashes faster than a round trip through
 * `crypto.subtle` costs. Runs unchanged in Node and in browsers.
 */

// Int32 throughout: V8 keeps 32-bit integers unboxed, while Uint32 values above 2^31 become doubles.
// Typed-array reads below are always in range; the `?? 0` only tells the type checker so, and
// costs nothing measurable once V8 has seen the loops.
const K = /* @__PURE__ */ new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const encoder = /* @__PURE__ */ new TextEncoder();
const HEX_DIGITS = /* @__PURE__ */ new TextEncoder().encode('0123456789abcdef');
const hexCodes = /* @__PURE__ */ new Uint8Array(64);
// Decoding ASCII codes gives one flat string; `hex +=` would leave a chain of 30-odd string
// pieces behind every stored hash (V8 cons strings), tripling the memory of a key.
const ascii = /* @__PURE__ */ new TextDecoder('latin1');
/** The message schedule of the block being hashed. */
const words = /* @__PURE__ */ new Int32Array(64);
/** The hash state. */
const state = /* @__PURE__ */ new Int32Array(8);

/**
 * Hashes `text` (UTF-8) with SHA-256.
 *
 * @returns 64 lowercase hex characters.
 */
export function sha256Hex(text: string): string {
  const bytes = encoder.encode(text);
  // Message + 0x80 + zero padding + 64-bit length, rounded up to whole 64-byte blocks.
  const padded = new Uint8Array((((bytes.length + 8) >> 6) + 1) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const bitLength = bytes.length * 8;
  const end = padded.length;
  const high = Math.floor(bitLength / 0x100000000);
  padded[end - 8] = high >>> 24;
  padded[end - 7] = high >>> 16;
  padded[end - 6] = high >>> 8;
  padded[end - 5] = high;
  padded[end - 4] = bitLength >>> 24;
  padded[end - 3] = bitLength >>> 16;
  padded[end - 2] = bitLength >>> 8;
  padded[end - 1] = bitLength;

  state.set(INITIAL);
  for (let offset = 0; offset < end; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const i = offset + t * 4;
      words[t] =
        ((padded[i] ?? 0) << 24) | ((padded[i + 1] ?? 0) << 16) | ((padded[i + 2] ?? 0) << 8) | (padded[i + 3] ?? 0);
    }
    for (let t = 16; t < 64; t++) {
      const w15 = words[t - 15] ?? 0;
      const w2 = words[t - 2] ?? 0;
      const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
      const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
      words[t] = ((((words[t - 16] ?? 0) + s0) | 0) + (((words[t - 7] ?? 0) + s1) | 0)) | 0;
    }
    let a = state[0] ?? 0;
    let b = state[1] ?? 0;
    let c = state[2] ?? 0;
    let d = state[3] ?? 0;
    let e = state[4] ?? 0;
    let f = state[5] ?? 0;
    let g = state[6] ?? 0;
    let h = state[7] ?? 0;
    for (let t = 0; t < 64; t++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const choice = (e & f) ^ (~e & g);
      const t1 = (((((h + s1) | 0) + choice) | 0) + (((K[t] ?? 0) + (words[t] ?? 0)) | 0)) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + majority) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    state[0] = (state[0] ?? 0) + a;
    state[1] = (state[1] ?? 0) + b;
    state[2] = (state[2] ?? 0) + c;
    state[3] = (state[3] ?? 0) + d;
    state[4] = (state[4] ?? 0) + e;
    state[5] = (state[5] ?? 0) + f;
    state[6] = (state[6] ?? 0) + g;
    state[7] = (state[7] ?? 0) + h;
  }
  for (let i = 0; i < 8; i++) {
    const word = state[i] ?? 0;
    for (let nibble = 0; nibble < 8; nibble++)
      hexCodes[i * 8 + nibble] = HEX_DIGITS[(word >>> (28 - nibble * 4)) & 0xf] ?? 0;
  }
  return ascii.decode(hexCodes);
}

/**
 * Compares two equal-length strings in time that does not depend on where they differ, so the
 * comparison of a stored hash with a presented one leaks nothing through timing.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
