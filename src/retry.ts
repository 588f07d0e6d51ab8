/**
 * The retrying fetch every request is sent with: per-attempt timeout, backoff with jitter, the
 * server's `Retry-After` / reset honoured exactly, a cap on server-requested waits, and one shared
 * cooldown per client after a 429. It reads rate-limit headers only through `parseRateLimit`.
 *
 * @module
 */
import { ConnectionError, RateLimitError, TimeoutError, type KeysmithError } from './errors.js';
import type { Sleep } from './internal/sleep.js';
import { parseRateLimit, type RateLimitInfo } from './rate-limit.js';

/**
 * The fetch the client sends requests with. The SDK passes each attempt's `AbortSignal` (timeout
 * and caller's signal combined) as `init.signal`, not inside the `Request`.
 *
 * @example
 * ```ts
 * const fetch: FetchLike = (request, init) => globalThis.fetch(request, init);
 * ```
 */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * The retry defaults.
 *
 * @example
 * ```ts
 * RETRY_DEFAULTS.maxRetries; // 2
 * ```
 */
export const RETRY_DEFAULTS = {
  /** Retries after the first attempt. */
  maxRetries: 2,
  /** The first backoff; each retry doubles it. */
  initialDelayMs: 500,
  /** The longest backoff. */
  maxDelayMs: 8_000,
  /** Up to this share of a backoff is taken off at random, so clients spread out. */
  jitter: 0.25,
  /** The longest server-requested wait the client sits out before failing with the error instead. */
  maxRetryAfterMs: 60_000,
  /** Per attempt, until the response headers arrive; also caps the backoff, and a longer server-requested wait fails the call. */
  timeoutMs: 60_000,
} as const;

/**
 * What the `onRetry` hook learns before each retry.
 *
 * @example
 * ```ts
 * new Keysmith({ onRetry: (e) => console.warn(`retry ${e.attempt} in ${e.delayMs} ms (${e.reason} ${e.status ?? ''})`) });
 * ```
 */
export interface RetryEvent {
  /** The retry about to be made: 1 for the first retry. */
  readonly attempt: number;
  /** The call's retry budget. */
  readonly maxRetries: number;
  /** How long the client waits before it. */
  readonly delayMs: number;
  /** `status`: a 408, 429 or 5xx; `connection`: no response; `timeout`: no response in time. */
  readonly reason: 'status' | 'connection' | 'timeout';
  /** The status that caused the retry, for `reason: 'status'`. */
  readonly status: number | undefined;
  /** Whether the delay is the server's (`Retry-After`, `retry-after-ms` or the rate-limit reset). */
  readonly serverRequested: boolean;
  /** The rate-limit headers of the failed response, for `reason: 'status'`. */
  readonly rateLimit: RateLimitInfo | undefined;
  /** The failure, for `reason: 'connection'` or `'timeout'`. */
  readonly error: KeysmithError | undefined;
  /** The request's method. */
  readonly method: string;
  /** The request's URL (it never holds a secret). */
  readonly url: string;
}

/** The client-wide side of retrying: injected I/O and the shared cooldown. @internal */
export interface RetryClient {
  readonly fetch: FetchLike;
  readonly sleep: Sleep;
  readonly now: () => number;
  readonly random: () => number;
  readonly maxRetryAfter: number;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  /** Epoch ms before which no request is sent (after a 429); 0 when there is no cooldown. */
  cooldownUntil: number;
  /** The rate-limit headers of the 429 that started the cooldown. */
  cooldownInfo: RateLimitInfo | undefined;
  /** Sees every response, as it arrives. */
  observe(response: Response, receivedAt: number): void;
}

/** The per-call side of retrying. @internal */
export interface RetryCall {
  readonly signal: AbortSignal | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  /** The request's body as sent (`undefined` for none): a retry rebuilds the request from it once an attempt consumed the body. */
  bodyText: string | undefined;
  /** Set by {@link fetchWithRetries}: attempts made so far. */
  attempts: number;
  /** Set by {@link fetchWithRetries}: when the last response arrived (epoch ms). */
  receivedAt: number;
}

// setTimeout fires at once for delays past 2^31 - 1 ms, so longer timeouts mean "no timer".
const LONGEST_TIMER = 2 ** 31 - 1;

/**
 * Exponential backoff with jitter: `min(500 × 2^retry, 8000)` ms, less up to 25 % at random.
 *
 * @param retry - 0 before the first retry.
 * @param random - a number in [0, 1).
 * @example
 * ```ts
 * backoffDelay(0, () => 0); // 500
 * backoffDelay(3, () => 0.5); // 3500
 * ```
 */
export function backoffDelay(retry: number, random: () => number): number {
  const base = Math.min(RETRY_DEFAULTS.initialDelayMs * 2 ** retry, RETRY_DEFAULTS.maxDelayMs);
  return Math.round(base * (1 - RETRY_DEFAULTS.jitter * random()));
}

/** `"GET /v1/me"`, for messages. @internal */
export const describeRequest = (request: Request): string => `${request.method} ${new URL(request.url).pathname}`;

/** The error for an attempt that got no response: it timed out, or the fetch failed. */
function failureError(
  failure: unknown,
  timedOut: boolean,
  request: Request,
  call: RetryCall,
  attempts: number,
): KeysmithError {
  const head = `${describeRequest(request)} ${timedOut ? 'timed out' : 'got no response'}${attempts > 1 ? ` after ${attempts} attempts` : ''}: `;
  if (timedOut)
    return new TimeoutError(
      `${head}no response within ${call.timeout} ms. Raise the timeout option or check the network.`,
    );
  const { message, cause } = (failure ?? {}) as { message?: unknown; cause?: { code?: unknown } };
  const said =
    typeof message === 'string'
      ? `${message}${typeof cause?.code === 'string' ? ` (${cause.code})` : ''}`
      : 'the fetch failed';
  return new ConnectionError(`${head}${said}. Check baseUrl (${new URL(request.url).origin}) and the network.`, {
    cause: failure,
  });
}

/** Waits out the client's shared cooldown, or fails at once when it is longer than this call may wait. */
async function waitOutCooldown(request: Request, client: RetryClient, call: RetryCall): Promise<void> {
  const wait = client.cooldownUntil - client.now();
  if (wait <= 0) {
    client.cooldownUntil = 0;
  } else if (wait > client.maxRetryAfter || wait > call.timeout) {
    const seconds = Math.ceil(wait / 1000);
    const limit =
      wait > client.maxRetryAfter ? `maxRetryAfter (${client.maxRetryAfter} ms)` : `timeout (${call.timeout} ms)`;
    throw new RateLimitError(
      `${describeRequest(request)} was not sent: this client is cooling down after a 429 for ${seconds} s more, longer than ${limit}.`,
      {
        status: 429,
        code: 'rate_limited',
        type: 'rate_limit_error',
        param: undefined,
        details: undefined,
        requestId: undefined,
        rateLimit: client.cooldownInfo ?? parseRateLimit({}),
        retryAfterMs: wait,
      },
    );
  } else {
    await client.sleep(wait, call.signal);
  }
}

/**
 * Sends `request`, retrying 408, 429, 5xx, connection failures and timeouts up to
 * `call.maxRetries` times. Resolves with the final response (an error status included: the
 * caller turns it into an error) and rejects with a {@link ConnectionError}, a
 * {@link TimeoutError}, a client-side {@link RateLimitError} (cooldown too long), or the caller's
 * abort reason.
 *
 * - Each attempt has its own timer (`call.timeout`, until the response headers arrive), passed to
 *   `fetch` as `init.signal` together with the caller's signal.
 * - The delay before a retry is the server's `retry-after-ms` / `Retry-After`, or for a 429 with
 *   nothing left the rate-limit reset, exactly; otherwise {@link backoffDelay}.
 * - No wait is longer than the call's `timeout`: the backoff is capped at it, and a
 *   server-requested wait above it or above `maxRetryAfter` is not waited at all — that response
 *   is final at once (a 429 becomes a `RateLimitError` carrying `retryAfterMs`).
 * - A POST is retried only with an `Idempotency-Key` header.
 * - A 429 starts a client-wide cooldown that every call waits out before its next request.
 *
 * @example
 * ```ts
 * const response = await fetchWithRetries(new Request(url), client, { signal: undefined, timeout: 60_000,
 *   maxRetries: 2, bodyText: undefined, attempts: 0, receivedAt: 0 });
 * ```
 */
export async function fetchWithRetries(request: Request, client: RetryClient, call: RetryCall): Promise<Response> {
  const { signal, timeout, maxRetries } = call;
  const { method, url } = request;
  // A POST is only safe to repeat when the server can recognise the repeat.
  const retryable = method !== 'POST' || request.headers.has('idempotency-key');

  // Bounded: every pass either returns, throws, or counts towards maxRetries.
  for (let retry = 0; ; retry++) {
    signal?.throwIfAborted();
    if (client.cooldownUntil !== 0) await waitOutCooldown(request, client, call);
    // A retry sends a copy with the body given again: the failed attempt may have consumed it.
    const sent = retry === 0 ? request : new Request(request, { body: call.bodyText ?? null });
    call.attempts = retry + 1;

    // The attempt's own signal: its timer (none for an infinite timeout) or the caller's abort.
    const controller = new AbortController();
    const attemptSignal = controller.signal;
    const timer =
      timeout <= LONGEST_TIMER
        ? setTimeout(() => controller.abort(new DOMException('The attempt timed out.', 'TimeoutError')), timeout)
        : undefined;
    const forward = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', forward);
    let response: Response | undefined;
    let failure: unknown;
    try {
      // Settles no later than the attempt's signal aborts, even with a fetch that ignores the
      // signal (the `(request) => mock.fetch(request)` wiring drops it): a timeout or the caller's
      // abort must never wait for an answer that comes late.
      response = await new Promise<Response>((resolve, reject) => {
        attemptSignal.addEventListener('abort', () => reject(attemptSignal.reason));
        client.fetch(sent, { signal: attemptSignal }).then(resolve, reject);
      });
    } catch (error) {
      signal?.throwIfAborted();
      failure = error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }

    const timedOut = attemptSignal.aborted;
    const final = !retryable || retry >= maxRetries;
    // The backoff is drawn only where a retry may follow, so a success costs no random draw.
    let delay: number;
    let event: Pick<RetryEvent, 'reason' | 'status' | 'serverRequested' | 'rateLimit' | 'error'>;
    if (response) {
      const receivedAt = (call.receivedAt = client.now());
      client.observe(response, receivedAt);
      const { status } = response;
      if (status !== 408 && status !== 429 && status < 500) return response;

      // The server's wait: `Retry-After` / `retry-after-ms`, or for a spent 429 the reset.
      const rateLimit = parseRateLimit(response.headers, receivedAt);
      const { retryAfterMs, resetAt } = rateLimit;
      const asked =
        retryAfterMs ??
        (status === 429 && resetAt && !rateLimit.remaining ? Math.max(0, resetAt.getTime() - receivedAt) : undefined);
      delay = asked ?? Math.min(backoffDelay(retry, client.random), timeout);
      if (status === 429 && receivedAt + delay > client.cooldownUntil) {
        client.cooldownUntil = receivedAt + delay;
        client.cooldownInfo = rateLimit;
      }
      if (final || (asked ?? 0) > Math.min(client.maxRetryAfter, timeout)) return response;
      // Not awaited: under msw 2 awaiting cancel() on a mocked body can hang.
      response.body?.cancel().catch(() => undefined);
      event = { reason: 'status', status, serverRequested: asked !== undefined, rateLimit, error: undefined };
    } else {
      if (final) throw failureError(failure, timedOut, request, call, call.attempts);
      delay = Math.min(backoffDelay(retry, client.random), timeout);
      event = {
        reason: timedOut ? 'timeout' : 'connection',
        status: undefined,
        serverRequested: false,
        rateLimit: undefined,
        error: failureError(failure, timedOut, request, call, 1),
      };
    }

    client.onRetry?.({ ...event, attempt: retry + 1, maxRetries, delayMs: delay, method, url });
    if (delay > 0) await client.sleep(delay, signal);
  }
}
