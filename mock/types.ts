/**
 * The public shape of the mock: what `createMockApi()` returns and the options it takes.
 * The core (`MockApi.fetch`) is one fetch-style function; the MSW handlers and the `node:http`
 * server are thin adapters over it.
 */
import type { RequestHandler } from 'msw';
import type { operations } from '../src/generated/api.js';
import type { Environment } from '../src/secret-format.js';
import type { FaultOptions, Latency, LatencyRange, PendingFault } from './faults/fault-types.js';
import type { MockSnapshot } from './snapshot/snapshot-format.js';

export type { Environment };

/**
 * An operation of the API, by its `operationId` in `openapi.yaml` (`createApiKey`, `getMe`, …):
 * what faults and request-log queries name.
 *
 * @example
 * ```ts
 * const operation: OperationId = 'createApiKey';
 * mock.faults.inject({ status: 503 }, { operation });
 * ```
 */
export type OperationId = keyof operations;

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
  /**
   * A standing latency for every answer (change it later with `mock.latency(…)`): on the mock
   * clock unless `wait: 'real'`.
   * @default null (none)
   */
  latency?: Latency | null;
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
 * The request headers the log keeps: the ones that say how a request was meant, never a
 * credential. A header the request did not send is left out.
 *
 * @example
 * ```ts
 * expect(entry.headers['Idempotency-Key']).toBe('create-42');
 * ```
 */
export interface LoggedHeaders {
  /** The retry token of a create, revoke or regenerate. */
  'Idempotency-Key'?: string;
  /** The API version the client asked for. */
  'Keysmith-Version'?: string;
  /** The media type of the body. */
  'Content-Type'?: string;
}

/**
 * One entry of the request log. Never holds a secret or the Authorization header: a secret put in
 * the URL, a header or the body shows as its masked label (`ks_prod_••••a1b2`).
 *
 * @example
 * ```ts
 * const [create] = mock.requests.find({ operation: 'createApiKey', status: 201 });
 * expect(create).toMatchObject({ callerKeyId: adminId, body: { name: 'ci' }, replayed: false });
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
  operation: OperationId | null;
  /** The environment whose base URL the request used, or `null` when it matched none. */
  environment: Environment | null;
  /**
   * Id of the key that called: the one that authenticated; for a request a status or network
   * fault answered before the mock ran it, the key whose secret it carried; else `null`.
   */
  callerKeyId: string | null;
  /**
   * Id of the key the request acted on: the `{id}` of its path, or the key a create made (read
   * from its answer, a replay's included, and also when an `afterCommit` fault replaced or lost
   * that answer); `null` for listings, `/v1/me` and `/v1/rate-limit`.
   */
  targetKeyId: string | null;
  /** The status answered; `0` when a network fault left the request without an answer. */
  status: number;
  /** The error code when the answer was an error. */
  errorCode: string | null;
  /** The `X-Request-Id` answered. */
  requestId: string;
  /** Mock-clock time of the request (after its latency, when the latency moved the clock). */
  at: Date;
  /** Whether the answer came from an injected status or network fault. */
  faulted: boolean;
  /** Whether the answer was an idempotent replay of an earlier one (`Idempotent-Replayed: true`). */
  replayed: boolean;
  /** The latency the request was given, in milliseconds (`0` for none). */
  latencyMs: number;
  /** `Idempotency-Key`, `Keysmith-Version` and `Content-Type`, when sent. */
  headers: LoggedHeaders;
  /**
   * The request body: parsed JSON with every secret masked, the text (masked) when it is not
   * JSON, or `null` when there was none or it was larger than {@link REQUEST_LOG_BODY_LIMIT}.
   */
  body: unknown;
  /** Whether the body was left out for being larger than {@link REQUEST_LOG_BODY_LIMIT} bytes. */
  bodyTooLarge: boolean;
  /**
   * The answer's body as sent, parsed, with every secret masked (a create's new `secret` shows as
   * its masked label); `null` when there was none (a network fault lost the answer) or it was
   * larger than {@link REQUEST_LOG_ANSWER_LIMIT}.
   */
  answerBody: unknown;
  /** Whether the answer body was left out for being larger than {@link REQUEST_LOG_ANSWER_LIMIT} characters. */
  answerBodyTooLarge: boolean;
}

/**
 * Which requests a fault or a request-log query is about. Every field given must match; an empty
 * filter matches every request.
 *
 * @example
 * ```ts
 * const filter: RequestFilter = { operation: 'revokeApiKey', keyId: key.id };
 * mock.requests.find({ ...filter, status: 200 });
 * mock.faults.inject({ status: 503 }, filter);
 * ```
 */
export interface RequestFilter {
  /** The operation, by its operationId. */
  operation?: OperationId;
  /** A key the request involves: the key that called, or the key it acted on. */
  keyId?: string;
  /** The key the request acted on (see {@link LoggedRequest.targetKeyId}). */
  targetKeyId?: string;
  /** The key that called (see {@link LoggedRequest.callerKeyId}). */
  callerKeyId?: string;
}

/**
 * A request-log query: a {@link RequestFilter} and, since the answer is known, its status.
 *
 * @example
 * ```ts
 * const refused = mock.requests.find({ operation: 'createApiKey', status: 403 });
 * ```
 */
export interface RequestQuery extends RequestFilter {
  /** The status answered (`0` for a network fault). */
  status?: number;
}

/**
 * What an injected fault does.
 * - `{ status, headers?, body? }` — answer this status (with the API's own error body unless `body` is given);
 * - `{ network: true }` — fail at the network level (the core rejects with `MockNetworkError`);
 * - `{ latency }` — answer normally, after this latency (see {@link Latency});
 * - `{ delayMs }` — wait this many real milliseconds, then answer normally (the same as
 *   `{ latency: { min: delayMs, max: delayMs, wait: 'real' } }`).
 * With `afterCommit: true` a status or network fault lets the request take effect first and only
 * replaces (or loses) its answer — the "server committed, client never heard" case that
 * `Idempotency-Key` exists for. A status or network fault with a `latency` waits that long first.
 *
 * @example
 * ```ts
 * mock.faults.inject({ status: 503, headers: { 'Retry-After': '2' } }, 2);
 * mock.faults.inject({ network: true, afterCommit: true });
 * mock.faults.inject({ status: 504, latency: 30_000 }, { operation: 'createApiKey' });
 * mock.faults.inject({ latency: { min: 100, max: 900 } }, { count: 'unlimited' });
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
      /** How long to take before answering; the standing latency when left out. */
      latency?: Latency;
    }
  | {
      /** Fail at the network level: no response at all. */
      network: true;
      /** Let the request take effect first, then lose its answer. */
      afterCommit?: boolean;
      /** How long to take before failing; the standing latency when left out. */
      latency?: Latency;
    }
  | {
      /** How long to take before answering normally. */
      latency: Latency;
    }
  | {
      /** Real milliseconds to wait before answering normally. */
      delayMs: number;
    };

/**
 * Fault injection: what the next matching requests get instead of (or before) their answer.
 * Rules are tried in the order injected; the first whose filter matches the request, and whose
 * `probability` comes up, decides it and uses one of its `count`.
 *
 * @example
 * ```ts
 * mock.faults.inject({ status: 500 }, 3); // the next 3 requests, whatever they are
 * mock.faults.inject({ status: 503 }, { operation: 'createApiKey', probability: 0.3, count: 'unlimited' });
 * mock.faults.list(); // the pending rules
 * mock.faults.clear();
 * ```
 */
export interface MockFaults {
  /**
   * Adds a fault rule. `options` is the number of requests it faults (a plain number keeps
   * meaning `count`), or which requests, how likely and how many times.
   *
   * @throws RangeError or TypeError naming the field, when the fault or its options are invalid.
   */
  inject(fault: Fault, options?: number | FaultOptions): void;
  /** Drops every pending rule. */
  clear(): void;
  /** The pending rules, in the order they are tried. */
  list(): PendingFault[];
  /** How many faulted requests are still pending: `Infinity` while a rule runs until cleared. */
  readonly pending: number;
}

/**
 * The requests the mock answered, oldest first.
 *
 * @example
 * ```ts
 * const creates = mock.requests.find({ operation: 'createApiKey', status: 201 });
 * mock.requests.clear();
 * ```
 */
export interface MockRequestLog {
  /** Every logged request, oldest first (at most `requestLogLimit`). */
  all(): readonly LoggedRequest[];
  /** The logged requests that match every field of `query`, oldest first. */
  find(query: RequestQuery): readonly LoggedRequest[];
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
  /**
   * Sets the standing latency of every answer (`null` for none) when given; returns the one in
   * force, as a range. A fault's own `latency` replaces it for the requests the fault hits.
   *
   * @example
   * ```ts
   * mock.latency(200); // every answer takes 200 ms of mock time
   * mock.latency({ min: 50, max: 400, wait: 'real' }); // real waits, drawn from the seeded source
   * mock.latency(null);
   * ```
   */
  latency(latency?: Latency | null): Required<LatencyRange> | null;
  /**
   * The whole state as plain JSON: keys (secrets as SHA-256 hashes only), their usage and
   * rate-limit counters, replaced secrets in their grace period, idempotency records and the
   * clock. Faults, latency and the request log are not state and are left out.
   */
  snapshot(): MockSnapshot;
  /**
   * Brings back a {@link MockSnapshot}: every key authenticates with its original secret again.
   * The seeded admin keys answer to this mock's `adminKeys`. All or nothing: an invalid snapshot
   * throws a `TypeError` naming the problem and changes nothing.
   */
  restore(snapshot: MockSnapshot): void;
  /** Back to the seeded state: keys, counters, idempotency records, log, faults, latency. Synchronous. */
  reset(): void;
}
