/**
 * The request core: what every generated method goes through. {@link Core.run} starts one call;
 * the call then travels as an argument through the request it makes — built by openapi-fetch's
 * `createFinalURL`, sent by the retrying fetch, and read into a value or a typed error.
 *
 * One `Core` belongs to one `Keysmith` client and holds its settings and its state (the cooldown
 * and the latest response, which the retry loop changes) apart.
 *
 * @internal
 */
import { createFinalURL, type Client } from 'openapi-fetch';
import { apiPromise, type ApiPromise } from '../api-promise.js';
import { errorFromResponse, KeysmithError } from '../errors.js';
import type { paths } from '../generated/api.js';
import { Page, pagePromise, type PagePromise } from '../pagination.js';
import { parseRateLimit, type RateLimitInfo } from '../rate-limit.js';
import type { RequestOptions } from '../request-options.js';
import {
  describeRequest,
  fetchWithRetries,
  type ReceivedResponse,
  type RetryCall,
  type RetrySettings,
  type RetryState,
} from '../retry.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { pathSerializer, querySerializer } from './serializers.js';

/** The settings a {@link Core} runs with, all resolved; they never change. */
export interface CoreSettings extends RetrySettings {
  readonly baseUrl: string;
  /** Sent with every request: the key and the API version. */
  readonly headers: Readonly<Record<string, string>>;
  /** The client's default; a call's options may override it. */
  readonly maxRetries: number;
  /** The client's default; a call's options may override it. */
  readonly timeout: number;
}

/**
 * What a generated method tells the core about its call: the caller's options, and whether the
 * operation takes an `Idempotency-Key` (the generator reads that from the spec).
 */
export interface CallPlan {
  readonly options: RequestOptions | undefined;
  /** Send an `Idempotency-Key`: the caller's `options.idempotencyKey`, or a fresh one, the same on every attempt. */
  readonly idempotent?: boolean;
}

/** One method call: its options, resolved, and what its attempts leave behind. */
export interface Call extends RetryCall {
  /** The call's `Idempotency-Key`, when its operation takes one. */
  readonly idempotencyKey: string | undefined;
  /** The final response, once it has arrived: `withResponse()` reads it. */
  response: Response | undefined;
}

/** A list operation's body, as the runtime's {@link Page} reads it. */
interface ListBody<Item> {
  data: Item[];
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * The request methods a resource calls, typed by openapi-fetch against the generated `paths`: a
 * path, its parameters or a body that the spec does not allow fails to compile.
 */
export type Api = Pick<Client<paths>, 'GET' | 'POST' | 'PATCH' | 'DELETE'>;

/** What a request method resolves to: openapi-fetch's shape, with `data` always set (an error is thrown instead). */
type Settled<T> = Promise<{ data?: T; response: Response }>;

/** The parameters and body a request method receives. */
interface Init {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, string> };
  body?: unknown;
}

/** A body parsed as JSON; `undefined` stands for a body that is not JSON. */
function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) };
  } catch {
    // JSON.parse's own message quotes the text around the fault, which could hold a secret.
    return undefined;
  }
}

/** What each of {@link Api}'s methods does, untyped. */
type UntypedMethod = (path: string, init?: Init) => Settled<unknown>;

/**
 * The request methods of one call: each makes that call's request. Handed out typed as
 * {@link Api}: openapi-fetch's signatures are generic over the spec's paths, so they check each
 * call site, and these untyped implementations serve them all. (Methods of a class rather than
 * closures: nothing is allocated per call but the object itself.)
 */
class CallRequests implements Record<keyof Api, UntypedMethod> {
  readonly #core: Core;
  readonly #call: Call;

  constructor(core: Core, call: Call) {
    this.#core = core;
    this.#call = call;
  }

  GET(path: string, init?: Init): Settled<unknown> {
    return this.#core.send(this.#call, 'GET', path, init);
  }

  POST(path: string, init?: Init): Settled<unknown> {
    return this.#core.send(this.#call, 'POST', path, init);
  }

  PATCH(path: string, init?: Init): Settled<unknown> {
    return this.#core.send(this.#call, 'PATCH', path, init);
  }

  DELETE(path: string, init?: Init): Settled<unknown> {
    return this.#core.send(this.#call, 'DELETE', path, init);
  }
}

export class Core {
  readonly #settings: CoreSettings;
  /** Changed by the retry loop, shared by every call of this client. */
  readonly #state: RetryState = { cooldownUntil: 0, cooldownInfo: undefined, latestResponse: undefined };
  /** The parsed rate-limit headers of `#state.latestResponse`, made on the first read after it arrived. */
  #latestRateLimit: { of: ReceivedResponse; info: RateLimitInfo } | undefined;

  constructor(settings: CoreSettings) {
    this.#settings = settings;
  }

  /**
   * Makes one call: `request` makes it through the typed methods it is given (bound to this call),
   * and the result is the body (`map`ped, for lists) or the typed error.
   *
   * @example
   * ```ts
   * return core.run({ options }, (api) => api.GET('/v1/api-keys/{id}', { params: { path: { id } } }));
   * ```
   */
  run<T>(plan: CallPlan, request: (api: Api) => Settled<T>): ApiPromise<T>;
  run<T, R>(plan: CallPlan, request: (api: Api) => Settled<T>, map: (data: T) => R): ApiPromise<R>;
  run<T, R>(plan: CallPlan, request: (api: Api) => Settled<T>, map?: (data: T) => R): ApiPromise<T | R> {
    const { options } = plan;
    const call: Call = {
      signal: options?.signal,
      timeout: options?.timeout ?? this.#settings.timeout,
      maxRetries: options?.maxRetries ?? this.#settings.maxRetries,
      idempotencyKey: plan.idempotent === true ? (options?.idempotencyKey ?? newIdempotencyKey()) : undefined,
      bodyText: undefined,
      attempts: 0,
      receivedAt: 0,
      response: undefined,
    };
    // Typed by openapi-fetch's signatures (see CallRequests).
    const api = new CallRequests(this, call) as unknown as Api;
    // openapi-fetch's shape has `data` optional; `send` always sets it, or throws.
    const data = request(api).then((settled) => settled.data as T);
    return apiPromise(map === undefined ? data : data.then(map), call);
  }

  /**
   * Makes one call of a list operation: its result is a {@link Page} that can fetch the next one
   * with `next(cursor)`, and iterates every item of every page with `for await`.
   *
   * @example
   * ```ts
   * return core.page(
   *   { options },
   *   (api) => api.GET('/v1/api-keys', { params: { query: params } }),
   *   (cursor) => this.list({ ...params, starting_after: cursor }, options),
   * );
   * ```
   */
  page<Item>(
    plan: CallPlan,
    request: (api: Api) => Settled<ListBody<Item>>,
    next: (cursor: string) => PagePromise<Item>,
  ): PagePromise<Item> {
    return pagePromise(this.run(plan, request, (body) => new Page(body, next)));
  }

  /** The rate-limit headers of the latest response this client received, parsed on first read. */
  get lastRateLimit(): RateLimitInfo | undefined {
    const latest = this.#state.latestResponse;
    if (latest === undefined) return undefined;
    if (this.#latestRateLimit?.of !== latest) {
      this.#latestRateLimit = { of: latest, info: parseRateLimit(latest.headers, latest.receivedAt) };
    }
    return this.#latestRateLimit.info;
  }

  /**
   * Builds the call's request, sends it with retries, and reads the answer: the parsed body, or
   * the typed error. openapi-fetch's `createClient` is not used: its middleware and
   * response-parsing machinery is half the SDK's browser bundle, and this client needs neither.
   * Reached through a call's {@link CallRequests}.
   */
  async send(call: Call, method: string, path: string, init: Init = {}): Settled<unknown> {
    const request = this.#buildRequest(call, method, path, init);
    const response = await fetchWithRetries(request, call, this.#settings, this.#state);
    call.response = response;
    const text = await response.text();
    return { data: bodyOf(request, response, text, call), response };
  }

  /** The request: the URL by `createFinalURL` with the SDK's serializers, the client's headers, the body as JSON. */
  #buildRequest(call: Call, method: string, path: string, { params = {}, body }: Init): Request {
    const { baseUrl } = this.#settings;
    const url = createFinalURL(path, { baseUrl, params, querySerializer, pathSerializer });
    const headers: Record<string, string> = { ...this.#settings.headers, ...params.header };
    if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      // Kept for retries, which resend it once an attempt has consumed the request's body.
      call.bodyText = JSON.stringify(body);
    }
    return new Request(url, { method, headers, body: call.bodyText ?? null });
  }
}

/** What the final response's body `text` comes to: its JSON for a success; the typed error otherwise. */
function bodyOf(request: Request, response: Response, text: string, call: Call): unknown {
  const json = parseJson(text);
  if (!response.ok) {
    // An error body that is not JSON is passed on as text.
    throw errorFromResponse(describeRequest(request), response, json === undefined ? text : json.value, call);
  }
  if (json === undefined) {
    const what = text === '' ? 'no body' : 'a body that is not JSON';
    throw new KeysmithError(`${describeRequest(request)} answered ${response.status} with ${what}.`);
  }
  return json.value;
}
