/**
 * The retrying fetch every request is sent with: per-attempt timeout, backoff with jitter, the
 * server's `Retry-After` / reset honoured exactly, a cap on server-requested waits, and one shared
 * cooldown per client after a 429. It reads rate-limit headers only through `parseRateLimit`.
 *
 * It holds no state of its own: the client's settings, the client's state it changes (the
 * cooldown, the latest response) and the call it works for are all passed in.
 *
 * @module
 */
import { ConnectionError, RateLimitError, TimeoutError, type KeysmithError } from './errors.js';
import type { Sleep } from './internal/sleep.js';
import { record, text } from './internal/unknown-values.js';
import { parseRateLimit, serverRequestedWait, type RateLimitInfo } from './rate-limit.js';

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

/** The client-wide settings the retry loop reads: injected I/O, limits and hooks. @internal */
export interface RetrySettings {
  readonly fetch: FetchLike;
  readonly sleep: Sleep;
  readonly now: () => number;
  readonly random: () => number;
  readonly maxRetryAfter: number;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  readonly onRateLimit: ((info: RateLimitInfo, response: Response) => void) | undefined;
}

/** A response's headers and when it arrived: what `parseRateLimit` needs to read it later. @internal */
export interface ReceivedResponse {
  readonly headers: Headers;
  /** Epoch ms. */
  readonly receivedAt: number;
}

/**
 * The client-wide state the retry loop changes, shared by every call of one client. Passed to
 * {@link fetchWithRetries} by the client that owns it.
 *
 * @internal
 */
export interface RetryState {
  /** Epoch ms before which no request is sent (after a 429); 0 when there is no cooldown. */
  cooldownUntil: number;
  /** The rate-limit headers of the 429 that started the cooldown. */
  cooldownInfo: RateLimitInfo | undefined;
  /** The latest response of any call, success or error. */
  latestResponse: ReceivedResponse | undefined;
}

/** One call, as the retry loop sees it: its options, and what its attempts leave behind. @internal */
export interface RetryCall {
  readonly signal: AbortSignal | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  /**
   * The request's body as sent (`undefined` for none), set where the request is built: a retry
   * rebuilds the request from it once an attempt consumed the body.
   */
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

/** How an attempt without a response ended: it timed out, or its fetch failed. */
interface NoResponse {
  readonly timedOut: boolean;
  /** What the fetch rejected with (for a timeout, the attempt signal's reason). */
  readonly failure: unknown;
}

/** How one attempt ended: with a response, or without one. */
type AttemptOutcome = { readonly response: Response } | ({ readonly response: undefined } & NoResponse);

/** `" after 3 attempts"` when there was more than one, for messages. */
const afterAttempts = (attempts: number): string => (attempts > 1 ? ` after ${attempts} attempts` : '');

/** What a failed fetch said (it may reject with anything): its message, with the system error code of its cause (`ECONNREFUSED`) when there is one. */
function describeFailure(failure: unknown): string {
  const message = text(record(failure)?.['message']);
  if (message === undefined) return 'the fetch failed';
  const code = text(record(record(failure)?.['cause'])?.['code']);
  return code === undefined ? message : `${message} (${code})`;
}

/** The error for a call whose attempts got no response: the last one timed out, or its fetch failed. */
function noResponseError(request: Request, call: RetryCall, attempts: number, outcome: NoResponse): KeysmithError {
  const operation = describeRequest(request);
  if (outcome.timedOut) {
    return new TimeoutError(
      `${operation} timed out${afterAttempts(attempts)}: no response within ${call.timeout} ms. Raise the timeout option or check the network.`,
    );
  }
  const { origin } = new URL(request.url);
  return new ConnectionError(
    `${operation} got no response${afterAttempts(attempts)}: ${describeFailure(outcome.failure)}. Check baseUrl (${origin}) and the network.`,
    { cause: outcome.failure },
  );
}

/** Whether a response's status is worth another attempt: a timeout, a rate limit, or a server error. */
const isRetryableStatus = (status: number): boolean => status === 408 || status === 429 || status >= 500;

/** Records a response as the client's latest and tells the `onRateLimit` hook about it. */
function observe(response: Response, receivedAt: number, settings: RetrySettings, state: RetryState): void {
  state.latestResponse = { headers: response.headers, receivedAt };
  // Parsed here only for the hook: without one, the headers are parsed when someone asks.
  if (settings.onRateLimit !== undefined) settings.onRateLimit(parseRateLimit(response.headers, receivedAt), response);
}

/** Starts or extends the client's cooldown after a 429: every call waits it out before its next request. */
function coolDown(state: RetryState, until: number, rateLimit: RateLimitInfo): void {
  if (until > state.cooldownUntil) {
    state.cooldownUntil = until;
    state.cooldownInfo = rateLimit;
  }
}

/** Waits out the client's cooldown, or fails at once, sending nothing, when it is longer than this call may wait. */
async function waitOutCooldown(
  request: Request,
  call: RetryCall,
  settings: RetrySettings,
  state: RetryState,
): Promise<void> {
  const wait = state.cooldownUntil - settings.now();
  if (wait <= 0) {
    state.cooldownUntil = 0;
    return;
  }
  if (wait <= settings.maxRetryAfter && wait <= call.timeout) {
    await settings.sleep(wait, call.signal);
    return;
  }
  const seconds = Math.ceil(wait / 1000);
  const limit =
    wait > settings.maxRetryAfter ? `maxRetryAfter (${settings.maxRetryAfter} ms)` : `timeout (${call.timeout} ms)`;
  throw new RateLimitError(
    `${describeRequest(request)} was not sent: this client is cooling down after a 429 for ${seconds} s more, longer than ${limit}. Retry after ${seconds} s.`,
    {
      status: 429,
      code: 'rate_limited',
      type: 'rate_limit_error',
      param: undefined,
      details: undefined,
      requestId: undefined,
      rateLimit: state.cooldownInfo ?? parseRateLimit({}),
      retryAfterMs: wait,
    },
  );
}

/**
 * Sends one attempt with its own signal: its timer (none for an infinite timeout) or the caller's
 * abort, whichever comes first. Rejects with the caller's abort reason; any other failure is an
 * outcome without a response.
 */
async function sendAttempt(request: Request, call: RetryCall, settings: RetrySettings): Promise<AttemptOutcome> {
  const { signal, timeout } = call;
  const controller = new AbortController();
  const attemptSignal = controller.signal;
  const timer =
    timeout <= LONGEST_TIMER
      ? setTimeout(() => {
          controller.abort(new DOMException('The attempt timed out.', 'TimeoutError'));
        }, timeout)
      : undefined;
  const forward = (): void => {
    controller.abort(signal?.reason);
  };
  signal?.addEventListener('abort', forward);
  try {
    // Settles no later than the attempt's signal aborts, even with a fetch that ignores the
    // signal (the `(request) => mock.fetch(request)` wiring drops it): a timeout or the caller's
    // abort must never wait for an answer that comes late.
    const response = await new Promise<Response>((resolve, reject) => {
      attemptSignal.addEventListener('abort', () => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the attempt fails with its signal's own reason (a timeout, or the caller's), as fetch does
        reject(attemptSignal.reason);
      });
      settings.fetch(request, { signal: attemptSignal }).then(resolve, reject);
    });
    return { response };
  } catch (failure) {
    signal?.throwIfAborted();
    return { response: undefined, timedOut: attemptSignal.aborted, failure };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
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
 * - A 429 starts a client-wide cooldown (in `state`) that every call waits out before its next request.
 * - Every response becomes `state.latestResponse` and is shown to the `onRateLimit` hook.
 *
 * @param request - the first attempt's request; a retry sends a copy with `call.bodyText` as its body.
 * @param call - the call's options; its `attempts` and `receivedAt` are updated as attempts are made.
 * @param settings - the client's settings.
 * @param state - the client's state, shared by its calls: the cooldown and the latest response.
 * @example
 * ```ts
 * const state: RetryState = { cooldownUntil: 0, cooldownInfo: undefined, latestResponse: undefined };
 * const call: RetryCall = { signal: undefined, timeout: 60_000, maxRetries: 2, bodyText: undefined, attempts: 0, receivedAt: 0 };
 * const response = await fetchWithRetries(new Request(url), call, settings, state);
 * ```
 */
export async function fetchWithRetries(
  request: Request,
  call: RetryCall,
  settings: RetrySettings,
  state: RetryState,
): Promise<Response> {
  const { signal, timeout, maxRetries } = call;
  const { method, url } = request;
  // A POST is only safe to repeat when the server can recognise the repeat.
  const retryable = method !== 'POST' || request.headers.has('idempotency-key');

  // Bounded: every pass either returns, throws, or counts towards maxRetries.
  for (let retry = 0; ; retry++) {
    signal?.throwIfAborted();
    if (state.cooldownUntil !== 0) await waitOutCooldown(request, call, settings, state);
    // A retry sends a copy with the body given again: the failed attempt may have consumed it.
    const sent = retry === 0 ? request : new Request(request, { body: call.bodyText ?? null });
    call.attempts = retry + 1;
    const outcome = await sendAttempt(sent, call, settings);
    const final = !retryable || retry >= maxRetries;

    // The backoff is drawn only where a retry may follow, so a success costs no random draw.
    let delay: number;
    let event: Pick<RetryEvent, 'reason' | 'status' | 'serverRequested' | 'rateLimit' | 'error'>;
    if (outcome.response !== undefined) {
      const { response } = outcome;
      const receivedAt = settings.now();
      call.receivedAt = receivedAt;
      observe(response, receivedAt, settings, state);
      const { status } = response;
      if (!isRetryableStatus(status)) return response;

      const rateLimit = parseRateLimit(response.headers, receivedAt);
      const asked = serverRequestedWait(status, rateLimit, receivedAt);
      delay = asked ?? Math.min(backoffDelay(retry, settings.random), timeout);
      if (status === 429) coolDown(state, receivedAt + delay, rateLimit);
      const askedTooMuch = asked !== undefined && asked > Math.min(settings.maxRetryAfter, timeout);
      if (final || askedTooMuch) return response;
      // Not awaited: under msw 2 awaiting cancel() on a mocked body can hang.
      response.body?.cancel().catch(() => undefined);
      event = { reason: 'status', status, serverRequested: asked !== undefined, rateLimit, error: undefined };
    } else {
      if (final) throw noResponseError(request, call, call.attempts, outcome);
      delay = Math.min(backoffDelay(retry, settings.random), timeout);
      event = {
        reason: outcome.timedOut ? 'timeout' : 'connection',
        status: undefined,
        serverRequested: false,
        rateLimit: undefined,
        error: noResponseError(request, call, 1, outcome),
      };
    }

    settings.onRetry?.({ ...event, attempt: retry + 1, maxRetries, delayMs: delay, method, url });
    if (delay > 0) await settings.sleep(delay, signal);
  }
}
