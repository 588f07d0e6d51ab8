/**
 * The smoke suite's entry for the page. The orchestrator bundles it for the browser (esbuild), serves
 * it with msw's `mockServiceWorker.js` from 127.0.0.1, and calls `window.keysmithSmoke(origin)`:
 *
 * - `http`: the `keysmith-mock` server at `origin` (run first, before any worker intercepts fetch);
 * - `core`: the mock's core as the SDK's fetch, inside the page;
 * - `msw`: `setupWorker(...mock.handlers)`, the SDK on the page's own fetch.
 */
import { createMockApi } from 'keysmith/mock';
import { setupWorker } from 'msw/browser';
import { runCell, type CellReport } from './report';
import { runSmoke } from './smoke';
import { coreTarget, httpTarget, mswTarget } from './targets';

declare global {
  interface Window {
    keysmithSmoke?: (apiOrigin: string, controlsOrigin: string) => Promise<CellReport[]>;
  }
}

async function workerCell() {
  const mock = createMockApi();
  const worker = setupWorker(...mock.handlers);
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'error', quiet: true });
  try {
    return await runSmoke(mswTarget(mock));
  } finally {
    worker.stop();
  }
}

window.keysmithSmoke = async (apiOrigin, controlsOrigin) => [
  await runCell('http', async () => runSmoke(await httpTarget(apiOrigin, controlsOrigin))),
  await runCell('core', () => runSmoke(coreTarget(createMockApi()))),
  await runCell('msw', workerCell),
];
