/**
 * The clients measured side by side: Keysmith and its peers, each making the same authenticated
 * `GET /v1/me` through the `fetch` it is given (the fake one, or the real one over loopback).
 * Each factory builds one client and returns a function that makes one call and returns the body.
 */
import { Keysmith } from 'keysmith';
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from 'keysmith';

type FetchFn = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/**
 * Builds one client, at once or after importing it; the call it returns makes one `GET /v1/me`
 * and resolves to the body.
 *
 * @example
 * ```ts
 * const call = await clientFactory('keysmith')({ baseUrl, apiKey, fetch: fakeFetch });
 * await call();
 * ```
 */
export type ClientFactory = (setup: ClientSetup) => ClientCall | Promise<ClientCall>;

/** One `GET /v1/me` through a client, resolving to the body. */
type ClientCall = () => Promise<unknown>;

/**
 * Where and how a client calls.
 *
 * @example
 * ```ts
 * const setup: ClientSetup = { baseUrl: 'http://127.0.0.1:4010', apiKey, fetch: globalThis.fetch };
 * ```
 */
export interface ClientSetup {
  baseUrl: string;
  apiKey: string;
  fetch: FetchFn;
}

const VERSION_HEADER = { 'Keysmith-Version': '2026-11-01' };
/** Keysmith's default per-attempt timeout, given to every peer that takes one. */
const TIMEOUT_MS = 60_000;

function headersOf(setup: ClientSetup): Record<string, string> {
  return { Authorization: `Bearer ${setup.apiKey}`, ...VERSION_HEADER };
}

function onTimeout(controller: AbortController): void {
  controller.abort(new DOMException('timed out', 'TimeoutError'));
}

/** Every client, by the name its row carries. */
export const CLIENTS: Record<string, ClientFactory> = {
  'fetch + res.json()'(setup) {
    const url = `${setup.baseUrl}/v1/me`;
    const init = { headers: headersOf(setup) };
    return async (): Promise<unknown> => (await setup.fetch(url, init)).json();
  },

  keysmith(setup) {
    const client = new Keysmith({ apiKey: setup.apiKey, baseUrl: setup.baseUrl, fetch: setup.fetch, maxRetries: 2 });
    return () => client.me();
  },

  'openapi-fetch'(setup) {
    const client = createClient<paths>({ baseUrl: setup.baseUrl, fetch: setup.fetch, headers: headersOf(setup) });
    return async () => (await client.GET('/v1/me')).data;
  },

  // The usual way to give openapi-fetch a timeout: a signal per request, which it puts in the Request.
  'openapi-fetch + signal'(setup) {
    const client = createClient<paths>({ baseUrl: setup.baseUrl, fetch: setup.fetch, headers: headersOf(setup) });
    return async () => {
      const controller = new AbortController();
      const timer = setTimeout(onTimeout, TIMEOUT_MS, controller);
      try {
        return (await client.GET('/v1/me', { signal: controller.signal })).data;
      } finally {
        clearTimeout(timer);
      }
    };
  },

  // Keysmith's way: a per-attempt controller and timer, the signal passed as fetch's init.
  'openapi-fetch + timeout as keysmith'(setup) {
    const timedFetch = async (request: Request): Promise<Response> => {
      const controller = new AbortController();
      const timer = setTimeout(onTimeout, TIMEOUT_MS, controller);
      try {
        return await setup.fetch(request, { signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
    };
    const client = createClient<paths>({ baseUrl: setup.baseUrl, fetch: timedFetch, headers: headersOf(setup) });
    return async () => (await client.GET('/v1/me')).data;
  },

  'openapi-fetch + 1 middleware'(setup) {
    const client = createClient<paths>({ baseUrl: setup.baseUrl, fetch: setup.fetch, headers: headersOf(setup) });
    const middleware: Middleware = {
      onRequest({ request }) {
        request.headers.set('X-Trace', '1');
        return request;
      },
    };
    client.use(middleware);
    return async () => (await client.GET('/v1/me')).data;
  },

  async ofetch(setup) {
    const { createFetch } = await import('ofetch');
    const $fetch = createFetch({ fetch: setup.fetch });
    const api = $fetch.create({ baseURL: setup.baseUrl, headers: headersOf(setup), timeout: TIMEOUT_MS });
    return () => api('/v1/me');
  },

  async ky(setup) {
    const { default: ky } = await import('ky');
    const api = ky.create({
      prefixUrl: setup.baseUrl,
      fetch: setup.fetch,
      headers: headersOf(setup),
      timeout: TIMEOUT_MS,
    });
    return () => api.get('v1/me').json();
  },

  async stripe(setup) {
    const { default: Stripe } = await import('stripe');
    const url = new URL(setup.baseUrl);
    const stripe = new Stripe('sk_test_benchmark', {
      httpClient: Stripe.createFetchHttpClient(setup.fetch),
      host: url.hostname,
      port: url.port === '' ? undefined : Number(url.port),
      protocol: url.protocol === 'http:' ? 'http' : 'https',
      maxNetworkRetries: 2,
      timeout: TIMEOUT_MS,
      telemetry: false,
    });
    return () => stripe.balance.retrieve();
  },

  async openai(setup) {
    const { default: OpenAI } = await import('openai');
    const client = new OpenAI({
      apiKey: 'sk-benchmark',
      baseURL: setup.baseUrl,
      fetch: setup.fetch,
      maxRetries: 2,
      timeout: TIMEOUT_MS,
    });
    return () => client.models.retrieve('gpt-bench');
  },
};

/**
 * The factory of the client named `name`; throws, naming the clients there are, when there is none.
 *
 * @example
 * ```ts
 * const call = await clientFactory('ky')({ baseUrl, apiKey, fetch: fakeFetch });
 * ```
 */
export function clientFactory(name: string): ClientFactory {
  const factory = CLIENTS[name];
  if (factory === undefined)
    throw new Error(`no client named ${name}; the clients: ${Object.keys(CLIENTS).join(', ')}`);
  return factory;
}
