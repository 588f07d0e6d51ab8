/**
 * Model-based test: random sequences of commands run through the SDK against an in-process mock,
 * each step checked against the reference model, and the whole store compared after every step.
 * A failure shrinks to a minimal sequence; fast-check prints it with its seed and path, and the
 * error lists the sequence as it ran.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { leaks } from './leak-collector.js';
import { COMMANDS } from './model/arbitraries.js';
import { outcomeCounts } from './model/outcome.js';
import { RealSystem } from './model/real-system.js';
import { stepCount } from './model/step.js';
import { HEAVY_TEST_MS, replayHint, SEED, SIZE } from './run-size.js';

/** Batches of runs until the step target is met; bounded, since each batch adds at least a run's worth. */
const MAX_BATCHES = 10;

describe('model-based: the SDK against the mock, step by step against a reference model', () => {
  test(
    `at least ${SIZE.minSteps} random steps each match the model, and so does the whole store after each`,
    async () => {
      console.log(`model-based run: ${replayHint()}`);
      let runs = 0;
      for (let batch = 0; batch < MAX_BATCHES && stepCount.value < SIZE.minSteps; batch++) {
        const seed = SEED + batch;
        console.log(
          `model-based batch ${batch + 1}: fast-check seed ${seed}, ${SIZE.modelRuns} sequences of up to ${SIZE.maxCommands} commands`,
        );
        await fc.assert(
          fc.asyncProperty(fc.commands(COMMANDS, { maxCommands: SIZE.maxCommands, size: 'max' }), async (commands) => {
            runs += 1;
            const real = new RealSystem(seed);
            const model = await real.initialModel(4);
            await fc.asyncModelRun(() => ({ model, real }), commands);
            leaks.requestLog('model mock.requests', real.mock.requests.all());
          }),
          { seed, numRuns: SIZE.modelRuns },
        );
        console.log(`model-based batch ${batch + 1}: ${stepCount.value} steps so far`);
      }
      const outcomes = [...outcomeCounts].sort((a, b) => b[1] - a[1]).map(([name, count]) => `${name} ×${count}`);
      console.log(`model-based run: ${stepCount.value} steps in ${runs} sequences; outcomes: ${outcomes.join(', ')}`);
      expect(stepCount.value).toBeGreaterThanOrEqual(SIZE.minSteps);
    },
    HEAVY_TEST_MS,
  );
});
