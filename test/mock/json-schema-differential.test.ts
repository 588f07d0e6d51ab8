import { expect, test } from 'vitest';
import { runDifferential } from '../conformance/schema-differential.js';

test('the mock’s validator accepts exactly what ajv accepts, on the spec’s schemas and random values', () => {
  const tallies = runDifferential(20_261_101, 300);
  let accepted = 0;
  let refused = 0;
  let skipped = 0;
  for (const [name, tally] of tallies) {
    accepted += tally.accepted;
    refused += tally.refused;
    skipped += tally.oracleThrew;
    // Each schema saw values of both kinds, or agreement would prove nothing about it.
    expect({ name, some: tally.accepted > 10 && tally.refused > 10 }).toEqual({ name, some: true });
  }
  console.info(
    `differential: ${tallies.size} schemas, ${accepted} values accepted, ${refused} refused, 0 disagreements, ${skipped} values ajv could not judge`,
  );
});
