/**
 * The differential check of the mock's JSON Schema validator against ajv at size
 * (`npm run test:stress`): ten seeds (from KEYSMITH_SEED when set, else fresh), 2,000 values per
 * schema each.
 */
import { expect, test } from 'vitest';
import { runDifferential } from '../conformance/schema-differential.js';

const first = Number(process.env.KEYSMITH_SEED ?? Date.now() % 1_000_000_000);

test('the mock’s validator agrees with ajv over many seeds', () => {
  let values = 0;
  let skipped = 0;
  for (let seed = first; seed < first + 10; seed++) {
    for (const tally of runDifferential(seed, 2_000).values()) {
      values += tally.accepted + tally.refused;
      skipped += tally.oracleThrew;
    }
  }
  console.info(
    `differential: seeds ${first}..${first + 9}, ${values} values, 0 disagreements, ${skipped} values ajv could not judge`,
  );
  expect(values).toBeGreaterThan(900_000);
});
