/**
 * Assembles one independent mock from its options: the store (seeded), the clock, the fault queue,
 * the request log, the pipeline, and the doors into it. All state lives in the returned object's
 * closure; nothing is shared between mocks.
 */
import { createFetchDoor } from '../adapters/fetch-door.js';
import { offerDirectEntry } from '../adapters/direct-entry.js';
import { createFaultQueue } from '../faults/fault-queue.js';
import { createBaseUrlTable, type BaseUrlTable } from '../pipeline/base-urls.js';
import { createServe, type Serve } from '../pipeline/serve.js';
import { createClock, toEpochMs } from '../store/clock.js';
import { createScopeInterner } from '../store/frozen-values.js';
import { IdempotencyRecords } from '../store/idempotency-records.js';
import { KeyStore } from '../store/key-store.js';
import { createMint, cryptoRandomBytes } from '../store/mint.js';
import type { MockState } from '../store/mock-state.js';
import { createRequestLog } from '../store/request-log.js';
import { buildSeed } from '../store/seed.js';
import type { MockApi, MockApiOptions } from '../types.js';
import { clientOptionsFor } from './client-options.js';
import { ownerOf, planOf, requestLogLimitOf } from './mock-options.js';

/**
 * Builds the adapters that need a library (MSW), so that the rest of the mock imports none. Called
 * once, when `mock.handlers` is first read.
 */
export type HandlersFactory = (table: BaseUrlTable, serve: Serve) => MockApi['handlers'];

/**
 * Assembles a mock, with whatever handlers `makeHandlers` builds: `createMockApi` passes the MSW
 * adapter; the HTTP server passes none, so the `keysmith-mock` command runs without msw installed.
 */
export function assembleMockApi(options: MockApiOptions, makeHandlers: HandlersFactory): MockApi {
  const mint = createMint(options.randomBytes ?? cryptoRandomBytes());
  const clock = createClock(options.now === undefined ? undefined : toEpochMs(options.now, 'options.now'));
  const table = createBaseUrlTable(options.baseUrls);
  const plan = planOf(options);
  const owner = ownerOf(options);
  const log = createRequestLog(requestLogLimitOf(options));

  const scopes = createScopeInterner();
  const seed = buildSeed(options, { now: clock.nowMs(), plan, scopes, mint });
  const state: MockState = {
    store: KeyStore.of(seed.records, mint),
    idempotency: new IdempotencyRecords(),
    plan,
    scopes,
    owner,
    baseUrls: table.baseUrls,
  };
  const faults = createFaultQueue();
  const serve = createServe({ state, table, clock, log, faults, newRequestId: () => mint.requestId() });
  const fetchDoor = createFetchDoor(serve, table);
  let handlers: MockApi['handlers'] | undefined;

  const api: MockApi = {
    fetch: fetchDoor,
    // A getter, so that a mock used without msw never builds (nor needs) the MSW handler.
    get handlers() {
      return (handlers ??= makeHandlers(table, serve));
    },
    clientOptions: () => clientOptionsFor(fetchDoor, clock),
    adminKey: seed.adminKeys.production,
    adminKeys: { ...seed.adminKeys },
    baseUrls: { ...table.baseUrls },
    clock: {
      now: () => clock.now(),
      advance: (ms) => {
        clock.advance(ms);
      },
      set: (date) => {
        clock.set(date);
      },
    },
    faults: {
      inject: (fault, count) => {
        faults.inject(fault, count);
      },
      clear: () => {
        faults.clear();
      },
      get pending() {
        return faults.pending;
      },
    },
    requests: {
      all: () => log.all(),
      clear: () => {
        log.clear();
      },
    },
    reset() {
      clock.restore();
      state.store = KeyStore.of(seed.records, mint);
      state.idempotency = new IdempotencyRecords();
      log.clear();
      faults.clear();
    },
  };
  offerDirectEntry(api, serve);
  return api;
}
