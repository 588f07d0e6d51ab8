/**
 * The asynchronous shell around the core: fault injection, reading the body, the request log.
 * Everything that awaits happens here, before the core runs; the core itself runs in one
 * synchronous step. Two doors lead in: `fetch` (a `Request` in, a `Response` out — MSW and any
 * fetch runtime) and the direct entry (a plain call in, a plain answer out — the HTTP server,
 * which would otherwise spend more on building `Request`s and `Response`s than on the core).
 */
import type { CoreClock } from '../store/clock.js';
import { answerCall, whereTo, type CoreAnswer, type IncomingCall } from './core.js';
import { faultAnswer } from '../faults/fault-answer.js';
import type { CoreFaults } from '../faults/fault-queue.js';
import type { MockState } from '../store/mock-state.js';
import { readBody } from '../adapters/read-request-body.js';
import { errorReply, MockNetworkError } from './mock-answer.js';
import { scrubSecrets, type CoreRequestLog } from '../store/request-log.js';
import type { BodyRead } from './validate-request.js';
import type { BaseUrlTable } from './base-urls.js';

/**
 * What the shell works with.
 *
 * @example
 * ```ts
 * const serve = createServe({ state, table, clock, log, faults, newRequestId });
 * ```
 */
export interface MockFetchParts {
  readonly state: MockState;
  readonly table: BaseUrlTable;
  readonly clock: CoreClock;
  readonly log: CoreRequestLog;
  readonly faults: CoreFaults;
  newRequestId(): string;
}

/**
 * A request's line and headers; its body comes separately, read only when it is needed.
 *
 * @example
 * ```ts
 * const head: CallHead = { method: 'GET', url, header: (name) => request.headers.get(name) };
 * ```
 */
export type CallHead = Omit<IncomingCall, 'body'>;

/**
 * The plain answer of the direct entry: what to put on the wire.
 *
 * @example
 * ```ts
 * const { status, headers, body }: PlainAnswer = await direct(call);
 * ```
 */
export type PlainAnswer = Pick<CoreAnswer, 'status' | 'headers' | 'body'>;

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

/**
 * Creates the pipeline both doors share: take the next fault, read the body, run the core, log.
 *
 * @example
 * ```ts
 * const serve = createServe(parts);
 * const answer = await serve({ method: 'GET', url, header: (name) => headers.get(name) }, () => NO_BODY);
 * ```
 */
export function createServe(
  parts: MockFetchParts,
): (head: CallHead, body: () => BodyRead | Promise<BodyRead>, signal?: AbortSignal) => Promise<CoreAnswer> {
  const { state, table, clock, log, faults } = parts;

  const record = (
    head: CallHead,
    answer: Omit<CoreAnswer, 'headers' | 'body'>,
    requestId: string,
    now: number,
    faulted: boolean,
  ): void => {
    log.add({
      method: head.method,
      url: scrubSecrets(head.url),
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

  return async function serve(head, readBodyOnce, signal) {
    const fault = faults.take();
    if (fault !== undefined && 'delayMs' in fault) await sleep(fault.delayMs, signal);
    const requestId = parts.newRequestId();

    if (fault !== undefined && !('delayMs' in fault) && fault.afterCommit !== true) {
      const now = clock.nowMs();
      const where = { ...whereTo(table, head.method, head.url), keyId: null };
      if ('network' in fault) {
        record(head, { ...where, status: 0, errorCode: null }, requestId, now, true);
        throw new MockNetworkError();
      }
      const answer = faultAnswer(fault, requestId, where);
      record(head, answer, requestId, now, true);
      return answer;
    }

    const call: IncomingCall = { method: head.method, url: head.url, header: head.header, body: await readBodyOnce() };
    const now = clock.nowMs();
    let answer: CoreAnswer;
    try {
      answer = answerCall(state, table, call, now, requestId);
    } catch {
      // Never expected; but a mock that throws would turn a client's test into a crash, not a 500.
      const reply = errorReply(
        requestId,
        500,
        'internal_error',
        'The mock failed unexpectedly: a bug in keysmith/mock. Please report it.',
      );
      answer = {
        ...whereTo(table, head.method, head.url),
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
        record(head, { ...answer, status: 0, errorCode: null }, requestId, now, true);
        throw new MockNetworkError();
      }
      answer = faultAnswer(fault, requestId, answer);
      record(head, answer, requestId, now, true);
      return answer;
    }
    record(head, answer, requestId, now, false);
    return answer;
  };
}

/**
 * The `fetch` door: a `Request` in, a `Response` out; rejects with {@link MockNetworkError}
 * when a network fault is injected.
 *
 * @example
 * ```ts
 * const mockFetch = createMockFetch(createServe(parts));
 * const response = await mockFetch(new Request('https://api.keysmith.example/v1/me', { headers }));
 * ```
 */
export function createMockFetch(serve: ReturnType<typeof createServe>): (request: Request) => Promise<Response> {
  return async function mockFetch(request) {
    const method = request.method;
    const hasBody = method === 'POST' || method === 'PATCH' || method === 'PUT';
    const answer = await serve(
      { method, url: request.url, header: (name) => request.headers.get(name) },
      () => (hasBody ? readBody(request) : NO_BODY),
      request.signal,
    );
    return new Response(NULL_BODY_STATUSES.has(answer.status) ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };
}

/**
 * The direct door, for adapters that already hold the method, URL, headers and body (the HTTP
 * server): the same pipeline as `fetch` without a `Request` or a `Response` in between.
 *
 * @example
 * ```ts
 * const direct = createDirectEntry(createServe(parts));
 * const { status, headers, body } = await direct({ method: 'GET', url, header, body: { tooLarge: false, bytes: null } });
 * ```
 */
export function createDirectEntry(serve: ReturnType<typeof createServe>): (call: IncomingCall) => Promise<PlainAnswer> {
  return async (call) => {
    const answer = await serve(call, () => call.body);
    return { status: answer.status, headers: answer.headers, body: answer.body };
  };
}
