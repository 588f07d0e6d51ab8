/**
 * `mock.clientOptions()`: the SDK options that put a client on the mock's time. The SDK waits
 * with `sleep` and reads the time with `now`; pointed at the mock's clock, a 429's `Retry-After`,
 * a backoff or a cooldown moves mock time instead of passing real time, so a suite on a frozen
 * clock never stalls on a wait the mock's clock would never end.
 */
import type { CoreClock } from '../store/clock.js';
import type { MockClientOptions } from '../types.js';

/** The options for a client of the mock whose door is `fetchDoor` and whose clock is `clock`. */
export function clientOptionsFor(
  fetchDoor: (request: Request) => Promise<Response>,
  clock: CoreClock,
): MockClientOptions {
  return {
    // The SDK hands each attempt's signal (its timeout, the caller's abort) as `init.signal`;
    // carried on the request, it also cuts short an injected delay.
    fetch: (request, init) => fetchDoor(init?.signal ? new Request(request, { signal: init.signal }) : request),
    now: () => clock.nowMs(),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        // Thrown in here, an abort (or a bad `ms`) rejects the wait, as a real one would.
        signal?.throwIfAborted();
        clock.advance(ms);
        resolve();
      }),
  };
}
