import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { constantTimeEqual, sha256Hex } from '../../mock/store/sha256.js';

describe('sha256Hex', () => {
  test('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('matches node:crypto on every length around the block boundaries, and on unicode', () => {
    const inputs = [...Array.from({ length: 140 }, (_, n) => 'k'.repeat(n)), 'ks_stage_€😀\u0000', 'x'.repeat(100_000)];
    for (const input of inputs) expect(sha256Hex(input)).toBe(createHash('sha256').update(input, 'utf8').digest('hex'));
  });
});

describe('constantTimeEqual', () => {
  test('is true only for identical strings', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'ab')).toBe(false);
  });
});
