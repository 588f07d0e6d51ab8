/**
 * What the resources share: the openapi-fetch client, the retry state of one `Keysmith` instance,
 * and `run`, which makes one call — its retrying fetch, and the step that turns openapi-fetch's
 * `{ data, error, response }` into a value or an error.
 *
 * @internal
 */
import createClient, { type Client } from 'openapi-fetch';
import { apiPromise, type ApiPromise } from '../api-promise.js';
import { errorFromResponse, KeysmithError } from '../errors.js';
import type { paths } from '../generated/api.js';
import { parseRateLimit, type RateLimitInfo } from '../rate-limit.js';
import type { RequestOptions } from '../request-options.js';
import { fetchWithRetries, type FetchLike, type RetryCall, type RetryClient, type RetryEvent } from '../retry.js';
import type { Sleep } from './sleep.js';

/** The settings a {@link Core} runs with, all resolved. */
export interface CoreSettings {
  baseUrl: string;
  /** Sent with every request: the key and the API version. */
  headers: Record<string, string>;
  maxRetries: number;
  timeout: number;
  maxRetryAfter: number;
  fetch: FetchLike;
  sleep: Sleep;
  now: () => number;
  random: () => number;
  onRetry: ((event: RetryEvent) => void) | undefined;
  onRateLimit: ((info: RateLimitInfo, response: Response) => void) | undefined;
}

/** One method call: its options, and what its attempts leave behind. */
export interface Call extends RetryCall {
  response: Response | undefined;
}

/** What openapi-fetch resolves to. */
type Settled<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/** `"GET /v1/api-keys/key_1"`, for messages. */
function operation(call: Call): string {
  const { request } = call;
  return request ? `${request.method} ${new URL(request.url).pathname}` : 'request';
}

function settle<T>(call: Call, { data, error, response }: Awaited<Settled<T>>): T {
  call.response = response;
  if (!response.ok) {
    throw errorFromResponse({ operation: operation(call), status: response.status, headers: response.headers, body: error, receivedAt: call.receivedAt, attempts: call.attempts });
  }
  if (data === undefined) throw new KeysmithError(`${operation(call)} answered ${response.status} without a body.`);
  return data;
}

export class Core implements RetryClient {
  readonly maxRetries: number;
  readonly timeout: number;
  readonly maxRetryAfter: number;
  readonly fetch: FetchLike;
  readonly sleep: Sleep;
  readonly now: () => number;
  readonly random: () => number;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  readonly #onRateLimit: ((info: RateLimitInfo, response: Response) => void) | undefined;
  cooldownUntil = 0;
  cooldownInfo: RateLimitInfo | undefined = undefined;
  /** The call whose request openapi-fetch is building right now (see {@link Core.run}). */
  #starting: Call | undefined = undefined;
  #lastHeaders: Headers | undefined = undefined;
  #lastReceivedAt = 0;
  #lastInfo: RateLimitInfo | undefined = undefined;

  readonly #api: Client<paths>;

  constructor(settings: CoreSettings) {
    this.maxRetries = settings.maxRetries;
    this.timeout = settings.timeout;
    this.maxRetryAfter = settings.maxRetryAfter;
    this.fetch = settings.fetch;
    this.sleep = settings.sleep;
    this.now = settings.now;
    this.random = settings.random;
    this.onRetry = settings.onRetry;
    this.#onRateLimit = settings.onRateLimit;
    this.#api = createClient<paths>({ baseUrl: settings.baseUrl, headers: settings.headers, fetch: (request: Request) => this.#send(request) });
  }

  /** The fetch openapi-fetch calls: the request of the call being started, sent with retries. */
  #send(request: Request): Promise<Response> {
    const call = this.#starting;
    this.#starting = undefined;
    if (call === undefined) return Promise.reject(new KeysmithError('openapi-fetch sent a request outside a call: this openapi-fetch version is not supported.'));
    return fetchWithRetries(request, this, call);
  }

  /**
   * Makes one call: `send` starts the openapi-fetch request, and the result is the body
   * (`map`ped, for lists) or the mapped error.
   *
   * The call reaches the retrying fetch without a per-call `fetch` option (which costs openapi-fetch
   * about 8 % more per request): openapi-fetch 0.17 (pinned) calls its fetch synchronously from
   * `GET()`/`POST()`… when no middleware is installed, and none ever is on this client, so the
   * request that arrives while `send` runs belongs to this call. Should a later version defer the
   * fetch, {@link Core.#send} fails the call with a clear error instead of mixing calls up.
   */
  run<T, R = T>(options: RequestOptions | undefined, send: (api: Client<paths>) => Settled<T>, map?: (data: T) => R): ApiPromise<R> {
    const call: Call = {
      signal: options?.signal,
      timeout: options?.timeout ?? this.timeout,
      maxRetries: options?.maxRetries ?? this.maxRetries,
      bodyText: undefined,
      request: undefined,
      response: undefined,
      attempts: 0,
      receivedAt: 0,
    };
    let pending: Settled<T>;
    this.#starting = call;
    try {
      pending = send(this.#api);
    } finally {
      this.#starting = undefined;
    }
    const data = pending.then(
      (result) => settle(call, result),
      (error: unknown) => {
        // JSON.parse quotes the text around a syntax error, which could hold a secret.
        throw error instanceof SyntaxError ? new KeysmithError(`${operation(call)} answered with a body that is not valid JSON.`) : error;
      },
    );
    return apiPromise(map ? data.then(map) : (data as Promise<unknown> as Promise<R>), call);
  }

  observe(response: Response, receivedAt: number): void {
    this.#lastHeaders = response.headers;
    this.#lastReceivedAt = receivedAt;
    this.#lastInfo = undefined;
    if (this.#onRateLimit) this.#onRateLimit(this.lastRateLimit as RateLimitInfo, response);
  }

  /** The rate-limit headers of the latest response, parsed on first read. */
  get lastRateLimit(): RateLimitInfo | undefined {
    if (this.#lastInfo === undefined && this.#lastHeaders !== undefined) {
      this.#lastInfo = parseRateLimit(this.#lastHeaders, this.#lastReceivedAt);
    }
    return this.#lastInfo;
  }
}
