/**
 * Comparing what the SDK gave with what the model predicted: a value, or an `ApiError` with the
 * predicted status and code (and, for a 429, the predicted wait). Every error is also handed to
 * the leak scan in all its printed forms.
 */
import { ApiError, RateLimitError } from 'keysmith';
import { assert, expect } from 'vitest';
import { leaks } from '../leak-collector.js';
import type { Outcome } from './reference-model.js';

/**
 * How often each outcome was predicted (and seen), so a run shows what it covered.
 *
 * @example
 * ```ts
 * outcomeCounts.get('429 rate_limited'); // 36
 * ```
 */
export const outcomeCounts = new Map<string, number>();

function tally(predicted: Outcome<unknown>): void {
  const name = predicted.ok ? 'success' : `${predicted.status} ${predicted.code}`;
  outcomeCounts.set(name, (outcomeCounts.get(name) ?? 0) + 1);
}

/**
 * What an SDK call gave.
 *
 * @example
 * ```ts
 * const result: Result<Identity> = await settle('me', () => client.me());
 * ```
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Runs an SDK call and keeps its value or its error (which the leak scan also sees).
 *
 * @example
 * ```ts
 * const result = await settle('get', () => client.keys.get(id));
 * ```
 */
export async function settle<T>(source: string, call: () => PromiseLike<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    leaks.error(`model ${source}`, error);
    return { ok: false, error };
  }
}

function describeError(error: unknown): string {
  if (error instanceof ApiError) return `${error.name} ${error.status} ${error.code ?? ''}`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Asserts that `result` is what the model predicted. Returns the value of a predicted success.
 *
 * @example
 * ```ts
 * const key = expectOutcome(await settle('get', () => client.keys.get(id)), predicted, 'get key#3');
 * ```
 */
export function expectOutcome<T>(result: Result<T>, predicted: Outcome<unknown>, step: string): T | undefined {
  tally(predicted);
  if (predicted.ok) {
    if (!result.ok)
      throw new Error(`${step}: the model expects a success, the SDK threw ${describeError(result.error)}`);
    return result.value;
  }
  if (result.ok) throw new Error(`${step}: the model expects ${predicted.status} ${predicted.code}, the SDK succeeded`);
  const { error } = result;
  if (!(error instanceof ApiError))
    throw new Error(
      `${step}: the model expects ${predicted.status} ${predicted.code}, the SDK threw ${describeError(error)}`,
    );
  expect({ status: error.status, code: error.code }, step).toEqual({ status: predicted.status, code: predicted.code });
  if (predicted.retryAfterSeconds !== undefined) {
    assert.instanceOf(error, RateLimitError, step);
    expect(error.retryAfterMs, `${step}: the wait of the 429`).toBe(predicted.retryAfterSeconds * 1000);
  }
  return undefined;
}
