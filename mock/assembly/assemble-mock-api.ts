/**
 * `createMockApi()`: assembles one independent mock — its clock, random source, seeded keys,
 * core, MSW handlers and controls. All state lives in the returned object's closure.
 */
import type { Environment } from '../../src/secret-format.js';
import { createClock, toEpochMs } from '../store/clock.js';
import { createFaults } from '../faults/fault-queue.js';
import { createScopeInterner } from '../store/frozen-values.js';
import { IdempotencyRecords } from '../store/idempotency-records.js';
import { KeyStore } from '../store/key-store.js';
import type { MockState } from '../store/mock-state.js';
import { createDirectEntry, createMockFetch, createServe } from '../pipeline/serve.js';
import { cryptoRandomBytes, createSecret, randomId } from '../store/mint.js';
import { createRequestLog } from '../store/request-log.js';
import { createBaseUrlTable } from '../pipeline/base-urls.js';
import { buildSeed } from '../store/seed.js';
import { sha256Hex } from '../store/sha256.js';
import type { RequestHandler } from 'msw';
import type { BaseUrlTable } from '../pipeline/base-urls.js';
import type { MockApi, MockApiOptions, PlanLimits } from '../types.js';

/**
 * The registry symbol under which a mock offers its direct entry (`Symbol.for`, so every copy of
 * the package — ESM or CJS build — agrees on it); `keysmith/mock/node` looks it up.
 */
const DIRECT_ENTRY = Symbol.for('keysmith.mock.answerCall');

const DEFAULT_OWNER = { id: 'acct_keysmithmock', name: 'Keysmith Mock' };
const OWNER_ID = /^acct_[0-9A-Za-z]+$/;
/** Fresh ids and secrets are retried on a collision, a bounded number of times. */
const ATTEMPTS = 8;

function planOf(options: MockApiOptions): PlanLimits {
  const plan = { per_minute: options.plan?.per_minute ?? 100, per_hour: options.plan?.per_hour ?? 1000 };
  for (const [name, max] of [
    ['per_minute', 1_000_000],
    ['per_hour', 100_000_000],
  ] as const) {
    if (!Number.isInteger(plan[name]) || plan[name] < 1 || plan[name] > max)
      throw new RangeError(`options.plan.${name} must be an integer from 1 to ${max}.`);
  }
  return plan;
}

const repeating = (): Error =>
  new Error('options.randomBytes keeps returning the same bytes; give the mock a source that varies.');

/** Builds the adapters that need a library (MSW), so the core itself imports none. */
export type HandlersFactory = (
  table: BaseUrlTable,
  mockFetch: (request: Request) => Promise<Response>,
) => RequestHandler[];

/**
 * Assembles a mock: store, clock, faults, log and core, plus whatever handlers `makeHandlers`
 * builds. `createMockApi` passes the MSW adapter; the HTTP server passes none, so the
 * `keysmith-mock` command runs without msw installed.
 */
export function assembleMockApi(options: MockApiOptions, makeHandlers: HandlersFactory): MockApi {
  const random = options.randomBytes ?? cryptoRandomBytes();
  const clock = createClock(options.now === undefined ? undefined : toEpochMs(options.now, 'options.now'));
  const table = createBaseUrlTable(options.baseUrls);
  const plan = planOf(options);
  const owner = options.owner ?? DEFAULT_OWNER;
  if (!OWNER_ID.test(owner.id) || typeof owner.name !== 'string')
    throw new TypeError('options.owner needs an id like acct_123 and a name.');
  const logLimit = options.requestLogLimit ?? 10_000;
  if (!Number.isInteger(logLimit) || logLimit < 1)
    throw new RangeError('options.requestLogLimit must be a positive integer.');

  const scopes = createScopeInterner();
  const seed = buildSeed(options, {
    now: clock.nowMs(),
    plan,
    scopes,
    newKeyId(taken) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const id = randomId('key_', 16, random);
        if (!taken(id)) return id;
      }
      throw repeating();
    },
    newSecret: (environment) => createSecret(environment, random),
  });

  const state: MockState = {
    store: KeyStore.of(seed.records),
    idempotency: new IdempotencyRecords(),
    plan,
    scopes,
    owner: { id: owner.id, name: owner.name },
    baseUrls: table.baseUrls,
    newKeyId() {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const id = randomId('key_', 16, random);
        if (state.store.get(id) === undefined) return id;
      }
      throw repeating();
    },
    newSecret(environment: Environment) {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const secret = createSecret(environment, random);
        const hash = sha256Hex(secret);
        if (!state.store.hasSecret(hash)) return { secret, hash };
      }
      throw repeating();
    },
  };
  const log = createRequestLog(logLimit);
  const faults = createFaults();
  const serve = createServe({ state, table, clock, log, faults, newRequestId: () => randomId('req_', 16, random) });
  const mockFetch = createMockFetch(serve);

  const api: MockApi = {
    fetch: mockFetch,
    handlers: makeHandlers(table, mockFetch),
    adminKey: seed.adminKeys.production,
    adminKeys: { ...seed.adminKeys },
    baseUrls: { ...table.baseUrls },
    clock: { now: clock.now, advance: clock.advance, set: clock.set },
    faults: {
      inject: faults.inject,
      clear: faults.clear,
      get pending() {
        return faults.pending;
      },
    },
    requests: { all: log.all, clear: log.clear },
    reset() {
      clock.restore();
      state.store = KeyStore.of(seed.records);
      state.idempotency = new IdempotencyRecords();
      log.clear();
      faults.clear();
    },
  };
  // Not part of the public type on purpose, and not enumerable: the fast door of the HTTP server.
  Object.defineProperty(api, DIRECT_ENTRY, { value: createDirectEntry(serve) });
  return api;
}
