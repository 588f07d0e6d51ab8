/**
 * Handling 429s: let the client wait out `Retry-After` by itself, fail fast when the wait is too
 * long for you, and watch the rate-limit headers to slow down before the limit bites.
 *
 * Run it with `npx tsx examples/handling-429.ts`: it runs against an in-process mock whose clock
 * the client's waits move forward, so a minute-long `Retry-After` passes at once. Against the real
 * API, leave `sleep` and `now` out and the client waits in real time.
 *
 * @module
 */
import { Keysmith, RateLimitError, type FetchLike, type Sleep } from 'keysmith';
import { createMockApi } from 'keysmith/mock';

/**
 * Where the example sends its requests, and the clock its waits run on.
 *
 * @example
 * ```ts
 * const options: Handling429Options = { apiKey: process.env.KEYSMITH_API_KEY ?? '' };
 * ```
 */
export interface Handling429Options {
  /** A key that holds `keys:*` (an admin key). */
  apiKey: string;
  /** Leave it out to use the key's environment. */
  baseUrl?: string;
  /** Leave it out to use the global `fetch`. */
  fetch?: FetchLike;
  /** How the client waits; leave it out to wait in real time. */
  sleep?: Sleep;
  /** The client's clock in epoch ms; leave it out for `Date.now`. */
  now?: () => number;
  /** Where progress goes; never given a secret. */
  log?: (line: string) => void;
}

/**
 * What happened.
 *
 * @example
 * ```ts
 * const { retries, failFastAfterMs } = await main({ apiKey });
 * ```
 */
export interface Handling429Result {
  /** Requests that all succeeded, though the key allows only 3 a minute. */
  succeeded: number;
  /** Retries the client made (each after the server's `Retry-After`). */
  retries: number;
  /** How long the impatient client was told to wait when it gave up, in ms. */
  failFastAfterMs: number | undefined;
  /** Requests left in the window, as the last response's headers said. */
  remaining: number | undefined;
}

/**
 * Makes a key limited to 3 requests a minute and sends it more than that.
 *
 * @example
 * ```ts
 * await main({ apiKey: process.env.KEYSMITH_API_KEY ?? '' });
 * ```
 */
export async function main({
  apiKey,
  baseUrl,
  fetch,
  sleep,
  now,
  log = console.log,
}: Handling429Options): Promise<Handling429Result> {
  const admin = new Keysmith({ apiKey, baseUrl, fetch });
  const limited = await admin.keys.create({
    name: 'rate-limit demo',
    permissions: ['keys:read', 'rate_limit:read'],
    rate_limit: { per_minute: 3, per_hour: 100 },
  });

  // 1. The patient client: every 429 is retried after the server's Retry-After (up to maxRetries).
  let retries = 0;
  const client = new Keysmith({
    apiKey: limited.secret,
    baseUrl,
    fetch,
    sleep,
    now,
    maxRetries: 3,
    onRetry: (event) => {
      retries++;
      log(
        `  ${event.status ?? event.reason}: waiting ${event.delayMs} ms (${event.serverRequested ? "the server's Retry-After" : 'backoff'})`,
      );
    },
  });
  const status = await client.rateLimit.get(); // never counts against the limit
  log(`The key allows ${status.limit} requests a minute`);
  let succeeded = 0;
  for (let n = 0; n < 5; n++) {
    await client.keys.list({ limit: 1 });
    succeeded++;
  }
  log(`${succeeded} requests succeeded after ${retries} retries`);

  // 2. The impatient client: it will not wait more than a second, so a 429 fails at once,
  // carrying how long to wait (schedule the work for later instead of blocking).
  const impatient = new Keysmith({ apiKey: limited.secret, baseUrl, fetch, sleep, now, maxRetryAfter: 1_000 });
  let failFastAfterMs: number | undefined;
  for (let n = 0; n < 5 && failFastAfterMs === undefined; n++) {
    try {
      await impatient.keys.list({ limit: 1 });
    } catch (error) {
      if (!(error instanceof RateLimitError)) throw error;
      failFastAfterMs = error.retryAfterMs;
      log(`Gave up at once: ${error.code}, retry in ${error.retryAfterMs} ms`);
    }
  }

  // 3. Pace yourself: every response's headers say what is left, before you hit the limit.
  const remaining = client.lastRateLimit?.remaining;
  log(`Requests left in the window, per the last response: ${remaining}`);
  return { succeeded, retries, failFastAfterMs, remaining };
}

if (process.argv[1] !== undefined && import.meta.url === new URL(process.argv[1], 'file:').href) {
  const mock = createMockApi({ now: '2026-11-01T09:00:00Z' });
  // The mock's core as fetch, and its clock: the client's waits move the mock's clock, not the wall clock.
  await main({ apiKey: mock.adminKey, ...mock.clientOptions() });
}
