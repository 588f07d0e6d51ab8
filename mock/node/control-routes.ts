/**
 * The mock's controls over HTTP, for processes that cannot call `MockApi` directly (a browser test
 * runner, a suite in another language). Reserved prefix `/__mock/`, answered only to loopback peers
 * (127.0.0.0/8, `::1`) whose `Host` names this machine and whose `Origin`, if any, is local too;
 * any other request gets 403 `loopback_only`.
 *
 * | request | body | answer |
 * | --- | --- | --- |
 * | `POST /__mock/reset` | – | `{"ok": true}`: keys, counters, idempotency records, log and faults back to the seeded state |
 * | `GET /__mock/clock` | – | `{"now": "2026-11-01T12:00:00.000Z"}` |
 * | `POST /__mock/clock` | `{"advance_ms": 60000}` or `{"set": "2026-11-01T12:00:00Z"}` | `{"now": ...}` after the change (the clock then stays frozen) |
 * | `GET /__mock/faults` | – | `{"pending": n \| "unlimited", "rules": [PendingFault, ...]}` |
 * | `POST /__mock/faults` | `{"fault": {"status": 503, "headers"?: {...}, "body"?: ..., "afterCommit"?: false, "latency"?: …}, "operation"?, "keyId"?, "targetKeyId"?, "callerKeyId"?, "probability"?: 1, "count"?: 1 \| "unlimited"}`, or `"fault": {"network": true, "afterCommit"?: false}` (the connection is reset), `{"latency": 250}` or `{"delayMs": 250}` | as `GET` |
 * | `DELETE /__mock/faults` | – | `{"pending": 0, "rules": []}` |
 * | `GET /__mock/latency` | – | `{"latency": {"min", "max", "wait"} \| null}` |
 * | `PUT /__mock/latency` | `{"latency": 200}`, `{"latency": {"min": 50, "max": 400, "wait"?: "clock" \| "real"}}` or `{"latency": null}` | as `GET` |
 * | `GET /__mock/requests` | query `operation`, `status`, `keyId`, `targetKeyId`, `callerKeyId`, `limit` (all optional) | `{"data": [LoggedRequest, ...]}` (oldest first, the newest `limit`; never holds a secret) |
 * | `DELETE /__mock/requests` | – | `{"ok": true}` |
 * | `GET /__mock/state` | – | the state, a `MockSnapshot` (secrets as hashes only) |
 * | `PUT /__mock/state` | a `MockSnapshot`, up to 64 MiB | `{"ok": true, "keys": n}` |
 * | `GET /__mock/keys` | – | `{"adminKeys": {"production", "staging", "development"}, "baseUrls": {...}}` |
 * | `GET /__mock/api-keys` | query `environment` (optional) | `{"clock", "counts", "data": [InspectedKey, ...], "truncated"}`: every key as the API shows it (masked, never a secret or a hash), with its rate-limit windows |
 * | `GET /__mock/` | – | the inspector page (HTML, under a strict Content-Security-Policy) |
 *
 * Errors use the API's body, `{"error": {"type", "code", "message", "param"?, "request_id"}}`:
 * 400 `invalid_request` / `validation_error` (with `param`), 403 `loopback_only`, 404 `not_found`,
 * 405 `invalid_request` (with `Allow`), 413 `payload_too_large`, 415 `unsupported_media_type`.
 *
 * @example
 * ```sh
 * curl -X POST http://127.0.0.1:4010/__mock/clock -H 'Content-Type: application/json' -d '{"advance_ms": 60000}'
 * curl -X POST http://127.0.0.1:4010/__mock/faults -H 'Content-Type: application/json' -d '{"fault": {"status": 503}, "count": 2}'
 * curl -X POST http://127.0.0.1:4010/__mock/faults -H 'Content-Type: application/json' -d '{"fault": {"status": 503}, "operation": "createApiKey", "probability": 0.3, "count": "unlimited"}'
 * curl 'http://127.0.0.1:4010/__mock/requests?operation=createApiKey&status=201'
 * curl http://127.0.0.1:4010/__mock/state > state.json
 * curl http://127.0.0.1:4010/__mock/keys
 * curl 'http://127.0.0.1:4010/__mock/api-keys?environment=staging'
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLOCK_RANGE_TEXT } from '../contract/timestamp-range.js';
import type { Environment, MockApi } from '../types.js';
import { parseClockCommand, parseJsonObject, type Parsed } from './control-input.js';
import { parseTargetedFaultCommand } from './controls/fault-command.js';
import { parseLatencyCommand } from './controls/latency-command.js';
import { parseRequestQuery } from './controls/request-query.js';
import { putState, STATE_BODY_LIMIT } from './controls/state-control.js';
import { parseApiKeysQuery } from './controls/api-keys-query.js';
import { inspectKeys } from './inspector/inspected-keys.js';
import { answerInspectorPage } from './inspector/page-route.js';
import { newRequestId, sendError, type HttpError } from './json-error.js';
import { isLocalRequest } from './loopback.js';
import { BODY_LIMIT, TOO_LARGE, announcesTooLarge, hasBody, readBody } from './read-body.js';

/**
 * The reserved path prefix of the controls.
 *
 * @example
 * ```ts
 * await fetch(`${origin}${CONTROL_PREFIX}reset`, { method: 'POST' });
 * ```
 */
export const CONTROL_PREFIX = '/__mock/';

/** What the control routes act on. */
export interface ControlContext {
  mock: MockApi;
  /** The server's base URL of each environment (what `GET /__mock/keys` reports). */
  urls: Record<Environment, string>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Handler = (ctx: ControlContext, body: Record<string, unknown>, query: string) => Parsed<unknown>;

/** Controls whose POST or PUT carries a JSON body; the others ignore theirs. */
const TAKES_BODY = new Set(['clock', 'faults', 'latency', 'state']);
/** Bodies larger than the API's: a state holds every key. */
const BODY_LIMITS: Readonly<Record<string, number>> = { state: STATE_BODY_LIMIT };

/** The pending fault rules, with `Infinity` (a rule until cleared) spelled as JSON can. */
function faultsOf(mock: MockApi): { pending: number | 'unlimited'; rules: unknown[] } {
  const { pending } = mock.faults;
  return { pending: pending === Infinity ? 'unlimited' : pending, rules: mock.faults.list() };
}

const ROUTES: Record<string, Partial<Record<Method, Handler>>> = {
  reset: {
    POST: ({ mock }) => {
      mock.reset();
      return ok({ ok: true });
    },
  },
  clock: {
    GET: ({ mock }) => ok({ now: mock.clock.now().toISOString() }),
    POST: ({ mock }, body) => {
      const command = parseClockCommand(body);
      if (!command.ok) return command;
      if ('set' in command.value) mock.clock.set(command.value.set);
      else {
        // Only the clock knows how far it may go from where it is: past its range, it refuses.
        try {
          mock.clock.advance(command.value.advanceMs);
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          return {
            ok: false,
            error: {
              status: 400,
              code: 'validation_error',
              message: `advance_ms would move the clock out of its range (${CLOCK_RANGE_TEXT}).`,
              param: 'advance_ms',
            },
          };
        }
      }
      return ok({ now: mock.clock.now().toISOString() });
    },
  },
  faults: {
    GET: ({ mock }) => ok(faultsOf(mock)),
    POST: ({ mock }, body) => {
      const command = parseTargetedFaultCommand(body);
      if (!command.ok) return command;
      mock.faults.inject(command.value.fault, command.value.options);
      return ok(faultsOf(mock));
    },
    DELETE: ({ mock }) => {
      mock.faults.clear();
      return ok(faultsOf(mock));
    },
  },
  latency: {
    GET: ({ mock }) => ok({ latency: mock.latency() }),
    PUT: ({ mock }, body) => {
      const command = parseLatencyCommand(body);
      if (!command.ok) return command;
      return ok({ latency: mock.latency(command.value) });
    },
  },
  requests: {
    GET: ({ mock }, _body, search) => {
      const parsed = parseRequestQuery(search);
      if (!parsed.ok) return parsed;
      const { query, limit } = parsed.value;
      const found = mock.requests.find(query);
      return ok({ data: limit === undefined ? found : found.slice(-limit) });
    },
    DELETE: ({ mock }) => {
      mock.requests.clear();
      return ok({ ok: true });
    },
  },
  state: {
    GET: ({ mock }) => ok(mock.snapshot()),
    PUT: ({ mock }, body) => putState(mock, body),
  },
  keys: {
    GET: ({ mock, urls }) => ok({ adminKeys: mock.adminKeys, baseUrls: urls }),
  },
  'api-keys': {
    GET: ({ mock }, _body, search) => {
      const query = parseApiKeysQuery(search);
      return query.ok ? ok(inspectKeys(mock.snapshot(), query.value.environment)) : query;
    },
  },
};

/** Whether a request path belongs to the controls. */
export function isControlPath(path: string): boolean {
  return path.startsWith(CONTROL_PREFIX) || path === '/__mock' || path.startsWith('/__mock?');
}

/** Answers one control request (see the table above). */
export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  ctx: ControlContext,
): Promise<void> {
  if (!isLocalRequest(req.socket.remoteAddress, req.headers.host, req.headers.origin)) {
    sendError(res, {
      status: 403,
      code: 'loopback_only',
      message:
        'The /__mock/ controls answer only requests from this machine (loopback), addressed to it by a local name (Host), from no other site (Origin).',
    });
    return;
  }
  const query = path.indexOf('?');
  const name = (query === -1 ? path : path.slice(0, query)).slice(CONTROL_PREFIX.length);
  if (name === '') {
    answerInspectorPage(req, res, path);
    return;
  }
  const route = Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined;
  if (route === undefined) {
    sendError(res, {
      status: 404,
      code: 'not_found',
      message:
        'No such control. The controls are /__mock/reset, /__mock/clock, /__mock/faults, /__mock/latency, /__mock/requests, /__mock/state, /__mock/keys and /__mock/api-keys; the inspector page is /__mock/.',
    });
    return;
  }
  const handler = Object.hasOwn(route, req.method ?? '') ? route[req.method as Method] : undefined;
  if (handler === undefined) {
    const allow = Object.keys(route).join(', ');
    sendError(
      res,
      { status: 405, code: 'invalid_request', message: `This control accepts ${allow}.` },
      { headers: ['allow', allow] },
    );
    return;
  }
  let body: Record<string, unknown> = {};
  if ((req.method === 'POST' || req.method === 'PUT') && TAKES_BODY.has(name)) {
    const parsed = await readJsonBody(req, BODY_LIMITS[name] ?? BODY_LIMIT);
    if (!parsed.ok) {
      sendError(res, parsed.error, { close: parsed.error.status === 413 });
      return;
    }
    body = parsed.value;
  }
  const result = handler(ctx, body, query === -1 ? '' : path.slice(query + 1));
  if (!result.ok) {
    sendError(res, result.error);
    return;
  }
  sendJson(res, 200, result.value);
}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<Parsed<Record<string, unknown>>> {
  // Strict on purpose: a web page can send text/plain or a form cross-origin without a preflight,
  // but not application/json, so a page open in the developer's browser cannot drive the controls.
  const type = req.headers['content-type'];
  if (type !== undefined && !/^application\/json\s*(?:;|$)/i.test(type)) {
    return fail({ status: 415, code: 'unsupported_media_type', message: 'Send the body as application/json.' });
  }
  const tooLarge: HttpError = {
    status: 413,
    code: 'payload_too_large',
    message: `The request body is larger than ${limit} bytes.`,
  };
  if (announcesTooLarge(req, limit)) return fail(tooLarge);
  const body = hasBody(req) ? await readBody(req, limit) : undefined;
  if (body === TOO_LARGE) return fail(tooLarge);
  return parseJsonObject(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, [
    'content-type',
    'application/json',
    'content-length',
    String(Buffer.byteLength(body)),
    'x-request-id',
    newRequestId(),
    'cache-control',
    'no-store',
  ]);
  res.end(body);
}

function ok(value: unknown): Parsed<unknown> {
  return { ok: true, value };
}

function fail(error: HttpError): { ok: false; error: HttpError } {
  return { ok: false, error };
}
