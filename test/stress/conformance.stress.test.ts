/**
 * The conformance walk at size (`npm run test:stress`): twenty seeds (from KEYSMITH_SEED when set,
 * else fresh; the first is printed), at least 50,000 requests over HTTP, every answer checked.
 */
import { expect, test } from 'vitest';
import { summary } from '../conformance/summary.js';
import { conformanceWalk, type WalkReport } from '../conformance/walk.js';

const first = Number(process.env.KEYSMITH_SEED ?? Date.now() % 1_000_000_000);

test('every answer of twenty random walks over HTTP conforms to the spec and the model', async () => {
  console.info(`conformance stress: seeds ${first}..${first + 19}`);
  const total: WalkReport = {
    seed: first,
    sequences: 0,
    requests: 0,
    controls: 0,
    statuses: new Map(),
    violations: [],
  };
  for (let seed = first; seed < first + 20; seed++) {
    const report = await conformanceWalk(seed, 55, 90);
    total.sequences += report.sequences;
    total.requests += report.requests;
    total.controls += report.controls;
    total.violations.push(...report.violations);
    for (const [operation, statuses] of report.statuses) {
      const into = total.statuses.get(operation) ?? new Map<number, number>();
      for (const [status, count] of statuses) into.set(status, (into.get(status) ?? 0) + count);
      total.statuses.set(operation, into);
    }
  }
  console.info(summary(total));
  expect(total.violations).toEqual([]);
  expect(total.requests).toBeGreaterThanOrEqual(50_000);
});
