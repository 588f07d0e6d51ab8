/**
 * The contract harness: the mock's HTTP server with known fixture keys, and two Prism proxies in
 * front of it.
 *
 * - `strict` is `prism proxy --errors`. Prism refuses a request that breaks the spec itself (422,
 *   or 401 without an Authorization header) and turns an answer that breaks it into a 500 problem
 *   document. So requests valid per the spec go here, and must come back exactly as the mock
 *   answered them (same status, code and request id as its request log) with no `sl-violations`.
 * - `lenient` is `prism proxy` without `--errors`: it forwards every request and reports what
 *   broke the spec in the `sl-violations` header, each entry located in the `request` or the
 *   `response`. Deliberately invalid requests (to provoke the mock's 400s, 413, 415 and
 *   `missing_api_key`) go here: the header must list request violations — proof the request was
 *   invalid — and no response violation.
 *
 * Every outcome driven is recorded, so a test can compare them with what the spec declares.
 */
import { createSecret, type Fault } from 'keysmith/mock';
import { startMockServer, type MockServer } from 'keysmith/mock/node';
import { expect } from 'vitest';
import { outcome } from './declared-outcomes.js';
import { SPEC, startPrism, type PrismProcess } from './prism-process.js';

/**
 * The mock's clock is frozen here, so windows and expiry never move unless a test moves them.
 *
 * @example
 * ```ts
 * await startMockServer({ port: 0, now: NOW });
 * ```
 */
export const NOW = '2026-11-01T12:00:00.000Z';
/**
 * The API version the SDK sends; every request through Prism carries it.
 *
 * @example
 * ```ts
 * headers['Keysmith-Version'] = VERSION;
 * ```
 */
export const VERSION = '2026-11-01';

/**
 * Ids of the fixture keys (seeded, so they survive `reset()`).
 *
 * @example
 * ```ts
 * await contract.strict('getApiKey', { method: 'GET', path: `/v1/api-keys/${IDS.revoked}` }, { status: 200 });
 * ```
 */
export const IDS = {
  target: 'key_TargetKey0000001',
  reader: 'key_ReaderKey0000001',
  writer: 'key_WriterKey0000001',
  bare: 'key_BareKey000000001',
  product: 'key_ProductKey000001',
  revoked: 'key_RevokedKey000001',
  inactive: 'key_InactiveKey00001',
  expired: 'key_ExpiredKey000001',
  limited: 'key_LimitedKey000001',
  staging: 'key_StagingKey000001',
} as const;

/**
 * An id of the right shape that no key has.
 *
 * @example
 * ```ts
 * await contract.strict('getApiKey', { method: 'GET', path: `/v1/api-keys/${UNKNOWN_ID}` }, { status: 404, code: 'not_found' });
 * ```
 */
export const UNKNOWN_ID = 'key_NoSuchKey0000001';

/**
 * Secrets of the fixture keys, fresh for each run.
 *
 * @example
 * ```ts
 * await contract.strict('getMe', { method: 'GET', path: '/v1/me', key: SECRETS.inactive }, { status: 401, code: 'inactive_api_key' });
 * ```
 */
export const SECRETS = {
  target: createSecret('production'),
  reader: createSecret('production'),
  writer: createSecret('production'),
  bare: createSecret('production'),
  product: createSecret('production'),
  revoked: createSecret('production'),
  inactive: createSecret('production'),
  expired: createSecret('production'),
  limited: createSecret('production'),
  staging: createSecret('staging'),
  /** Well-formed, but no key has it. */
  unknown: createSecret('production'),
} as const;

/**
 * One request, as the tests describe it.
 *
 * @example
 * ```ts
 * const request: Call = { method: 'PATCH', path: `/v1/api-keys/${IDS.target}`, body: { name: 'x' } };
 * ```
 */
export interface Call {
  method: string;
  /** Path and query, e.g. `/v1/api-keys?limit=2`. */
  path: string;
  /** The secret to send; `null` sends no Authorization header. Defaults to the production admin key. */
  key?: string | null;
  /** A JSON body (sent as `application/json`). */
  body?: unknown;
  /** A raw body, sent as is with the given headers. */
  raw?: string;
  headers?: Record<string, string>;
}

/**
 * What should come back.
 *
 * @example
 * ```ts
 * const expected: Expected = { status: 409, code: 'key_revoked' };
 * ```
 */
export interface Expected {
  status: number;
  /** The error code; leave out for a success. */
  code?: string;
  /** `false` when the transport answers before the core (a body over 64 KiB), so the log has no entry. */
  logged?: boolean;
}

/**
 * An answer that came through Prism.
 *
 * @example
 * ```ts
 * const { status, body, headers } = await contract.strict('getMe', { method: 'GET', path: '/v1/me' }, { status: 200 });
 * ```
 */
export interface Answer<Body = Record<string, unknown>> {
  status: number;
  headers: Headers;
  /** The JSON that came back; a test names the schema it expects, e.g. `strict<ApiKeyList>(…)`. */
  body: Body;
}

interface SlViolation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/**
 * The harness: start it in `beforeAll`, reset it in `beforeEach`, stop it in `afterAll`.
 *
 * @example
 * ```ts
 * const contract = new ContractHarness();
 * beforeAll(() => contract.start());
 * ```
 */
export class ContractHarness {
  /** Every outcome driven through Prism so far, as `"<operationId> <status> <code>"`. */
  readonly driven = new Set<string>();
  #server: MockServer | undefined;
  #strict: PrismProcess | undefined;
  #lenient: PrismProcess | undefined;

  get server(): MockServer {
    if (this.#server === undefined) throw new Error('The contract harness is not started.');
    return this.#server;
  }

  async start(): Promise<void> {
    const expiredAt = new Date(Date.parse(NOW) - 3_600_000).toISOString();
    this.#server = await startMockServer({
      port: 0,
      now: NOW,
      // High plan limits: only the `limited` fixture ever meets a 429.
      plan: { per_minute: 1_000_000, per_hour: 100_000_000 },
      keys: [
        {
          id: IDS.target,
          secret: SECRETS.target,
          name: 'Target',
          permissions: ['keys:read'],
          metadata: { team: 'platform' },
        },
        { id: IDS.reader, secret: SECRETS.reader, name: 'Reader', permissions: ['keys:read'] },
        { id: IDS.writer, secret: SECRETS.writer, name: 'Writer', permissions: ['keys:*', 'rate_limit:read'] },
        { id: IDS.bare, secret: SECRETS.bare, name: 'No scopes', permissions: [] },
        { id: IDS.product, secret: SECRETS.product, name: 'Product', permissions: ['tasks:read'] },
        { id: IDS.revoked, secret: SECRETS.revoked, name: 'Revoked', status: 'revoked' },
        { id: IDS.inactive, secret: SECRETS.inactive, name: 'Inactive', status: 'inactive' },
        { id: IDS.expired, secret: SECRETS.expired, name: 'Expired', expires_at: expiredAt },
        { id: IDS.limited, secret: SECRETS.limited, name: 'Limited', rate_limit: { per_minute: 1 } },
        { id: IDS.staging, secret: SECRETS.staging, name: 'Staging worker', permissions: ['keys:read'] },
      ],
    });
    const upstream = this.#server.url;
    [this.#strict, this.#lenient] = await Promise.all([
      startPrism(['proxy', SPEC, upstream, '--errors']),
      startPrism(['proxy', SPEC, upstream]),
    ]);
  }

  async stop(): Promise<void> {
    await Promise.all([this.#strict?.stop(), this.#lenient?.stop()]);
    await this.#server?.close();
  }

  reset(): void {
    this.server.mock.reset();
  }

  /** Injects a fault through the server's `/__mock/faults` control, as another process would. */
  async inject(fault: Fault, count = 1): Promise<void> {
    const response = await fetch(`${this.server.url}/__mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fault, count }),
    });
    expect(response.status).toBe(200);
  }

  /** Uses up the `limited` fixture's one request per minute, straight at the mock (not through Prism). */
  async exhaustLimitedKey(): Promise<void> {
    const response = await fetch(`${this.server.url}/v1/me`, {
      headers: { Authorization: `Bearer ${SECRETS.limited}` },
    });
    expect(response.status).toBe(200);
  }

  /**
   * Sends a request valid per the spec through `prism proxy --errors`; it must arrive as the mock answered it.
   * `Body` is the schema the caller expects; Prism has checked the body against the spec's.
   */
  async strict<Body = Record<string, unknown>>(
    operationId: string,
    call: Call,
    expected: Expected,
  ): Promise<Answer<Body>> {
    const answer = await this.#send(this.#strict, call);
    const violations = answer.headers.get('sl-violations');
    expect(violations, `${describe(call)}: Prism reported ${violations}`).toBeNull();
    this.#check(operationId, call, answer, expected);
    return answer as Answer<Body>;
  }

  /** Sends a request that breaks the spec through `prism proxy` (no `--errors`); the answer must not break it. */
  async lenient(operationId: string, call: Call, expected: Expected): Promise<Answer> {
    const answer = await this.#send(this.#lenient, call);
    const violations = JSON.parse(answer.headers.get('sl-violations') ?? '[]') as SlViolation[];
    const inResponse = violations.filter((violation) => violation.location[0] !== 'request');
    expect(inResponse, `${describe(call)}: the mock's answer breaks the spec`).toEqual([]);
    expect(
      violations.length,
      `${describe(call)} was meant to break the spec, but Prism found it valid`,
    ).toBeGreaterThan(0);
    this.#check(operationId, call, answer, expected);
    return answer;
  }

  async #send(prism: PrismProcess | undefined, call: Call): Promise<Answer> {
    if (prism === undefined) throw new Error('The contract harness is not started.');
    const headers: Record<string, string> = { 'Keysmith-Version': VERSION };
    const key = call.key === undefined ? this.server.mock.adminKey : call.key;
    if (key !== null) headers.Authorization = `Bearer ${key}`;
    let body: string | undefined = call.raw;
    if (call.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(call.body);
    }
    Object.assign(headers, call.headers);
    const response = await fetch(`${prism.url}${call.path}`, { method: call.method, headers, body });
    const text = await response.text();
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(text) as Record<string, unknown>;
    } catch {
      throw new Error(
        `${describe(call)}: ${response.status} with a body that is not JSON: ${text.slice(0, 200)}\n${prism.log()}`,
      );
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  #check(operationId: string, call: Call, answer: Answer, expected: Expected): void {
    const what = `${describe(call)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
    const error = answer.body.error as { code?: string; request_id?: string } | undefined;
    const code = error?.code ?? null;
    expect({ status: answer.status, code }, what).toEqual({ status: expected.status, code: expected.code ?? null });
    const requestId = answer.headers.get('x-request-id');
    expect(requestId, what).toMatch(/^req_[0-9A-Za-z]+$/);
    if (code !== null) expect(error?.request_id, what).toBe(requestId);
    const logged = this.server.mock.requests.all().find((entry) => entry.requestId === requestId);
    if (expected.logged === false) {
      expect(logged, what).toBeUndefined();
    } else {
      // What the mock answered, by its own log: Prism passed it on unchanged.
      expect(
        logged && { operation: logged.operation, status: logged.status, errorCode: logged.errorCode },
        what,
      ).toEqual({
        operation: operationId,
        status: expected.status,
        errorCode: expected.code ?? null,
      });
    }
    this.driven.add(outcome(operationId, answer.status, code));
  }
}

function describe(call: Call): string {
  return `${call.method} ${call.path}`;
}
