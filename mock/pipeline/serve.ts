/**
 * The pipeline every adapter calls: route the call, take the fault rule that matches it (if any),
 * spend its latency, run the core under the fault, log. The one `await` is a real-time latency;
 * the core runs in one synchronous step.
 */
import { applyFault } from '../faults/apply-fault.js';
import { callerOfRequest } from '../faults/caller-of.js';
import type { FaultRules } from '../faults/fault-rules.js';
import type { LatencyRange } from '../faults/fault-types.js';
import { spendLatency } from '../faults/latency.js';
import { MockNetworkError } from '../faults/mock-network-error.js';
import type { CoreClock } from '../store/clock.js';
import type { RandomBytes } from '../store/mint.js';
import type { MockState } from '../store/mock-state.js';
import type { CoreRequestLog } from '../store/request-log.js';
import type { BaseUrlTable } from './base-urls.js';
import { answerCall, type CoreContext, type CoreTrace } from './core.js';
import { logRecordOf } from './log-record.js';
import { errorAnswer, sealAnswer, type MockAnswer } from './mock-answer.js';
import type { MockCall } from './mock-call.js';
import { routeCall } from './steps/1-route.js';

/** What the pipeline works with: one mock's state and controls. */
export interface ServeParts {
  readonly state: MockState;
  readonly table: BaseUrlTable;
  readonly clock: CoreClock;
  readonly log: CoreRequestLog;
  readonly faults: FaultRules;
  /** The standing latency, or `null` for none. */
  readonly latency: () => Required<LatencyRange> | null;
  /** The mock's random source: fault chances and latencies are drawn from it. */
  readonly random: RandomBytes;
  readonly newRequestId: () => string;
}

/** The pipeline: a call in, its answer out; rejects with `MockNetworkError` for an injected network fault. */
export type Serve = (call: MockCall, signal?: AbortSignal) => Promise<MockAnswer>;

/**
 * Runs the core and never throws: a mock that threw would turn a client's test into a crash, not
 * a 500. (Never expected; a bug in the mock if it happens.)
 */
function answerSafely(context: CoreContext, trace: CoreTrace): MockAnswer {
  try {
    return answerCall(context, trace);
  } catch {
    trace.caller = null;
    const message = 'The mock failed unexpectedly: a bug in keysmith/mock. Please report it.';
    return sealAnswer(errorAnswer(context.requestId, 500, 'internal_error', message), context.requestId, null);
  }
}

/** Creates the pipeline of one mock. */
export function createServe(parts: ServeParts): Serve {
  const { state, table, clock, log, faults, random, newRequestId } = parts;
  return async function serve(call, signal) {
    const routing = routeCall(call.method, call.target === undefined ? table.land(call.url) : call.target);
    // Whose secret the call carries: looked up (hashed) only if asked, by a fault rule for a calling
    // key or by the log when a fault answered before the core authenticated.
    const callerBySecret = callerOfRequest(() => call.header('authorization'), state.store);
    const rule = faults.idle
      ? undefined
      : faults.take({
          operation: routing.operation?.id ?? null,
          targetKeyId: routing.params.id ?? null,
          callerKeyId: callerBySecret,
        });
    const latency = rule?.latency ?? parts.latency();
    const latencyMs = latency === null ? 0 : await spendLatency(latency, clock, random, signal);
    const trace: CoreTrace = { caller: null };
    let now = 0;
    const { requestId, answer, faulted, coreAnswer } = applyFault(rule?.fault, {
      begin() {
        now = clock.nowMs();
        return newRequestId();
      },
      run: (requestId) => answerSafely({ state, call, routing, now, requestId, clockFrozen: clock.isFrozen() }, trace),
    });
    // A fault that kept the core from running also kept it from authenticating: the log then names
    // the key whose secret the call carried, the same one a rule for a calling key picked it by.
    const callerKeyId = coreAnswer === null ? callerBySecret() : (trace.caller?.id ?? null);
    log.add(logRecordOf(call, routing, { requestId, answer, faulted, coreAnswer, callerKeyId, at: now, latencyMs }));
    if (answer === null) throw new MockNetworkError();
    return answer;
  };
}
