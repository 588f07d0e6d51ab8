/**
 * Assembles one independent mock from its options: the store (seeded), the clock, the fault rules,
 * the standing latency, the request log, the pipeline, and the doors into it. All state lives in
 * the returned object's closure; nothing is shared between mocks.
 */
import { createFetchDoor } from '../adapters/fetch-door.js';
import { offerDirectEntry } from '../adapters/direct-entry.js';
import { createFaultRules } from '../faults/fault-rules.js';
import { checkLatency } from '../faults/latency.js';
import { createBaseUrlTable, type BaseUrlTable } from '../pipeline/base-urls.js';
import { createServe, type Serve } from '../pipeline/serve.js';
import { createClock, toEpochMs } from '../store/clock.js';
import { createScopeInterner } from '../store/frozen-values.js';
import { IdempotencyRecords } from '../store/idempotency-records.js';
import { KeyStore } from '../store/key-store.js';
import { createMint, cryptoRandomBytes } from '../store/mint.js';
import type { MockState } from '../store/mock-state.js';
import { createRequestLog } from '../store/request-log.js';
import { buildSeed, ENVIRONMENTS } from '../store/seed.js';
import { restoreSnapshot } from '../snapshot/restore-snapshot.js';
import { takeSnapshot } from '../snapshot/take-snapshot.js';
import type { Environment, MockApi, MockApiOptions } from '../types.js';
import { latencyOf, ownerOf, planOf, requestLogLimitOf } from './mock-options.js';
import { clientOptionsFor } from './client-options.js';

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
  const random = options.randomBytes ?? cryptoRandomBytes();
  const mint = createMint(random);
  const clock = createClock(options.now === undefined ? undefined : toEpochMs(options.now, 'options.now'));
  const table = createBaseUrlTable(options.baseUrls);
  const plan = planOf(options);
  const owner = ownerOf(options);
  const log = createRequestLog(requestLogLimitOf(options));
  const startLatency = latencyOf(options);
  let latency = startLatency;

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
  // The seeded admin keys, by environment: ENVIRONMENTS is the order they are seeded in.
  const seededAdminIds = Object.fromEntries(
    ENVIRONMENTS.map((environment, index) => [environment, seed.records[index]?.id ?? '']),
  ) as Record<Environment, string>;
  let adminKeyIds = seededAdminIds;
  const faults = createFaultRules(random);
  const serve = createServe({
    state,
    table,
    clock,
    log,
    faults,
    latency: () => latency,
    random,
    newRequestId: () => mint.requestId(),
  });
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
      inject: (fault, options) => {
        faults.inject(fault, options);
      },
      clear: () => {
        faults.clear();
      },
      list: () => faults.list(),
      get pending() {
        return faults.pending;
      },
    },
    requests: {
      all: () => log.all(),
      find: (query) => log.find(query),
      clear: () => {
        log.clear();
      },
    },
    latency(next) {
      if (next !== undefined) latency = checkLatency(next, 'latency');
      return latency === null ? null : { ...latency };
    },
    snapshot: () => takeSnapshot(state, clock, adminKeyIds),
    restore(snapshot) {
      const restored = restoreSnapshot(snapshot, { mint, scopes, adminKeys: seed.adminKeys });
      state.store = restored.store;
      state.idempotency = restored.idempotency;
      clock.resume(restored.frozenAt);
      adminKeyIds = restored.adminKeyIds;
    },
    reset() {
      clock.restore();
      state.store = KeyStore.of(seed.records, mint);
      state.idempotency = new IdempotencyRecords();
      adminKeyIds = seededAdminIds;
      log.clear();
      faults.clear();
      latency = startLatency;
    },
  };
  offerDirectEntry(api, serve);
  return api;
}
