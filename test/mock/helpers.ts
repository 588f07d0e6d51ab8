/**
 * Shared test helpers: a deterministic random source, and a small client that drives
 * `mock.fetch(new Request(...))` directly and parses what comes back.
 */
import type { ApiKeyWithSecret, components } from 'keysmith';
import type { MockApi } from 'keysmith/mock';

/** The moment most tests start at: 2026-11-01 12:00:00 UTC, a Sunday. */
export const NOW = '2026-11-01T12:00:00.000Z';

export const PRODUCTION = 'https://api.keysmith.example';
export const STAGING = 'https://api.staging.keysmith.example';
export const DEVELOPMENT = 'https://api.dev.keysmith.example';

/** A reproducible byte source (xorshift32), so ids and secrets are the same on every run. */
export function seededBytes(seed = 1): (count: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (count) => {
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      bytes[i] = state & 0xff;
    }
    return bytes;
  };
}

/** The body of every refusal: the API's shared error shape. */
export interface ErrorBody {
  error: components['schemas']['ErrorDetail'];
}

/**
 * One answer of the mock. `Body` is what the test expects the JSON to be (the parse does not check
 * it); it stays `unknown` for a test that reads no field.
 */
export interface Answer<Body = unknown> {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON; `{}` when the answer has no body. */
  body: Body;
}

export interface CallOptions {
  /** The secret to send; `null` sends no Authorization header. Defaults to the production admin key. */
  key?: string | null;
  body?: unknown;
  /** A raw body, sent as is. */
  raw?: BodyInit;
  headers?: Record<string, string>;
  /** Base URL; defaults to production. */
  base?: string;
}

/**
 * Sends one request to the mock's core and parses the JSON answer as a `Body`, e.g.
 * `call<ErrorBody>(mock, 'GET', '/v1/me', { key: null })`.
 */
export async function call<Body = unknown>(
  mock: MockApi,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer<Body>> {
  const headers: Record<string, string> = {};
  const key = options.key === undefined ? mock.adminKey : options.key;
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  let body: BodyInit | undefined = options.raw;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  Object.assign(headers, options.headers);
  const response = await mock.fetch(new Request(`${options.base ?? PRODUCTION}${path}`, { method, headers, body }));
  const text = await response.text();
  const json = (text === '' ? {} : JSON.parse(text)) as Body;
  return { status: response.status, headers: response.headers, text, body: json };
}

/** Creates a key with the admin key (or `key`) and returns the 201 body. */
export async function createKey(
  mock: MockApi,
  body: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<ApiKeyWithSecret> {
  const answer = await call<ApiKeyWithSecret>(mock, 'POST', '/v1/api-keys', {
    ...options,
    body: { name: 'Test key', permissions: ['keys:read'], ...body },
  });
  if (answer.status !== 201) throw new Error(`create failed: ${answer.status} ${answer.text}`);
  return answer.body;
}

/** Whether a parsed body has the API's error shape: an `error` object with a string `code`. */
function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}

/** The error code of an answer; `undefined` when its body is not an error. */
export const codeOf = (answer: Answer): string | undefined =>
  isErrorBody(answer.body) ? answer.body.error.code : undefined;
