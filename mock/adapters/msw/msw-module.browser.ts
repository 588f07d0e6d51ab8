/**
 * How the browser build reaches msw (swapped in for `msw-module.ts` by the build): a static
 * import. In a page, the handlers only run in msw's own service worker (`setupWorker`), so a
 * bundle that uses them has msw anyway; and a top-level await, which the Node build uses to make
 * msw optional, is refused by the default targets of some bundlers' dev servers.
 */
import * as msw from 'msw';
import type { MswModule } from './msw-api.js';

/** msw, statically bundled. */
export function mswModule(): MswModule {
  return msw;
}
