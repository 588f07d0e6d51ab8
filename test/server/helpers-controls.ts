/**
 * A loopback server per test file, and the two calls the control tests make: a control request
 * and an authenticated API request.
 */
import { startMockServer, type MockServer, type MockServerOptions } from 'keysmith/mock/node';

/** Sends a control request; a non-string body goes as JSON. */
export function control(server: MockServer, path: string, method = 'GET', body?: unknown): Promise<Response> {
  return fetch(`${server.url}/__mock/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Calls the API with a key (the production admin key by default). */
export function api(
  server: MockServer,
  method: string,
  path: string,
  options: { key?: string; body?: unknown } = {},
): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${options.key ?? server.mock.adminKey}`,
      ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

/** The JSON of an answer, as a test reads it. */
export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** A server on 127.0.0.1 with a free port and a frozen clock. */
export function startServer(options: MockServerOptions = {}): Promise<MockServer> {
  return startMockServer({ port: 0, now: '2026-11-01T09:00:00.000Z', ...options });
}
