/**
 * What the reliability suites share: the start of the mock clock, a reproducible byte source,
 * and a sleep that waits for nothing (the mock's clock, not real time, is what moves).
 */

/**
 * 2026-11-01T12:00:00Z: every mock clock starts here.
 *
 * @example
 * ```ts
 * createMockApi({ now: START });
 * ```
 */
export const START = Date.UTC(2026, 10, 1, 12, 0, 0);

/**
 * Limits high enough that only the tests about limits ever meet them.
 *
 * @example
 * ```ts
 * await startMockServer({ port: 0, plan: ROOMY_PLAN });
 * ```
 */
export const ROOMY_PLAN = { per_minute: 1_000_000, per_hour: 100_000_000 } as const;

/** A reproducible byte source, shared with the mock's own tests. */
export { seededBytes } from '../mock/helpers.js';

/**
 * A sleep that returns at once (still honouring an aborted signal, as the SDK requires).
 *
 * @example
 * ```ts
 * new Keysmith({ apiKey, sleep: noSleep });
 * ```
 */
export function noSleep(_ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // Throwing here rejects the promise with the reason, as the SDK's own sleep does.
    signal?.throwIfAborted();
    resolve();
  });
}
