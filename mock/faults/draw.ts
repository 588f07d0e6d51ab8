/**
 * Chance, from the mock's own random source (`options.randomBytes`): a test that seeds it gets
 * the same fault decisions and latencies on every run.
 */
import type { RandomBytes } from '../store/mint.js';

const TWO_TO_THE_32 = 0x1_0000_0000;

/** A number from 0 (included) to 1 (excluded), from four bytes of `random`. */
export function drawUnit(random: RandomBytes): number {
  const bytes = random(4);
  const word = (bytes[0] ?? 0) * 0x100_0000 + (((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0));
  return word / TWO_TO_THE_32;
}
