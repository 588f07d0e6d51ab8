/**
 * An optional fast entry into a mock's core, next to `fetch`: the same pipeline (faults, core,
 * request log) with a plain call in and a plain answer out, so the HTTP server builds no `Request`
 * and reads no `Response`. On Node 20 those two objects cost more than the core itself (undici
 * makes a web stream and an abort signal per object), which would cap the server at about a
 * fifth of a plain `node:http` server's throughput.
 *
 * A mock offers it under the registry symbol {@link ANSWER_CALL}; `Symbol.for` makes it the same
 * symbol in every copy of the package (ESM and CJS builds alike). Mocks without it are served
 * through `fetch`, with identical results.
 */
import type { MockApi } from '../types.js';

/**
 * The key under which a mock offers {@link AnswerCall}.
 *
 * @example
 * ```ts
 * const mock = { ...createMockApi(), [ANSWER_CALL]: answer };
 * ```
 */
export const ANSWER_CALL: unique symbol = Symbol.for('keysmith.mock.answerCall');

/**
 * A request as the server hands it over: already framed, its body read and within the limit.
 *
 * @example
 * ```ts
 * const call: DirectCall = {
 *   method: 'GET',
 *   url: 'http://127.0.0.1:4010/v1/me',
 *   header: (name) => (name.toLowerCase() === 'authorization' ? `Bearer ${secret}` : null),
 *   body: { tooLarge: false, bytes: null },
 * };
 * ```
 */
export interface DirectCall {
  readonly method: string;
  /** The absolute, normalised URL (as `new URL(...).href` gives it). */
  readonly url: string;
  /** A header's value, names case-insensitive; repeated headers joined with `, `; `null` when absent. */
  header(name: string): string | null;
  readonly body: { readonly tooLarge: false; readonly bytes: Uint8Array | null };
}

/**
 * The core's answer: what to write on the wire.
 *
 * @example
 * ```ts
 * const answer: DirectAnswer = { status: 404, headers: { 'Content-Type': 'application/json' }, body: '{"error":{}}' };
 * ```
 */
export interface DirectAnswer {
  status: number;
  headers: Record<string, string>;
  /** The body text; ignored for 204, 205 and 304. */
  body: string;
}

/**
 * The fast entry. Rejects with an error named `MockNetworkError` for an injected network fault,
 * as `fetch` does.
 *
 * @example
 * ```ts
 * const answerCall: AnswerCall = async (call) => ({ status: 200, headers: {}, body: JSON.stringify({ url: call.url }) });
 * ```
 */
export type AnswerCall = (call: DirectCall) => Promise<DirectAnswer>;

/**
 * The mock's fast entry, or `undefined` when it offers none.
 *
 * @example
 * ```ts
 * const answer = answerCallOf(mock);
 * const result = answer ? await answer(call) : await mock.fetch(request);
 * ```
 */
export function answerCallOf(mock: MockApi): AnswerCall | undefined {
  const candidate = (mock as MockApi & { [ANSWER_CALL]?: unknown })[ANSWER_CALL];
  return typeof candidate === 'function' ? (candidate as AnswerCall) : undefined;
}
