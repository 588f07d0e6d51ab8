/**
 * What the mock uses of msw, and the error it throws when msw is not there. Shared by the three
 * ways of reaching msw (`msw-module.ts` and its CommonJS and browser stand-ins).
 */
import type * as Msw from 'msw';

/** The part of the `msw` module the adapter uses. */
export type MswModule = Pick<typeof Msw, 'http' | 'HttpResponse'>;

/** The error `mock.handlers` throws when msw could not be loaded, with the loader's error as its cause. */
export function mswUnavailable(cause: unknown): Error {
  return new Error(
    'mock.handlers needs msw, which could not be loaded: install it (npm install --save-dev msw). ' +
      'Everything else in keysmith/mock (mock.fetch, the clock, faults, the request log) and ' +
      'keysmith/mock/node work without it.',
    { cause },
  );
}
