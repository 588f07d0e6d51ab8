/**
 * The conformance walk at `npm test` size: one fixed seed, about 3,000 requests over HTTP against
 * `keysmith-mock`, every answer checked against `openapi.yaml` by ajv and against the walk's model.
 * `npm run test:stress` runs it from many seeds.
 */
import { expect, test } from 'vitest';
import { conformanceWalk } from './walk.js';
import { SPEC_OPERATIONS } from './spec-operations.js';
import { summary } from './summary.js';

test('every answer of a 3,000-request random walk over HTTP conforms to the spec and the model', async () => {
  const report = await conformanceWalk(20_261_101, 55, 90);
  console.info(summary(report));
  expect(report.violations).toEqual([]);
  expect(report.requests).toBeGreaterThan(2_500);
  // Every operation was reached, and answered in several ways (a success and refusals of kinds).
  const outcomes = [...SPEC_OPERATIONS.keys()].map((operation) => [
    operation,
    report.statuses.get(operation)?.size ?? 0,
  ]);
  expect(outcomes.filter(([, count]) => Number(count) < 4)).toEqual([]);
}, 120_000);
