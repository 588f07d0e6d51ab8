/**
 * The seed file's JSON Schema that the package ships is the one the mock checks seed files with:
 * the same document, and — asked of an independent validator (ajv) — the same verdicts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allViolations } from '../../mock/contract/all-violations.js';
import { validate } from '../../mock/contract/json-schema.js';
import { localResolver } from '../../mock/contract/local-refs.js';
import { openapi } from '../../mock/generated/openapi.js';
import { checkSeed, seedSchemaProblems } from '../../mock/node/seed-file.js';
import { SEED_SCHEMA_PATH, seedFileSchema } from '../../mock/node/seed-file-schema.js';
import { createSecret } from '../../mock/index.js';
import { oracleError, type Schema } from '../conformance/ajv-oracle.js';
import { localRefs, valuesFor } from '../conformance/schema-values.js';
import { aimedMutation, mutate } from '../conformance/value-mutations.js';

const shipped = JSON.parse(readFileSync(new URL(`../../${SEED_SCHEMA_PATH}`, import.meta.url), 'utf8')) as Schema;
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  files: string[];
  exports: Record<string, unknown>;
};

describe('the shipped seed file schema', () => {
  test('is the schema the mock checks seed files with', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(seedFileSchema(openapi.components.schemas))));
  });

  test('ships in the package, under an export of its own', () => {
    expect(packageJson.files).toContain('schemas');
    expect(packageJson.exports['./mock/seed-file.schema.json']).toBe(`./${SEED_SCHEMA_PATH}`);
  });

  test('and the mock agree on random seeds, valid and broken', () => {
    const seedValue = valuesFor(localRefs(shipped))(shipped);
    const seeds = fc.oneof(
      { arbitrary: seedValue, weight: 4 },
      { arbitrary: fc.tuple(seedValue, aimedMutation()).map(([seed, aimed]) => mutate(seed, aimed)), weight: 5 },
      { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
    );
    const resolve = localResolver(shipped);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(seeds, (seed) => {
        const ajv = oracleError(shipped, seed);
        const mock = seedSchemaProblems(seed);
        if (ajv === null) accepted++;
        else refused++;
        // Listing every problem finds one exactly when stopping at the first does.
        expect(allViolations(shipped, seed, resolve, 20).length === 0).toBe(validate(shipped, seed, resolve) === null);
        expect({ seed, ajv: ajv === null, mock: mock.length === 0 ? 'accepts' : mock }).toEqual({
          seed,
          ajv: ajv === null,
          mock: ajv === null ? 'accepts' : (expect.any(Array) as unknown),
        });
      }),
      { seed: 20_261_101, numRuns: 1_500 },
    );
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  test('and the mock both refuse 30 February, which the API refuses', () => {
    const seed = { now: '2026-02-30T00:00:00Z', keys: [{ secret: createSecret('development') }] };
    expect(oracleError(shipped, seed)).toMatch(/date-time/);
    expect(checkSeed(seed)).toEqual({ ok: false, problems: ['now must be an RFC 3339 date-time string.'] });
  });
});
