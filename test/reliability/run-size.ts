/**
 * How big a run is: CI-sized inside `npm test`, full-sized under `npm run test:stress`
 * (`KEYSMITH_STRESS=1`, set by vitest.stress.config.ts). The seed is fixed for CI so a red run
 * replays exactly; the full run draws a fresh one each time unless `KEYSMITH_SEED` pins it.
 */

/**
 * Whether this is the full-size run.
 *
 * @example
 * ```ts
 * const loops = STRESS ? 32 : 16;
 * ```
 */
export const STRESS = process.env['KEYSMITH_STRESS'] === '1';

const pinned = Number.parseInt(process.env['KEYSMITH_SEED'] ?? '', 10);

/**
 * The seed of every seeded part of the run (fast-check, the mock's random bytes).
 *
 * @example
 * ```ts
 * fc.sample(arbitrary, { seed: SEED, numRuns: 10 });
 * ```
 */
export const SEED = Number.isSafeInteger(pinned) ? pinned : STRESS ? Math.floor(Math.random() * 2 ** 31) : 20_261_101;

/**
 * The sizes of each part.
 *
 * @example
 * ```ts
 * fc.sample(badRequests(target), { seed: SEED, numRuns: SIZE.badInputs });
 * ```
 */
export const SIZE = STRESS
  ? {
      modelRuns: 220,
      maxCommands: 100,
      minSteps: 10_000,
      badInputs: 5_000,
      parallelCreates: 1_000,
      raceLoopers: 32,
      raceAfter: 20,
    }
  : {
      modelRuns: 22,
      maxCommands: 50,
      minSteps: 1_000,
      badInputs: 1_000,
      parallelCreates: 1_000,
      raceLoopers: 16,
      raceAfter: 8,
    };

/**
 * The timeout of the heavy tests: a guard against a hang, not a speed requirement (a shared CI
 * machine running every test file at once can be several times slower than a quiet one).
 *
 * @example
 * ```ts
 * test('a thousand parallel creates …', async () => { … }, HEAVY_TEST_MS);
 * ```
 */
export const HEAVY_TEST_MS = STRESS ? 900_000 : 180_000;

/**
 * A line for the test output that says how to replay this run.
 *
 * @example
 * ```ts
 * console.log(`model-based run: ${replayHint()}`); // "seed 20261101 (CI size; replay with KEYSMITH_SEED=20261101)"
 * ```
 */
export function replayHint(): string {
  return `seed ${SEED} (${STRESS ? 'full size' : 'CI size'}; replay with KEYSMITH_SEED=${SEED}${STRESS ? ' KEYSMITH_STRESS=1' : ''})`;
}
