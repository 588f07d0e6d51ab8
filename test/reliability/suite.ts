/**
 * The reliability run, in order: every suite feeds one leak collector, and the leak scan comes
 * last, so it covers the whole run. Imported by the CI-sized entry (reliability.test.ts) and by
 * the full-sized one (test/stress/).
 */
import { afterAll, beforeAll } from 'vitest';
import { leaks } from './leak-collector.js';

let restore: (() => void) | undefined;
beforeAll(() => {
  restore = leaks.captureConsole();
});
afterAll(() => restore?.());

await import('./model-based.js');
await import('./bad-input/bad-input.js');
await import('./concurrency/parallel-creates.js');
await import('./concurrency/revoke-race.js');
await import('./concurrency/storms.js');
await import('./concurrency/lost-response.js');
await import('./sdk-faults/abort-and-deadline.js');
await import('./sdk-faults/rate-limit-waits.js');
await import('./leak-scan.js');
