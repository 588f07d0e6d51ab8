/**
 * Everything an injected fault does to a call once its latency is spent (see `latency.ts`):
 * - `{ latency }` and `{ delayMs }` let the call go ahead as usual;
 * - `{ status }` answers that status — with the API's own error body for it unless a body is
 *   given, so clients parse it as they would a real one — and `{ network: true }` answers nothing
 *   at all (the adapters turn that into their own network error);
 * - a status or network fault keeps the call from running, so nothing changes; with
 *   `afterCommit: true` the call runs first and only its answer is replaced or lost — the "server
 *   committed, client never heard" case that `Idempotency-Key` exists for.
 */
import type { MockAnswer } from '../pipeline/mock-answer.js';
import { errorAnswer, sealAnswer, type ErrorCode } from '../pipeline/mock-answer.js';
import type { Fault } from '../types.js';

type StatusFault = Extract<Fault, { status: number }>;

/** The two moments of a call a fault can come between. */
export interface FaultedCall {
  /** Mints the call's request id: once, when it goes ahead (after any latency). */
  begin(): string;
  /** Runs the call through the core; it takes effect. */
  run(requestId: string): MockAnswer;
}

/** How a call ended. */
export interface FaultOutcome {
  readonly requestId: string;
  /** What to send, or `null` when a network fault lost the answer. */
  readonly answer: MockAnswer | null;
  /** Whether a status or network fault decided the answer (a latency alone does not). */
  readonly faulted: boolean;
  /**
   * The core's own answer when the call ran: the one sent, or under `afterCommit` the one the
   * fault replaced or lost (it says which key a create made); `null` when a fault kept the call
   * from running.
   */
  readonly coreAnswer: MockAnswer | null;
}

/** Runs `call` under `fault` — or, without one, simply runs it. */
export function applyFault(fault: Fault | undefined, call: FaultedCall): FaultOutcome {
  const requestId = call.begin();
  if (fault === undefined || !('status' in fault || 'network' in fault)) {
    const answer = call.run(requestId);
    return { requestId, answer, faulted: false, coreAnswer: answer };
  }
  const coreAnswer = fault.afterCommit === true ? call.run(requestId) : null;
  const answer = 'network' in fault ? null : statusAnswer(fault, requestId);
  return { requestId, answer, faulted: true, coreAnswer };
}

function defaultCode(status: number): ErrorCode | null {
  if (status === 429) return 'rate_limited';
  if (status === 503) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  if (status === 404) return 'not_found';
  if (status >= 400) return 'invalid_request';
  return null;
}

/** The answer of a `{ status }` fault. */
function statusAnswer(fault: StatusFault, requestId: string): MockAnswer {
  // The contract requires Retry-After on a 429; a test can still set its own.
  const headers = fault.status === 429 ? { 'Retry-After': '1', ...fault.headers } : (fault.headers ?? {});
  const { body, errorCode } = statusBody(fault, requestId);
  return sealAnswer({ status: fault.status, headers, body, errorCode }, requestId, null);
}

/** The fault's own body when it gives one, else the API's error body for the status (`{}` for a 2xx or 3xx). */
function statusBody(fault: StatusFault, requestId: string): Pick<MockAnswer, 'body' | 'errorCode'> {
  if (fault.body !== undefined) {
    return { body: typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body), errorCode: null };
  }
  const code = defaultCode(fault.status);
  if (code === null) return { body: '{}', errorCode: null };
  const { body, errorCode } = errorAnswer(
    requestId,
    fault.status,
    code,
    `An injected fault answered HTTP ${fault.status}.`,
  );
  return { body, errorCode };
}
