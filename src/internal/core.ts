/**
 * What the resources share: the openapi-fetch client, the retry state of one `Keysmith` instance,
 * and the step that turns openapi-fetch's `{ data, error, response }` into a value or an error.
 *
 * @internal
 */
import createClient, { type Client } from 'openapi-fetch';
import { ApiPromise } from '../api-promise.js';
import { errorFromResponse, KeysmithError } from '../errors.js';
import type { paths } from '../generated/api.js';
import { parseRateLimit, type RateLimitInfo } from '../rate-limit.js';
import type { RequestOptions } from '../request-options.js';
import { fetchWithRetries, type FetchLike, type RetryCall, type RetryClient, type RetryEvent } from '../retry.js';
import { newIdempotencyKey } from './idempotency-key.js';
import type { Sleep } from './sleep.js';

/** The settings a {@link Core} runs with, all resolved. */
export interface CoreSettings {
  apiKey: string;
  apiVersion: string;
  baseUrl: string;
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
export class Call implements RetryCall {
  readonly signal: AbortSignal | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  bodyText: string | undefined = undefined;
  request: Request | undefined = undefined;
  response: Response | undefined = undefined;
  attempts = 0;
  receivedAt = 0;
  readonly #core: Core;

  constructor(core: Core, options: RequestOptions | undefined) {
    this.#core = core;
    this.signal = options?.signal;
    this.timeout = options?.timeout ?? core.timeout;
    this.maxRetries = options?.maxRetries ?? core.maxRetries;
  }

  /** The fetch openapi-fetch calls for this call. */
  readonly fetch = (request: Request): Promise<Response> => fetchWithRetries(request, this.#core, this);

  /** The body serializer for this call: keeps the JSON so a retry can resend it. */
  readonly serializeBody = (body: unknown): string => (this.bodyText = JSON.stringify(body));

  /** `"GET /v1/api-keys/key_1"`, for messages. */
  operation(): string {
    const { request } = this;
    return request ? `${request.method} ${new URL(request.url).pathname}` : 'request';
  }
}

type Settled<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

export class Core implements RetryClient {
  readonly api: Client<paths>;
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
  #lastHeaders: Headers | undefined = undefined;
  #lastReceivedAt = 0;
  #lastInfo: RateLimitInfo | undefined = undefined;

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
    this.api = createClient<paths>({
      baseUrl: settings.baseUrl,
      // Every method passes its own retrying fetch; this one only stops openapi-fetch from
      // capturing globalThis.fetch at creation time.
      fetch: (request) => settings.fetch(request),
      headers: { Authorization: `Bearer ${settings.apiKey}`, 'Keysmith-Version': settings.apiVersion },
    });
  }

  /** A new call with the client's defaults under `options`. */
  call(options: RequestOptions | undefined): Call {
    return new Call(this, options);
  }

  /** The idempotency key of a POST call: the caller's, or a fresh one reused by all its attempts. */
  idempotencyKey(options: RequestOptions | undefined): string {
    return options?.idempotencyKey ?? newIdempotencyKey();
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

  /** Wraps openapi-fetch's result: the body on success, the mapped error otherwise. */
  settle<T>(call: Call, pending: Settled<T>): ApiPromise<T> {
    return new ApiPromise(this.unwrap(call, pending), call);
  }

  async unwrap<T>(call: Call, pending: Settled<T>): Promise<T> {
    let result: Awaited<Settled<T>>;
    try {
      result = await pending;
    } catch (error) {
      // JSON.parse quotes the text around a syntax error, which could hold a secret.
      if (error instanceof SyntaxError) throw new KeysmithError(`${call.operation()} answered with a body that is not valid JSON.`);
      throw error;
    }
    const { data, error, response } = result;
    call.response = response;
    if (!response.ok) {
      throw errorFromResponse({
        operation: call.operation(),
        status: response.status,
        headers: response.headers,
        body: error,
        receivedAt: call.receivedAt,
        attempts: call.attempts,
      });
    }
    if (data === undefined) throw new KeysmithError(`${call.operation()} answered ${response.status} without a body.`);
    return data;
  }
}
