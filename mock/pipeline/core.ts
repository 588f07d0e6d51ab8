/**
 * The core: one call in, one answer out, in the documented order — route → version →
 * authenticate (missing → format → unknown → revoked → inactive → expired → environment) → scope
 * → rate limit → validate → idempotency → the one rule that reads the clock (`expires_at` ahead) →
 * operation. Each step answers a refusal or lets the call on; nothing changes before the operation
 * runs, so a refused call leaves the store as it was.
 *
 * It runs without a single `await` (the adapter has read the body): between authenticating a key
 * and acting for it nothing else can run. A key revoked by one call is refused on the very next
 * one, and two calls with one `Idempotency-Key` cannot both create a key.
 */
import { API_VERSION } from '../contract/spec.js';
import { operationTable } from '../operations/index.js';
import type { KeyRecord } from '../store/key-record.js';
import type { MockState } from '../store/mock-state.js';
import { countUse } from '../store/usage.js';
import { errorAnswer, sealAnswer, type ErrorCode, type ErrorExtras, type MockAnswer } from './mock-answer.js';
import type { MockCall } from './mock-call.js';
import { quoteInput } from './scrub-secrets.js';
import type { Routing } from './steps/1-route.js';
import { isServedVersion } from './steps/2-version.js';
import { authenticate } from './steps/3-authenticate.js';
import { covers } from './steps/4-scope.js';
import { rateLimitedMessage, rateLimitHeaders, retryAfterSeconds, take, windowsOf } from './steps/5-rate-limit.js';
import { checkExpiryAhead, validateRequest, type Refusal } from './steps/6-validate-request.js';
import { fingerprintOf, recall } from './steps/7-idempotency.js';

/** What the core learns about a call on its way that the request log records: the calling key. */
export interface CoreTrace {
  caller: KeyRecord | null;
}

/** What the core answers one call from: the state, the call and where it landed, and the moment. */
export interface CoreContext {
  readonly state: MockState;
  readonly call: MockCall;
  readonly routing: Routing;
  /** The mock clock's time for this call, read once. */
  readonly now: number;
  readonly requestId: string;
  /** Whether the mock's clock stands still: a 429 then says how to move it. */
  readonly clockFrozen: boolean;
}

function run(context: CoreContext, trace: CoreTrace): MockAnswer {
  const { state, call, routing, now, requestId, clockFrozen } = context;
  const fail = (status: number, code: ErrorCode, message: string, extras?: ErrorExtras): MockAnswer =>
    errorAnswer(requestId, status, code, message, extras);

  // 1. Route (404, 405).
  const { target, route, operation, params } = routing;
  if (target === null) return fail(404, 'not_found', 'No Keysmith environment is served at this URL.');
  if (route === null)
    return fail(
      404,
      'not_found',
      `There is no ${quoteInput(call.method, 20)} ${quoteInput(target.path)} in the Keysmith API.`,
    );
  if (operation === null) {
    return fail(
      405,
      'invalid_request',
      `${route.template} does not support ${quoteInput(call.method, 20)}; it supports ${route.allow}.`,
      { headers: { Allow: route.allow } },
    );
  }

  // 2. Version (400 unsupported_version).
  if (!isServedVersion(call.header('keysmith-version'))) {
    return fail(400, 'unsupported_version', `Keysmith-Version must be ${API_VERSION} (or left out for the latest).`, {
      param: 'Keysmith-Version',
    });
  }

  // 3. Authenticate (401). From here on the call counts as the key's usage, whatever comes next.
  const auth = authenticate(call.header('authorization'), target.environment, state.store, now, state.baseUrls);
  if (!auth.ok) return fail(401, auth.code, auth.message);
  const caller = auth.key;
  trace.caller = caller;
  countUse(caller, now);

  // 4. Scope (403 insufficient_scope). A refused call still uses up quota while there is some.
  const entry = operationTable[operation.id];
  if (entry.scope !== null && !covers(caller.permissions, entry.scope)) {
    if (entry.limited) take(caller, now);
    return fail(403, 'insufficient_scope', `This request needs the ${entry.scope} scope.`, {
      details: { required_scope: entry.scope },
    });
  }

  // 5. Rate limit (429).
  const refusedBy = entry.limited ? take(caller, now) : null;
  if (refusedBy !== null) {
    const retryAfter = retryAfterSeconds(refusedBy, now);
    return fail(429, 'rate_limited', rateLimitedMessage(refusedBy, retryAfter, clockFrozen ? now : null), {
      details: { window: refusedBy.window, limit: refusedBy.limit, retry_after: retryAfter },
      headers: { 'Retry-After': String(retryAfter) },
    });
  }

  // 6. Validate (413, 415, 400). Nothing here reads the clock.
  const refuse = (refusal: Refusal): MockAnswer =>
    fail(refusal.status, refusal.code, refusal.message, refusal.param === undefined ? {} : { param: refusal.param });
  const input = validateRequest(operation, params, target.query, call.header, call.body);
  if ('code' in input) return refuse(input);

  // 7. Idempotency (a replay, or 409). Only the operations that declare the header have a key.
  const { idempotencyKey } = input;
  const fingerprint = idempotencyKey === null ? '' : fingerprintOf(operation.method, target.path, input.bodyText);
  if (idempotencyKey !== null) {
    const earlier = recall(state.idempotency, caller.id, idempotencyKey, fingerprint, now, () =>
      fail(409, 'idempotency_conflict', 'This Idempotency-Key was already used with a different request.', {
        param: 'Idempotency-Key',
      }),
    );
    if (earlier !== null) return earlier;
  }

  // 6b. The rule that reads the clock, once a replay has had its chance (400).
  const late = checkExpiryAhead(input, now);
  if (late !== null) return refuse(late);

  // 8. Operation.
  const answer = entry.run({ now, requestId, environment: target.environment, caller, input, state, fail });
  if (idempotencyKey !== null) state.idempotency.save(caller.id, idempotencyKey, fingerprint, answer, now);
  return answer;
}

/**
 * Answers one call against `context.state` at `context.now`.
 * Every answer of an authenticated call, error or not, carries the rate-limit headers;
 * `trace.caller` is the key that authenticated, if any.
 */
export function answerCall(context: CoreContext, trace: CoreTrace): MockAnswer {
  const { now, requestId } = context;
  const answer = run(context, trace);
  const rateLimit = trace.caller === null ? null : rateLimitHeaders(windowsOf(trace.caller, now), now);
  return sealAnswer(answer, requestId, rateLimit);
}
