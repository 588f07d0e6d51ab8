/**
 * Options every SDK method takes as its last, optional argument.
 *
 * @module
 */

/**
 * Per-call options; each overrides the client's setting for this call only.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await client.keys.create(
 *   { name: 'CI', permissions: ['keys:read'] },
 *   { signal: controller.signal, timeout: 10_000, maxRetries: 5, idempotencyKey: 'ci-key-2026-11-01' },
 * );
 * ```
 */
export interface RequestOptions {
  /** Cancels the call: the request, and any wait before a retry. The call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Milliseconds each attempt may take until the response headers arrive; also the longest wait
   * before a retry (the backoff is capped at it; a longer server-requested wait fails at once).
   * `Infinity` turns it off.
   * @default the client's `timeout` (60 000)
   */
  timeout?: number | undefined;
  /**
   * Retries after the first attempt.
   * @default the client's `maxRetries` (2)
   */
  maxRetries?: number | undefined;
  /**
   * The `Idempotency-Key` of a create, revoke, regenerate or delete, reused by every retry of the call.
   * @default a random UUID per call
   */
  idempotencyKey?: string | undefined;
}
