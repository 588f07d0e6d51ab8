/**
 * What the resources share: the typed request methods, the retry state of one `Keysmith` instance,
 * and `run`, which makes one call — its request, its retrying fetch, and the step that turns the
 * answer into a value or an error.
 *
 * @internal
 */
import { createFinalURL, type Client } from 'openapi-fetch';
import { apiPromise, type ApiPromise } from '../api-promise.js';
import { errorFromResponse, KeysmithError } from '../errors.js';
import type { paths } from '../generated/api.js';
import { parseRateLimit, type RateLimitInfo } from '../rate-limit.js';
import type { RequestOptions } from '../request-options.js';
import {
  describeRequest,
  fetchWithRetries,
  type FetchLike,
  type RetryCall,
  type RetryClient,
  type RetryEvent,
} from '../retry.js';
import { pathSerializer, querySerializer } from './serializers.js';
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

/**
 * The request methods the resources call, typed by openapi-fetch against the generated `paths`:
 * a path, its parameters or a body that the spec does not allow fails to compile.
 */
export type Api = Pick<Client<paths>, 'GET' | 'POST' | 'PATCH' | 'DELETE'>;

/** What a request method resolves to: openapi-fetch's shape, with `data` always set (an error is thrown instead). */
type Settled<T> = Promise<{ data?: T; response: Response }>;

/** The parameters and body a request method receives. */
interface Init {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, string> };
  body?: unknown;
}

const JSON_BODY = { 'Content-Type': 'application/json' };

export class Core implements RetryClient {
  // The settings are the fields, assigned in one go.
  declare readonly baseUrl: string;
  declare readonly headers: Record<string, string>;
  declare readonly maxRetries: number;
  declare readonly timeout: number;
  declare readonly maxRetryAfter: number;
  declare readonly fetch: FetchLike;
  declare readonly sleep: Sleep;
  declare readonly now: () => number;
  declare readonly random: () => number;
  declare readonly onRetry: ((event: RetryEvent) => void) | undefined;
  declare readonly onRateLimit: ((info: RateLimitInfo, response: Response) => void) | undefined;
  cooldownUntil = 0;
  cooldownInfo: RateLimitInfo | undefined;
  /** The call whose request is being built right now (see {@link Core.run}). */
  #starting: Call | undefined;
  #lastHeaders: Headers | undefined;
  #lastReceivedAt = 0;
  #lastInfo: RateLimitInfo | undefined;
  readonly #api: Api;

  constructor(settings: CoreSettings) {
    Object.assign(this, settings);
    // The generic signatures are openapi-fetch's; one untyped implementation serves them all.
    this.#api = Object.fromEntries(
      ['GET', 'POST', 'PATCH', 'DELETE'].map((method) => [
        method,
        (path: string, init?: Init) => this.#send(method, path, init),
      ]),
    ) as unknown as Api;
  }

  /**
   * Builds the request of the call being started — the URL by openapi-fetch's `createFinalURL`
   * with the SDK's serializers, the body as JSON — sends it with retries, and reads the answer:
   * the parsed body, or the typed error. openapi-fetch's `createClient` is not used: its
   * middleware and response-parsing machinery is half the SDK's browser bundle, and this client
   * needs neither.
   */
  async #send(method: string, path: string, { params = {}, body }: Init = {}): Settled<unknown> {
    const call = this.#starting as Call;
    this.#starting = undefined;
    const url = createFinalURL(path, { baseUrl: this.baseUrl, params, querySerializer, pathSerializer });
    // Kept for retries, which resend it once an attempt has consumed the request's body.
    const bodyText = (call.bodyText = body === undefined ? undefined : JSON.stringify(body));
    const headers = { ...this.headers, ...params.header, ...(bodyText && JSON_BODY) };
    const request = new Request(url, { method, headers, body: bodyText ?? null });
    const response = (call.response = await fetchWithRetries(request, this, call));
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // JSON.parse's own message quotes the text around the fault, which could hold a secret.
    }
    if (!response.ok) {
      // An error body that is not JSON is passed on as text.
      throw errorFromResponse(describeRequest(request), response, parsed === undefined ? text : parsed, call);
    }
    if (parsed === undefined)
      throw new KeysmithError(
        `${describeRequest(request)} answered ${response.status} with ${text ? 'a body that is not JSON' : 'no body'}.`,
      );
    return { data: parsed, response };
  }

  /**
   * Makes one call: `send` starts the request, and the result is the body (`map`ped, for lists) or
   * the typed error. The request methods are this class's own and start synchronously, so the
   * call handed over in `#starting` is always the one `send` starts.
   */
  run<T, R = T>(
    options: RequestOptions | undefined,
    send: (api: Api) => Settled<T>,
    map?: (data: T) => R,
  ): ApiPromise<R> {
    const call: Call = {
      signal: options?.signal,
      timeout: options?.timeout ?? this.timeout,
      maxRetries: options?.maxRetries ?? this.maxRetries,
      bodyText: undefined,
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
    const data = pending.then((result) => result.data as T);
    return apiPromise(map ? data.then(map) : (data as Promise<unknown> as Promise<R>), call);
  }

  observe(response: Response, receivedAt: number): void {
    this.#lastHeaders = response.headers;
    this.#lastReceivedAt = receivedAt;
    this.#lastInfo = undefined;
    // Parsed only when there is a hook to hear it: an optional call skips evaluating its arguments.
    this.onRateLimit?.(this.lastRateLimit as RateLimitInfo, response);
  }

  /** The rate-limit headers of the latest response, parsed on first read. */
  get lastRateLimit(): RateLimitInfo | undefined {
    if (this.#lastInfo === undefined && this.#lastHeaders !== undefined) {
      this.#lastInfo = parseRateLimit(this.#lastHeaders, this.#lastReceivedAt);
    }
    return this.#lastInfo;
  }
}
