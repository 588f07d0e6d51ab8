/**
 * Test doubles for the SDK: a fetch that answers from a script, a fake clock whose sleep advances
 * it, a sleep the test releases by hand, and valid secrets for each environment.
 */
import { Keysmith, type KeysmithOptions } from 'keysmith';
import { composeSecret, type Environment } from '../../src/secret-format.js';

/** A valid secret (right prefix and checksum) for an environment; `fill` varies the body. */
export function secretFor(environment: Environment, fill = 'a'): string {
  return composeSecret(environment, fill.repeat(32).slice(0, 32));
}

export const PROD_KEY = secretFor('production');
export const STAGING_KEY = secretFor('staging');
export const DEV_KEY = secretFor('development');

/** 2026-11-01T12:00:00Z, the clock every test starts from. */
export const START = Date.UTC(2026, 10, 1, 12, 0, 0);

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const all = new Headers({ 'content-type': 'application/json', 'x-request-id': `req_${status}` });
  for (const [name, value] of Object.entries(headers)) all.set(name, value);
  return new Response(JSON.stringify(body), { status, headers: all });
}

/** A response with the API's shared error body. */
export function apiError(
  status: number,
  code: string,
  message = `${code} happened.`,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): Response {
  return json(
    status,
    { error: { type: 'api_error', code, message, request_id: `req_err_${status}`, ...extra } },
    headers,
  );
}

/** An identity body, the smallest valid success. */
export const IDENTITY = {
  object: 'identity',
  id: 'key_admin',
  name: 'Admin',
  environment: 'production',
  permissions: ['admin:*'],
  masked_key: 'ks_prod_••••aaaa',
  owner: { id: 'acct_1', name: 'Acme Inc.' },
} as const;

/** A key record with the given id. */
export function keyRecord(id: string): Record<string, unknown> {
  return {
    object: 'api_key',
    id,
    name: `Key ${id}`,
    description: null,
    environment: 'production',
    status: 'active',
    prefix: 'ks_prod_',
    masked_key: 'ks_prod_••••abcd',
    permissions: ['keys:read'],
    rate_limit: { per_minute: 100, per_hour: 1000 },
    expires_at: null,
    created_at: '2026-11-01T12:00:00.000Z',
    updated_at: '2026-11-01T12:00:00.000Z',
    last_used_at: null,
    revoked_at: null,
    previous_secret_expires_at: null,
    usage: { requests_today: 0, requests_this_month: 0 },
    metadata: {},
    created_by: null,
  };
}

/** One step of a script: a response, an error to throw, or a function of the request. */
export type Step =
  Response | Error | ((request: Request, init: RequestInit | undefined) => Response | Promise<Response>);

/** What the fake fetch saw for one attempt. */
export interface SeenRequest {
  request: Request;
  init: RequestInit | undefined;
  /** The body text (reading it consumes the body, as a real fetch does). */
  body: string;
  /** The fake clock's time when the request was sent. */
  at: number;
}

/** A fetch that answers each request with the next step of the script and records what it saw. */
export interface ScriptedFetch {
  (request: Request, init?: RequestInit): Promise<Response>;
  readonly seen: SeenRequest[];
}

export function scriptedFetch(steps: Step[], clock: { now(): number } = { now: () => START }): ScriptedFetch {
  const seen: SeenRequest[] = [];
  const fetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    const body = request.body === null ? '' : await request.text();
    seen.push({ request, init, body, at: clock.now() });
    const step = steps.shift();
    if (step === undefined) throw new Error(`the script has no answer for request ${seen.length}`);
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(request, init);
    return step;
  };
  return Object.assign(fetch, { seen });
}

/** A clock that only moves when the client sleeps; records every sleep. */
export class FakeTime {
  current = START;
  readonly sleeps: number[] = [];
  readonly signals: (AbortSignal | undefined)[] = [];
  readonly now = (): number => this.current;
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      // Throwing here rejects the promise with the reason, as the SDK's own sleep does.
      signal?.throwIfAborted();
      this.sleeps.push(ms);
      this.signals.push(signal);
      this.current += ms;
      resolve();
    });
}

/** A sleep that waits until the test calls `release()` (or the signal aborts). */
export class ManualSleep {
  readonly pending: { ms: number; resolve: () => void }[] = [];
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      // Throwing here rejects the promise with the reason, as the SDK's own sleep does.
      signal?.throwIfAborted();
      signal?.addEventListener(
        'abort',
        () => {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- like the SDK's sleep, rejects with the signal's reason, whatever it is
          reject(signal.reason);
        },
        { once: true },
      );
      this.pending.push({ ms, resolve });
    });
  release(): void {
    for (const { resolve } of this.pending.splice(0)) resolve();
  }
}

/** Lets pending promise callbacks run. */
export async function flush(rounds = 10): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** A production client on the fake clock with jitter off (random 0), talking to `fetch`. */
export function testClient(fetch: ScriptedFetch, time = new FakeTime(), options: KeysmithOptions = {}): Keysmith {
  return new Keysmith({ apiKey: PROD_KEY, fetch, now: time.now, sleep: time.sleep, random: () => 0, ...options });
}
