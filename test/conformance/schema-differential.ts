/**
 * The differential check of the mock's JSON Schema validator: on the spec's own schemas (and a few
 * made to probe `enum`, `const` and `uniqueItems` by value and `$ref` siblings), random valid,
 * mutated and arbitrary JSON values must be accepted by the mock's validator exactly when ajv
 * accepts them.
 */
import fc from 'fast-check';
import { validate } from '../../mock/contract/json-schema.js';
import { openApi, oracleError, type Schema } from './ajv-oracle.js';
import { resolveRef, schemaValue } from './schema-values.js';
import { aimedMutation, mutate } from './value-mutations.js';

/** Schemas written to probe what the spec's own do not: by-value comparison and `$ref` siblings. */
const PROBES: Readonly<Record<string, Schema>> = {
  'enum of objects': { enum: [{ a: 1, b: [1, { c: 2 }] }, 'x', 1, null] },
  'const object': { const: { limits: { per_minute: 1, per_hour: 2 }, tags: ['a'] } },
  'unique objects': {
    type: 'array',
    uniqueItems: true,
    items: { type: 'object', additionalProperties: { type: 'integer', maximum: 3 }, maxProperties: 3 },
  },
  'unique scalars and arrays': { type: 'array', uniqueItems: true, maxItems: 4 },
  '$ref with maxLength': { $ref: '#/components/schemas/Scope', maxLength: 9 },
  '$ref with maxProperties': { $ref: '#/components/schemas/Metadata', maxProperties: 2 },
  '$ref with pattern': { $ref: '#/components/schemas/Timestamp', pattern: '^2' },
  '$ref with enum': { $ref: '#/components/schemas/KeyStatus', enum: ['active', 'gone'] },
};

/** Every schema the check covers, by a readable name. */
export function differentialSchemas(): [string, Schema][] {
  const parameters = Object.entries(openApi.components.parameters).map(
    ([name, parameter]) => [`parameter ${name}`, parameter.schema as Schema] as [string, Schema],
  );
  const inline: [string, Schema][] = [['query limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }]];
  return [...Object.entries(openApi.components.schemas), ...parameters, ...inline, ...Object.entries(PROBES)];
}

/** How the values of one schema fared. */
export interface Tally {
  accepted: number;
  refused: number;
  /**
   * Values ajv itself could not judge: its deep equality (fast-deep-equal, for `enum`, `const` and
   * `uniqueItems`) calls an object's own `valueOf` field as a method and throws on `{"valueOf": 0}`.
   */
  oracleThrew: number;
}

/**
 * Runs the check on every schema; throws (with fast-check's shrunk counterexample) on the first
 * disagreement.
 *
 * @returns per schema, how many values ajv accepted and refused — both must be many for the check to mean anything.
 */
export function runDifferential(seed: number, runsPerSchema: number): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const [name, schema] of differentialSchemas()) {
    const tally: Tally = { accepted: 0, refused: 0, oracleThrew: 0 };
    const valid = schemaValue(schema);
    const values = fc.oneof(
      { arbitrary: valid, weight: 4 },
      { arbitrary: fc.tuple(valid, aimedMutation()).map(([value, aimed]) => mutate(value, aimed)), weight: 5 },
      { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
    );
    fc.assert(
      fc.property(values, (value) => {
        let oracle: string | null;
        try {
          oracle = oracleError(schema, value);
        } catch (error) {
          if (!(error instanceof TypeError)) throw error;
          tally.oracleThrew++;
          return true;
        }
        const mine = validate(schema, value, resolveRef);
        if (oracle === null) tally.accepted++;
        else tally.refused++;
        if ((oracle === null) !== (mine === null)) {
          throw new Error(
            `${name}: ajv ${oracle === null ? 'accepts' : `refuses (${oracle})`}, the mock ${mine === null ? 'accepts' : `refuses (${mine.message})`}`,
          );
        }
        return true;
      }),
      { seed, numRuns: runsPerSchema },
    );
    tallies.set(name, tally);
  }
  return tallies;
}
