/**
 * The asynchronous shell around the core: fault injection, reading the body, the request log,
 * and turning the answer into a `Response`. Everything that awaits happens here, before the
 * core runs; the core itself runs in one synchronous step.
 */
import type { CoreClock } from './clock.js';
import { answerCall, whereTo, type CoreAnswer, type IncomingCall } from './core.js';
import { faultAnswer } from './fault-answer.js';
import type { CoreFaults } from './faults.js';
import type { MockState } from './mock-state.js';
import { readBody } from './read-body.js';
import { errorReply, MockNetworkError } from './reply.js';
import { scrubSecrets, type CoreRequestLog } from './request-log.js';
import type { BodyRead } from './request-validation.js';
import type { BaseUrlTable } from './router.js';

/** What the fetch shell works with. */
export interface MockFetchParts {
  readonly state: MockState;
  readonly table: BaseUrlTable;
  readonly clock: CoreClock;
  readonly log: CoreRequestLog;
  readonly faults: CoreFaults;
  newRequestId(): string;
}

const NO_BODY: BodyRead = { tooLarge: false, bytes: null };
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function toResponse(answer: CoreAnswer): Response {
  return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * Creates the mock's `fetch`: a `Request` in, a `Response` out; rejects with
 * {@link MockNetworkError} when a network fault is injected.
 *
 * @example
 * ```ts
 * const mockFetch = createMockFetch(parts);
 * const response = await mockFetch(new Request('https://api.keysmith.example/v1/me', { headers }));
 * ```
 */
export function createMockFetch(parts: MockFetchParts): (request: Request) => Promise<Response> {
  const { state, table, clock, log, faults } = parts;

  const record = (request: Request, answer: Omit<CoreAnswer, 'headers' | 'body'>, requestId: string, now: number, faulted: boolean): void => {
    log.add({
      method: request.method,
      url: scrubSecrets(request.url),
      route: answer.route,
      operation: answer.operation,
      environment: answer.environment,
      keyId: answer.keyId,
      status: answer.status,
      errorCode: answer.errorCode,
      requestId,
      at: new Date(now),
      faulted,
    });
  };

  return async function mockFetch(request: Request): Promise<Response> {
    const fault = faults.take();
    if (fault !== undefined && 'delayMs' in fault) await sleep(fault.delayMs, request.signal);
    const requestId = parts.newRequestId();

    if (fault !== undefined && !('delayMs' in fault) && fault.afterCommit !== true) {
      const now = clock.nowMs();
      const where = { ...whereTo(table, request.method, request.url), keyId: null };
      if ('network' in fault) {
        record(request, { ...where, status: 0, errorCode: null }, requestId, now, true);
        throw new MockNetworkError();
      }
      const answer = faultAnswer(fault, requestId, where);
      record(request, answer, requestId, now, true);
      return toResponse(answer);
    }

    const method = request.method;
    const body = method === 'POST' || method === 'PATCH' || method === 'PUT' ? await readBody(request) : NO_BODY;
    const call: IncomingCall = { method, url: request.url, header: (name) => request.headers.get(name), body };
    const now = clock.nowMs();
    let answer: CoreAnswer;
    try {
      answer = answerCall(state, table, call, now, requestId);
    } catch {
      // Never expected; but a mock that throws would turn a client's test into a crash, not a 500.
      const reply = errorReply(requestId, 500, 'internal_error', 'The mock failed unexpectedly: a bug in keysmith/mock. Please report it.');
      answer = {
        ...whereTo(table, method, request.url),
        keyId: null,
        status: 500,
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': requestId },
        body: JSON.stringify(reply.body),
        errorCode: 'internal_error',
      };
    }

    if (fault !== undefined && !('delayMs' in fault)) {
      // An after-commit fault: the operation took effect, and only its answer is lost or replaced.
      if ('network' in fault) {
        record(request, { ...answer, status: 0, errorCode: null }, requestId, now, true);
        throw new MockNetworkError();
      }
      answer = faultAnswer(fault, requestId, answer);
      record(request, answer, requestId, now, true);
      return toResponse(answer);
    }
    record(request, answer, requestId, now, false);
    return toResponse(answer);
  };
}
