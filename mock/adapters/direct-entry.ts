/**
 * The direct entry: the HTTP server's fast way into a mock, next to `fetch` — the same pipeline
 * with a {@link MockCall} in and a {@link MockAnswer} out, so the server builds no `Request` and
 * reads no `Response`. On Node 20 those two objects cost more than the core itself (undici makes a
 * web stream and an abort signal per object), which would cap the server at about a fifth of a
 * plain `node:http` server's throughput.
 *
 * A mock offers it under the registry symbol {@link DIRECT_ENTRY}, defined here and nowhere else;
 * `Symbol.for` makes it the same symbol in every copy of the package (ESM and CJS builds alike).
 * Mocks without it are served through `fetch`, with identical results.
 */
import type { MockAnswer } from '../pipeline/mock-answer.js';
import type { MockCall } from '../pipeline/mock-call.js';
import type { Serve } from '../pipeline/serve.js';
import type { MockApi } from '../types.js';

/** The key under which a mock offers its {@link DirectEntry}. */
export const DIRECT_ENTRY: unique symbol = Symbol.for('keysmith.mock.answerCall');

/**
 * The direct entry. Rejects with an error named `MockNetworkError` for an injected network fault,
 * as `fetch` does.
 */
export type DirectEntry = (call: MockCall) => Promise<MockAnswer>;

/** Offers `serve` as the mock's direct entry: not enumerable, and not part of its public type. */
export function offerDirectEntry(mock: MockApi, serve: Serve): void {
  const entry: DirectEntry = (call) => serve(call);
  Object.defineProperty(mock, DIRECT_ENTRY, { value: entry });
}

/** The mock's direct entry, or `undefined` when it offers none. */
export function directEntryOf(mock: MockApi): DirectEntry | undefined {
  const candidate = (mock as MockApi & { [DIRECT_ENTRY]?: unknown })[DIRECT_ENTRY];
  return typeof candidate === 'function' ? (candidate as DirectEntry) : undefined;
}
