/**
 * A `setTimeout` wait that an `AbortSignal` cuts short.
 *
 * @internal
 */

/**
 * How the SDK waits between attempts; the `sleep` client option replaces it in tests.
 *
 * @example
 * ```ts
 * const slept: number[] = [];
 * const sleep: Sleep = async (ms, signal) => { signal?.throwIfAborted(); slept.push(ms); };
 * const client = new Keysmith({ sleep, random: () => 0 });
 * ```
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Resolves after `ms` milliseconds, or rejects with the signal's reason as soon as it aborts
 * (the same rejection `fetch` gives), so a cancelled call never sits out its backoff.
 */
export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    // Throwing here rejects the promise with the reason, before any timer is set.
    signal?.throwIfAborted();
    const onAbort = (): void => {
      clearTimeout(timer);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the wait rejects with the signal's own reason, whatever it is, as fetch does
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
