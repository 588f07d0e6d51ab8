/**
 * A stand-in core for testing the HTTP adapter alone: it records the `Request`s it receives and
 * answers with whatever the test says, including throwing. Its controls are inert.
 */
import type { MockApi } from '../../mock/types.js';

export interface StandIn extends MockApi {
  /** Every request the core received, in order. */
  received: Request[];
}

export const STAND_IN_BASE_URLS = {
  production: 'https://api.keysmith.example',
  staging: 'https://api.staging.keysmith.example',
  development: 'https://api.dev.keysmith.example',
} as const;

export function standIn(respond: (request: Request) => Response | Promise<Response>): StandIn {
  const received: Request[] = [];
  let now = new Date('2026-11-01T00:00:00Z');
  return {
    received,
    async fetch(request) {
      received.push(request);
      return respond(request);
    },
    handlers: [],
    clientOptions: () => ({
      fetch: (request) => Promise.resolve(respond(request)),
      now: () => now.getTime(),
      sleep: () => Promise.resolve(),
    }),
    adminKey: 'unused',
    adminKeys: { production: 'unused', staging: 'unused', development: 'unused' },
    baseUrls: { ...STAND_IN_BASE_URLS },
    clock: {
      now: () => now,
      advance: (ms) => {
        now = new Date(now.getTime() + ms);
      },
      set: (date) => {
        now = new Date(date);
      },
    },
    faults: { inject: () => {}, clear: () => {}, list: () => [], pending: 0 },
    requests: { all: () => [], find: () => [], clear: () => {} },
    latency: () => null,
    snapshot: () => {
      throw new Error('The stand-in has no state.');
    },
    restore: () => {},
    reset: () => {},
  };
}
