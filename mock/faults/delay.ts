/**
 * A real wait, for a latency that asks for one (`wait: 'real'`, or a `{ delayMs }` fault), cut
 * short when the caller aborts.
 */

/** Waits `ms` milliseconds; rejects with the signal's reason as soon as it aborts. */
export async function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  signal?.throwIfAborted();
  await new Promise<void>((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  signal?.throwIfAborted();
}
