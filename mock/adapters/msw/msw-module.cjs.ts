/**
 * How the CommonJS build reaches msw (swapped in for `msw-module.ts` by the build): `require`d on
 * first use, so a project without msw never tries to load it, and one with msw pays for it only
 * when `mock.handlers` is read. msw 3 is ES-only; Node 20.19+ and 22.12+ `require` it all the same.
 */
import { mswUnavailable, type MswModule } from './msw-api.js';

let loaded: MswModule | undefined;

/**
 * msw, or an error saying it is missing.
 *
 * @throws Error when msw could not be loaded.
 */
export function mswModule(): MswModule {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- this file exists to load msw the CommonJS way, on demand
    loaded ??= require('msw') as MswModule;
  } catch (failure) {
    throw mswUnavailable(failure);
  }
  return loaded;
}
