/**
 * The pipeline every adapter calls: route the call, meet the fault waiting for it (if any), run
 * the core, log. The one `await` is a fault's delay; the core runs in one synchronous step.
 */
import { applyFault } from '../faults/apply-fault.js';
import type { FaultQueue } from '../faults/fault-queue.js';
import { MockNetworkError } from '../faults/mock-network-error.js';
import type { CoreClock } from '../store/clock.js';
import type { MockState } from '../store/mock-state.js';
import type { CoreRequestLog } from '../store/request-log.js';
import type { BaseUrlTable } from './base-urls.js';
import { answerCall, type CoreTrace } from './core.js';
import { errorAnswer, sealAnswer, type MockAnswer } from './mock-answer.js';
import type { MockCall } from './mock-call.js';
import { routeCall, type Routing } from './steps/1-route.js';
import { scrubSecrets } from './scrub-secrets.js';

/** What the pipeline works with: one mock's state and controls. */
export interface ServeParts {
  readonly state: MockState;
  readonly table: BaseUrlTable;
  readonly clock: CoreClock;
  readonly log: CoreRequestLog;
  readonly faults: FaultQueue;
  readonly newRequestId: () => string;
}

/** The pipeline: a call in, its answer out; rejects with `MockNetworkError` for an injected network fault. */
export type Serve = (call: MockCall, signal?: AbortSignal) => Promise<MockAnswer>;

/**
 * Runs the core and never throws: a mock that threw would turn a client's test into a crash, not
 * a 500. (Never expected; a bug in the mock if it happens.)
 */
function answerSafely(
  state: MockState,
  call: MockCall,
  routing: Routing,
  now: number,
  requestId: string,
  trace: CoreTrace,
  clockFrozen: boolean,
): MockAnswer {
  try {
    return answerCall(state, call, routing, now, requestId, trace, clockFrozen);
  } catch {
    trace.caller = null;
    const message = 'The mock failed unexpectedly: a bug in keysmith/mock. Please report it.';
    return sealAnswer(errorAnswer(requestId, 500, 'internal_error', message), requestId, null);
  }
}

/** Creates the pipeline of one mock. */
export function createServe(parts: ServeParts): Serve {
  const { state, table, clock, log, faults, newRequestId } = parts;
  return async function serve(call, signal) {
    const routing = routeCall(call.method, call.target === undefined ? table.land(call.url) : call.target);
    const trace: CoreTrace = { caller: null };
    let now = 0;
    const { requestId, answer, faulted } = await applyFault(
      faults.take(),
      {
        begin() {
          const requestId = newRequestId();
          now = clock.nowMs();
          return requestId;
        },
        run: (requestId) => answerSafely(state, call, routing, now, requestId, trace, clock.isFrozen()),
      },
      signal,
    );
    log.add({
      method: call.method,
      url: scrubSecrets(call.url),
      route: routing.route?.template ?? null,
      operation: routing.operation?.id ?? null,
      environment: routing.target?.environment ?? null,
      keyId: trace.caller?.id ?? null,
      status: answer?.status ?? 0,
      errorCode: answer?.errorCode ?? null,
      requestId,
      at: new Date(now),
      faulted,
    });
    if (answer === null) throw new MockNetworkError();
    return answer;
  };
}
