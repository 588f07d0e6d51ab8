/**
 * The public shape of the mock: what `createMockApi()` returns and the options it takes.
 * The core (`MockApi.fetch`) is one fetch-style function; the MSW handlers and the `node:http`
 * server are thin adapters over it.
 */
import type { RequestHandler } from 'msw';
import type { Environment } from '../src/secret-format.js';

export type { Environment };

/**
 * A key the mock starts with, with a secret the test knows (a fixture).
 *
 * @example
 * ```ts
 * const reader: SeedKey = { secret: createSecret('production'), name: 'Reader', permissions: ['keys:read'] };
 * const mock = createMockApi({ keys: [reader] });
 * ```
 */
export interface SeedKey {
  /** The full secret (must pass the checksum; make one with `createSecret`). */
  secret: string;
  /** Defaults to a generated id. */
  id?: string;
  /** Defaults to a generated name. */
  name?: string;
  /** What the key is for; defaults to `null`. */
  description?: string | null;
  /** Defaults to `['admin:*']`. */
  permissions?: string[];
  /** Defaults to `active`. */
  status?: 'active' | 'inactive' | 'revoked';
  /** The key's own quotas; a quota left out takes the plan's (see {@link PlanLimits}). */
  rate_limit?: {
    /** Requests allowed per minute. */
    per_minute?: number;
    /** Requests allowed per hour. */
    per_hour?: number;
  };
  /** RFC 3339, a `Date`, or `null` for never. */
  expires_at?: string | Date | null;
  /** Up to 20 string values of your own, kept with the key. */
  metadata?: Record<string, string>;
}

/**
 * The plan's default rate limits, applied to keys that set none (the seeded admin keys included).
 *
 * @example
 * ```ts
 * // A long suite on a frozen clock: raise the limits so only the tests about limits meet them.
 * createMockApi({ plan: { per_minute: 10_000, per_hour: 100_000 } });
 * ```
 */
export interface PlanLimits {
  /** @default 100 */
  per_minute: number;
  /** @default 1000 */
  per_hour: number;
}

/**
 * Options of `createMockApi`.
 *
 * @example
 * ```ts
 * createMockApi({
 *   now: '2026-11-01T00:00:00Z',
 *   randomBytes: mySeededSource, // reproducible ids and secrets
 *   baseUrls: { staging: 'http://127.0.0.1:4010/staging' },
 * });
 * ```
 */
export interface MockApiOptions {
  /** Start time of the mock clock. Without it the clock follows real time until `set`/`advance` is called. */
  now?: Date | string | number;
  /** Extra keys to seed, with secrets the test knows. */
  keys?: SeedKey[];
  /** Secrets of the seeded `admin:*` keys, one per environment; generated when left out. */
  adminKeys?: Partial<Record<Environment, string>>;
  /** Default per-key limits. */
  plan?: Partial<PlanLimits>;
  /** Base URL of each environment; defaults to the reserved `*.keysmith.example` hosts. */
  baseUrls?: Partial<Record<Environment, string>>;
  /** Random bytes source, for reproducible secrets and ids. Defaults to `crypto.getRandomValues`. */
  randomBytes?: (count: number) => Uint8Array;
  /** The account that owns every key (shown by `GET /v1/me`). */
  owner?: {
    /** The account's id. */
    id: string;
    /** The account's name. */
    name: string;
  };
  /**
   * How many entries the request log keeps (the oldest are dropped first), so long runs stay small.
   * @default 10000
   */
  requestLogLimit?: number;
}

/**
 * The mock's only source of time: expiry, rate-limit windows, usage days, idempotency records.
 *
 * @example
 * ```ts
 * mock.clock.set('2026-11-01T23:59:59Z');
 * mock.clock.advance(1000); // a new UTC day: requests_today starts again at 0
 * ```
 */
export interface MockClock {
  /** The mock's current time. */
  now(): Date;
  /** Moves time forward (and freezes it there). */
  advance(ms: number): void;
  /** Jumps to a moment (and freezes it there). */
  set(date: Date | string | number): void;
}

/**
 * One entry of the request log. Never holds a secret or the Authorization header (a secret put
 * in the URL shows as its masked label).
 *
 * @example
 * ```ts
 * const last = mock.requests.all().at(-1);
 * expect(last).toMatchObject({ operation: 'revokeApiKey', status: 200 });
 * ```
 */
export interface LoggedRequest {
  /** The HTTP method. */
  method: string;
  /** The full URL. */
  url: string;
  /** `/v1/api-keys/{id}` style path template, or `null` when no route matched. */
  route: string | null;
  /** The operationId that served the request, or `null`. */
  operation: string | null;
  /** The environment whose base URL the request used, or `null` when it matched none. */
  environment: Environment | null;
  /** Id of the key that authenticated, or `null`. */
  keyId: string | null;
  /** The status answered. */
  status: number;
  /** The error code when the answer was an error. */
  errorCode: string | null;
  /** The `X-Request-Id` answered. */
  requestId: string;
  /** Mock-clock time of the request. */
  at: Date;
  /** Whether the answer came from an injected fault. */
  faulted: boolean;
}

/**
 * What an injected fault does.
 * - `{ status, headers?, body? }` — answer this status (with the API's own error body unless `body` is given);
 * - `{ network: true }` — fail at the network level (the core rejects with `MockNetworkError`);
 * - `{ delayMs }` — wait this many real milliseconds, then answer normally.
 * With `afterCommit: true` a status or network fault lets the request take effect first and only
 * replaces (or loses) its answer — the "server committed, client never heard" case that
 * `Idempotency-Key` exists for.
 *
 * @example
 * ```ts
 * mock.faults.inject({ status: 503, headers: { 'Retry-After': '2' } }, 2);
 * mock.faults.inject({ network: true, afterCommit: true });
 * mock.faults.inject({ delayMs: 50 });
 * ```
 */
export type Fault =
  | {
      /** The status to answer. */
      status: number;
      /** Headers to add, e.g. `Retry-After`. */
      headers?: Record<string, string>;
      /** A body to send instead of the API's error body for the status. */
      body?: unknown;
      /** Let the request take effect first, then replace its answer. */
      afterCommit?: boolean;
    }
  | {
      /** Fail at the network level: no response at all. */
      network: true;
      /** Let the request take effect first, then lose its answer. */
      afterCommit?: boolean;
    }
  | {
      /** Real milliseconds to wait before answering normally. */
      delayMs: number;
    };

/**
 * Fault injection: what the next requests get instead of (or before) their answer.
 *
 * @example
 * ```ts
 * mock.faults.inject({ status: 500 }, 3);
 * mock.faults.pending; // 3
 * mock.faults.clear();
 * ```
 */
export interface MockFaults {
  /** The next `count` requests (default 1) get this fault instead of (or, for a delay, before) their answer. */
  inject(fault: Fault, count?: number): void;
  /** Drops every pending fault. */
  clear(): void;
  /** How many faulted requests are still pending. */
  readonly pending: number;
}

/**
 * The requests the mock answered, oldest first.
 *
 * @example
 * ```ts
 * const creates = mock.requests.all().filter((entry) => entry.operation === 'createApiKey');
 * mock.requests.clear();
 * ```
 */
export interface MockRequestLog {
  /** Every logged request, oldest first (at most `requestLogLimit`). */
  all(): readonly LoggedRequest[];
  /** Empties the log. */
  clear(): void;
}

/**
 * What `mock.clientOptions()` returns: three `Keysmith` options, typed here without the SDK so that
 * the mock does not depend on it. They spread into `new Keysmith({ ... })` as they are.
 *
 * `sleep(ms)` moves the mock's clock `ms` forward and resolves without waiting; it rejects with the
 * signal's reason when the signal has aborted, as a real wait would. Like `clock.advance`, it
 * freezes a clock that was following real time. Concurrent calls that wait each move the clock, so
 * mock time may run further than real time would have.
 *
 * @example
 * ```ts
 * import { Keysmith } from 'keysmith';
 * import { createMockApi } from 'keysmith/mock';
 *
 * const mock = createMockApi({ now: '2026-11-01T09:00:00Z' });
 * const client = new Keysmith({ apiKey: mock.adminKey, ...mock.clientOptions() });
 * // 150 calls: the 101st meets the plan's 100 a minute, and its retry moves the mock's clock a minute on.
 * for (let i = 0; i < 150; i++) await client.me();
 * ```
 */
export interface MockClientOptions {
  /** The mock's core as the client's transport: `mock.fetch`, honouring the attempt's abort signal. */
  fetch: (request: Request, init?: RequestInit) => Promise<Response>;
  /** The mock's clock, in epoch milliseconds. */
  now: () => number;
  /** Moves the mock's clock instead of waiting. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * What `createMockApi()` returns: the core, its MSW handlers, the seeded admin keys and the controls.
 *
 * @example
 * ```ts
 * const mock: MockApi = createMockApi();
 * const res = await mock.fetch(new Request(`${mock.baseUrls.production}/v1/me`, {
 *   headers: { Authorization: `Bearer ${mock.adminKey}` },
 * }));
 * ```
 */
export interface MockApi {
  /** The core: a `Request` in, a `Response` out. Rejects with `MockNetworkError` for an injected network fault. */
  fetch(request: Request): Promise<Response>;
  /**
   * MSW handlers for `setupServer(...mock.handlers)` / `setupWorker(...mock.handlers)`. The one
   * part of the mock that needs msw (an optional peer dependency): built when first read, and
   * reading it where msw cannot be loaded throws an error that says so.
   */
  readonly handlers: RequestHandler[];
  /**
   * The `Keysmith` client options that wire a client to this mock: `fetch` (the core, no
   * network), `now` (the mock's clock) and `sleep` (moves the mock's clock instead of waiting). The
   * client's retries, backoff, cooldown after a 429, expiry and grace periods then run on mock time,
   * with no real waiting — a suite on a frozen clock that meets a 429 finishes at once. The client
   * talks to the default base URLs; a mock built with other `baseUrls` needs `baseUrl` too.
   */
  clientOptions(): MockClientOptions;
  /** Secret of the seeded production `admin:*` key. */
  adminKey: string;
  /** Secrets of the seeded `admin:*` keys, one per environment. */
  adminKeys: Record<Environment, string>;
  /** The base URL the mock answers for, per environment. */
  baseUrls: Record<Environment, string>;
  /** The mock's clock: move it to expire keys, reset rate-limit windows or start a new day. */
  clock: MockClock;
  /** Fault injection for the next requests. */
  faults: MockFaults;
  /** The log of answered requests. */
  requests: MockRequestLog;
  /** Back to the seeded state: keys, counters, idempotency records, log, faults. Synchronous. */
  reset(): void;
}
