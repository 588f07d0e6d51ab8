/**
 * The core, synchronous part of the mock: one request in, one answer out, in the documented
 * order — route → version → authentication (missing → format → unknown → revoked → inactive →
 * expired → environment) → scope → rate limit → validation → idempotency → operation.
 *
 * It runs without a single `await`: the body has been read before, so between authenticating a
 * key and acting for it nothing else can run. A key revoked by one request is refused on the
 * very next one, and two requests with one `Idempotency-Key` cannot both create a key.
 */
import type { Environment } from '../../src/secret-format.js';
import { authenticate } from './authenticate.js';
import type { MockState } from '../store/mock-state.js';
import { operationTable } from '../operations/index.js';
import { rateLimitHeaders, retryAfterSeconds, take, windowsOf } from './rate-limit.js';
import { clip, errorReply, type ErrorCode, type ErrorExtras, type Reply } from './mock-answer.js';
import { validateRequest, type BodyRead } from './validate-request.js';
import type { BaseUrlTable } from './base-urls.js';
import { matchRoute } from './base-urls.js';
import { covers } from './scope.js';
import { sha256Hex } from '../store/sha256.js';
import { API_VERSION } from '../contract/spec.js';
import { countUse } from '../store/usage.js';
import type { KeyRecord } from '../store/key-record.js';

/**
 * A request as the core sees it: whatever the adapter received it as.
 *
 * @example
 * ```ts
 * const call: IncomingCall = { method: 'GET', url, header: (name) => headers.get(name), body: { tooLarge: false, bytes: null } };
 * ```
 */
export interface IncomingCall {
  readonly method: string;
  /** The absolute URL. */
  readonly url: string;
  /** A header's value (names are case-insensitive), or `null`. */
  header(name: string): string | null;
  readonly body: BodyRead;
}

/**
 * What the core answered, and what the request log needs to know about it.
 *
 * @example
 * ```ts
 * const { status, headers, body } = answerCall(state, table, call, now, requestId);
 * ```
 */
export interface CoreAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  errorCode: ErrorCode | null;
  environment: Environment | null;
  route: string | null;
  operation: string | null;
  keyId: string | null;
}

const JSON_TYPE = 'application/json';

/**
 * Where a request would go, without running it: what the log records for a request a fault
 * answered before the core saw it.
 *
 * @example
 * ```ts
 * whereTo(table, 'GET', 'https://api.keysmith.example/v1/me'); // { environment: 'production', route: '/v1/me', operation: 'getMe' }
 * ```
 */
export function whereTo(
  table: BaseUrlTable,
  method: string,
  url: string,
): Pick<CoreAnswer, 'environment' | 'route' | 'operation'> {
  const landing = table.land(url);
  const match = landing === null ? null : matchRoute(landing.path);
  return {
    environment: landing?.environment ?? null,
    route: match?.route.template ?? null,
    operation: match?.route.operations.get(method)?.id ?? null,
  };
}

/** What the pipeline learnt about a request on its way: the log's fields and the caller. */
interface Trace {
  environment: Environment | null;
  route: string | null;
  operation: string | null;
  caller: KeyRecord | null;
}

function run(
  state: MockState,
  table: BaseUrlTable,
  call: IncomingCall,
  now: number,
  requestId: string,
  trace: Trace,
): Reply {
  const fail = (status: number, code: ErrorCode, message: string, extras?: ErrorExtras): Reply =>
    errorReply(requestId, status, code, message, extras);

  const landing = table.land(call.url);
  if (landing === null) return fail(404, 'not_found', 'No Keysmith environment is served at this URL.');
  trace.environment = landing.environment;
  const match = matchRoute(landing.path);
  if (match === null)
    return fail(404, 'not_found', `There is no ${clip(call.method, 20)} ${clip(landing.path)} in the Keysmith API.`);
  trace.route = match.route.template;
  const operation = match.route.operations.get(call.method);
  if (operation === undefined) {
    return fail(
      405,
      'invalid_request',
      `${match.route.template} does not support ${clip(call.method, 20)}; it supports ${match.route.allow}.`,
      {
        headers: { Allow: match.route.allow },
      },
    );
  }
  trace.operation = operation.id;

  const version = call.header('keysmith-version');
  if (version !== null && version !== API_VERSION) {
    return fail(400, 'unsupported_version', `Keysmith-Version must be ${API_VERSION} (or left out for the latest).`, {
      param: 'Keysmith-Version',
    });
  }

  const auth = authenticate(call.header('authorization'), landing.environment, state.store, now, state.baseUrls);
  if (!auth.ok) return fail(401, auth.code, auth.message);
  const caller = auth.key;
  trace.caller = caller;
  countUse(caller, now);

  const entry = operationTable[operation.id];
  if (entry.scope !== null && !covers(caller.permissions, entry.scope)) {
    // A refused request still uses up quota while there is some, as any authenticated request does.
    if (entry.limited) take(caller, now);
    return fail(403, 'insufficient_scope', `This request needs the ${entry.scope} scope.`, {
      details: { required_scope: entry.scope },
    });
  }
  if (entry.limited) {
    const refusedBy = take(caller, now);
    if (refusedBy !== null) {
      const retryAfter = retryAfterSeconds(refusedBy, now);
      return fail(
        429,
        'rate_limited',
        `Rate limit of ${refusedBy.limit} requests per ${refusedBy.window} exceeded. Retry after ${retryAfter} seconds.`,
        {
          details: { window: refusedBy.window, limit: refusedBy.limit, retry_after: retryAfter },
          headers: { 'Retry-After': String(retryAfter) },
        },
      );
    }
  }

  const input = validateRequest(operation, match.params, landing.query, call.header, call.body, now);
  if ('code' in input)
    return fail(input.status, input.code, input.message, input.param === undefined ? {} : { param: input.param });

  // Set only where the operation declares the header (the POSTs and DELETE).
  const idempotencyKey = input.idempotencyKey;
  const fingerprint = idempotencyKey === null ? '' : `${operation.method} ${landing.path} ${sha256Hex(input.bodyText)}`;
  if (idempotencyKey !== null) {
    const found = state.idempotency.lookup(caller.id, idempotencyKey, fingerprint, now);
    if (found.kind === 'replay') return found.reply;
    if (found.kind === 'conflict') {
      return fail(409, 'idempotency_conflict', 'This Idempotency-Key was already used with a different request.', {
        param: 'Idempotency-Key',
      });
    }
  }
  const result = entry.run({ now, requestId, environment: landing.environment, caller, input, state, fail });
  if (idempotencyKey === null) return result;
  // Serialised once here, so that a replay is byte for byte the first answer.
  const body = JSON.stringify(result.body);
  state.idempotency.save(caller.id, idempotencyKey, fingerprint, result.status, body, result.errorCode, now);
  return { ...result, body, serialized: true };
}

/**
 * Answers one request against `state` at `now`.
 *
 * @example
 * ```ts
 * const answer = answerCall(state, table, call, clock.nowMs(), 'req_123');
 * ```
 */
export function answerCall(
  state: MockState,
  table: BaseUrlTable,
  call: IncomingCall,
  now: number,
  requestId: string,
): CoreAnswer {
  const trace: Trace = { environment: null, route: null, operation: null, caller: null };
  const reply = run(state, table, call, now, requestId, trace);
  const headers: Record<string, string> = { 'Content-Type': JSON_TYPE, 'X-Request-Id': requestId };
  // Every authenticated answer, error or not, tells the caller where its limits stand.
  if (trace.caller !== null) Object.assign(headers, rateLimitHeaders(windowsOf(trace.caller, now), now));
  if (reply.headers !== undefined) Object.assign(headers, reply.headers);
  return {
    status: reply.status,
    headers,
    body: reply.serialized === true ? (reply.body as string) : JSON.stringify(reply.body),
    errorCode: reply.errorCode,
    environment: trace.environment,
    route: trace.route,
    operation: trace.operation,
    keyId: trace.caller?.id ?? null,
  };
}
