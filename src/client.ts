/**
 * The `Keysmith` client: its options, the key check, and the runtime under the methods. The
 * methods themselves (`keys.create`, `me`, …) are generated from openapi.yaml into
 * `generated/keysmith-api.ts`, which this class extends.
 *
 * @module
 */
import { resolveConnection } from './environments.js';
import { KeysmithError } from './errors.js';
import { KeysmithApi } from './generated/keysmith-api.js';
import { Core, type CoreSettings } from './internal/core.js';
import { sleep as realSleep, type Sleep } from './internal/sleep.js';
import type { RateLimitInfo } from './rate-limit.js';
import { RETRY_DEFAULTS, type FetchLike, type RetryEvent } from './retry.js';
import type { Environment } from './types.js';

/**
 * The dated API version this SDK speaks, sent as `Keysmith-Version` on every request.
 *
 * @example
 * ```ts
 * API_VERSION; // "2026-11-01"
 * ```
 */
export const API_VERSION = '2026-11-01';

/**
 * How to build a {@link Keysmith} client. Every option is optional.
 *
 * @example
 * ```ts
 * const client = new Keysmith({
 *   apiKey: process.env.KEYSMITH_API_KEY,
 *   maxRetries: 3,
 *   timeout: 10_000,
 *   onRetry: (event) => console.warn('retrying', event.reason, event.delayMs),
 * });
 * ```
 */
export interface KeysmithOptions {
  /**
   * The secret to authenticate with. Checked offline (format and checksum) when the client is built.
   * @default process.env.KEYSMITH_API_KEY, where there is a `process`
   */
  apiKey?: string | undefined;
  /**
   * The environment to talk to; must match the key's prefix.
   * @default the key's environment (`ks_prod_` → production, `ks_stage_` → staging, `ks_dev_` → development)
   */
  environment?: Environment | undefined;
  /**
   * Overrides the environment's base URL, e.g. `http://127.0.0.1:4010` for a local mock.
   * @default `process.env.KEYSMITH_BASE_URL` when neither `baseUrl` nor `environment` is given
   * (so an app can be pointed at `keysmith-mock` without a code change), else the environment's
   * URL from {@link ENVIRONMENT_BASE_URLS}
   * @example
   * ```ts
   * new Keysmith({ baseUrl: 'http://127.0.0.1:4010' }); // or: KEYSMITH_BASE_URL=http://127.0.0.1:4010
   * ```
   */
  baseUrl?: string | undefined;
  /**
   * Retries after the first attempt, for 408, 429, 5xx, connection failures and timeouts.
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * Milliseconds each attempt may take until the response headers arrive. It also bounds the waits:
   * the backoff is capped at it, and a server-requested wait longer than it is not waited (the call
   * fails at once with the response's error). `Infinity` turns it off.
   * @default 60000
   */
  timeout?: number | undefined;
  /**
   * The longest wait a server may ask for (`Retry-After`, `retry-after-ms`, rate-limit reset).
   * A longer one is not waited: the call fails at once with the error (a {@link RateLimitError}
   * carrying `retryAfterMs` for a 429).
   * @default 60000
   */
  maxRetryAfter?: number | undefined;
  /**
   * The fetch to send requests with. It receives a `Request` and, as `init.signal`, the attempt's
   * abort signal.
   * @default the global `fetch`, looked up on every request (so MSW or other interceptors
   * installed after the client is built still apply)
   */
  fetch?: FetchLike | undefined;
  /** Called before each retry, with why and how long the client waits. A hook that throws fails the call. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Called with the parsed rate-limit headers of every response (each attempt's). A hook that throws fails the call. */
  onRateLimit?: ((info: RateLimitInfo, response: Response) => void) | undefined;
  /**
   * Testing hook: how the client waits between attempts. Must reject with the signal's reason
   * when the signal aborts.
   * @default a `setTimeout` wait
   */
  sleep?: Sleep | undefined;
  /**
   * Testing hook: the clock, in epoch milliseconds.
   * @default Date.now
   */
  now?: (() => number) | undefined;
  /**
   * Testing hook: the random source for backoff jitter, in [0, 1).
   * @default Math.random
   */
  random?: (() => number) | undefined;
}

const globalFetch: FetchLike = (request, init) => globalThis.fetch(request, init);

/** Throws unless `maxRetries` is a whole number ≥ 0. */
function checkMaxRetries(maxRetries: number): void {
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new KeysmithError(`maxRetries must be a whole number ≥ 0 (0 turns retries off); got ${maxRetries}.`);
  }
}

/** Throws unless a duration option (`timeout`, `maxRetryAfter`) is a number of milliseconds > 0. */
function checkMilliseconds(name: 'timeout' | 'maxRetryAfter', value: number): void {
  if (Number.isNaN(value) || value <= 0)
    throw new KeysmithError(`${name} must be a number of milliseconds > 0 (Infinity for none); got ${value}.`);
}

/** The options resolved: the connection, and every setting of the client's core. */
function resolveSettings(options: KeysmithOptions): {
  environment: Environment;
  baseUrl: string;
  settings: CoreSettings;
} {
  const { apiKey, environment, baseUrl } = resolveConnection(options);
  const maxRetries = options.maxRetries ?? RETRY_DEFAULTS.maxRetries;
  const timeout = options.timeout ?? RETRY_DEFAULTS.timeoutMs;
  const maxRetryAfter = options.maxRetryAfter ?? RETRY_DEFAULTS.maxRetryAfterMs;
  checkMaxRetries(maxRetries);
  checkMilliseconds('timeout', timeout);
  checkMilliseconds('maxRetryAfter', maxRetryAfter);
  const settings: CoreSettings = {
    baseUrl,
    headers: { Authorization: `Bearer ${apiKey}`, 'Keysmith-Version': API_VERSION },
    maxRetries,
    timeout,
    maxRetryAfter,
    fetch: options.fetch ?? globalFetch,
    sleep: options.sleep ?? realSleep,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    onRetry: options.onRetry,
    onRateLimit: options.onRateLimit,
  };
  return { environment, baseUrl, settings };
}

/**
 * The Keysmith API client. Building one checks the key offline; each method sends one request
 * (retrying as configured) and resolves to the generated response type or throws a typed error.
 * The methods — `keys.create`, `keys.list`, …, `rateLimit.get`, `me` — are generated from
 * openapi.yaml, with the spec's summaries and examples as their docs.
 *
 * The rate-limit headers of every response are reachable three ways: `client.lastRateLimit`
 * (the latest response's), `await method(...).withResponse()` (that call's), and the
 * `onRateLimit` hook (every response, as it arrives). Errors carry them as `error.rateLimit`.
 *
 * @example
 * ```ts
 * import { Keysmith } from 'keysmith';
 *
 * const client = new Keysmith(); // reads KEYSMITH_API_KEY
 * const key = await client.keys.create({ name: 'CI', permissions: ['keys:read'] });
 * for await (const k of client.keys.list()) console.log(k.id, k.status);
 * console.log(client.lastRateLimit?.remaining);
 * ```
 * @example Against the local mock
 * ```ts
 * const client = new Keysmith({ apiKey: adminKey, baseUrl: 'http://127.0.0.1:4010' });
 * ```
 */
export class Keysmith extends KeysmithApi {
  /** The environment this client talks to. */
  readonly environment: Environment;
  /** The base URL requests go to. */
  readonly baseUrl: string;
  readonly #core: Core;

  constructor(options: KeysmithOptions = {}) {
    const { environment, baseUrl, settings } = resolveSettings(options);
    const core = new Core(settings);
    super(core);
    this.#core = core;
    this.environment = environment;
    this.baseUrl = baseUrl;
  }

  /**
   * The parsed rate-limit headers of the latest response this client received (any call, success
   * or error), or `undefined` before the first. With concurrent calls, prefer `withResponse()`.
   *
   * @example
   * ```ts
   * await client.keys.list();
   * if (client.lastRateLimit?.remaining === 0) console.warn('out of quota until', client.lastRateLimit.resetAt);
   * ```
   */
  get lastRateLimit(): RateLimitInfo | undefined {
    return this.#core.lastRateLimit;
  }

  /** The client's safe settings, never the key. */
  toJSON(): {
    /** The environment the client talks to. */
    environment: Environment;
    /** The base URL requests go to. */
    baseUrl: string;
  } {
    return { environment: this.environment, baseUrl: this.baseUrl };
  }
}
