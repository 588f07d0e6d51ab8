/**
 * The three ways the smoke suite reaches the mock: its core as the SDK's `fetch`, msw intercepting
 * the runtime's own `fetch`, and a `keysmith-mock` server over HTTP (faults injected through the
 * server's `/__mock/` controls, which is how a process that does not own the mock drives it).
 */
import type { createMockApi } from 'keysmith/mock';
import { RATE_LIMIT_FAULT, type SmokeTarget } from './smoke';

type MockApi = ReturnType<typeof createMockApi>;

/**
 * The mock's core passed to the SDK as its `fetch`: no interception, no network.
 *
 * @example
 * await runSmoke(coreTarget(createMockApi()));
 */
export function coreTarget(mock: MockApi): SmokeTarget {
  return {
    baseUrl: mock.baseUrls.production,
    adminKey: mock.adminKey,
    fetch: (request) => mock.fetch(request),
    injectRateLimit: () => {
      mock.faults.inject(RATE_LIMIT_FAULT, 1);
      return Promise.resolve();
    },
  };
}

/**
 * The SDK on the runtime's `fetch`, which msw (`setupServer`/`setupWorker`) answers from `mock.handlers`.
 *
 * @example
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * await runSmoke(mswTarget(mock));
 */
export function mswTarget(mock: MockApi): SmokeTarget {
  return {
    baseUrl: mock.baseUrls.production,
    adminKey: mock.adminKey,
    injectRateLimit: () => {
      mock.faults.inject(RATE_LIMIT_FAULT, 1);
      return Promise.resolve();
    },
  };
}

interface ServerKeys {
  adminKeys: { production: string };
  baseUrls: { production: string };
}

/**
 * A `keysmith-mock` server whose API is reached at `origin` and its `/__mock/` controls at
 * `controlsOrigin` (a browser page reaches those through a same-origin proxy): the admin key and
 * base URL come from `GET /__mock/keys`.
 *
 * @example
 * await runSmoke(await httpTarget('http://127.0.0.1:4010'));
 */
export async function httpTarget(origin: string, controlsOrigin: string = origin): Promise<SmokeTarget> {
  const response = await fetch(`${controlsOrigin}/__mock/keys`);
  if (!response.ok) throw new Error(`GET /__mock/keys answered ${response.status}`);
  const keys = (await response.json()) as ServerKeys;
  // Rebased onto `origin`: a page may reach the server through a same-origin proxy.
  const path = new URL(keys.baseUrls.production).pathname.replace(/\/$/, '');
  return {
    baseUrl: origin + path,
    adminKey: keys.adminKeys.production,
    injectRateLimit: async () => {
      const injected = await fetch(`${controlsOrigin}/__mock/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fault: RATE_LIMIT_FAULT, count: 1 }),
      });
      if (!injected.ok) throw new Error(`POST /__mock/faults answered ${injected.status}`);
    },
  };
}
