import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockApi, createSecret } from 'keysmith/mock';
import { serveMockApi, startMockServer, type MockServer } from 'keysmith/mock/node';

const START = '2026-11-01T09:00:00.000Z';
const reader = createSecret('development');

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    now: START,
    keys: [{ secret: reader, name: 'reader', permissions: ['keys:read'] }],
  });
});
afterAll(() => server.close());
beforeEach(() => {
  server.mock.reset();
});

/** A port that was free a moment ago (the OS hands out ephemeral ports in turn, so reuse is unlikely). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      });
    });
  });
}

function get(url: string, secret: string): Promise<Response> {
  return fetch(url, { headers: { Authorization: `Bearer ${secret}` } });
}

async function errorOf(res: Response): Promise<Record<string, unknown>> {
  const body = (await res.json()) as { error: Record<string, unknown> };
  return body.error;
}

describe('startMockServer', () => {
  it('listens on 127.0.0.1 and gives each environment a base URL on one port', () => {
    const { port, hostname } = new URL(server.url);
    expect(hostname).toBe('127.0.0.1');
    expect(server.urls).toEqual({
      production: `http://127.0.0.1:${port}`,
      staging: `http://127.0.0.1:${port}/staging`,
      development: `http://127.0.0.1:${port}/development`,
    });
    expect(server.mock.baseUrls).toEqual(server.urls);
  });

  it.each(['production', 'staging', 'development'] as const)(
    'serves %s under its own base URL',
    async (environment) => {
      const res = await get(`${server.urls[environment]}/v1/me`, server.mock.adminKeys[environment]);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ environment, permissions: ['admin:*'] });
      expect(res.headers.get('x-ratelimit-limit')).not.toBeNull();
    },
  );

  it("answers 401 environment_mismatch for a key used on another environment's prefix", async () => {
    const res = await get(`${server.url}/v1/me`, server.mock.adminKeys.staging);
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toMatchObject({ code: 'environment_mismatch' });
  });

  it('makes the seeded fixture key usable', async () => {
    const res = await get(`${server.urls.development}/v1/me`, reader);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'reader', permissions: ['keys:read'] });
  });

  it('answers 404 not_found as JSON for an unknown path', async () => {
    const res = await get(`${server.url}/v2/nothing`, server.mock.adminKey);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await errorOf(res)).toMatchObject({ type: 'not_found_error', code: 'not_found' });
  });

  it('carries a created key from one request to the next', async () => {
    const created = await fetch(`${server.urls.staging}/v1/api-keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.mock.adminKeys.staging}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'ci', permissions: ['keys:read'] }),
    });
    expect(created.status).toBe(201);
    const { secret } = (await created.json()) as { secret: string };
    expect((await get(`${server.urls.staging}/v1/me`, secret)).status).toBe(200);
  });

  it('answers 413 for a body over 64 KiB and keeps serving', async () => {
    const res = await fetch(`${server.url}/v1/api-keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.mock.adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(70_000), permissions: [] }),
    });
    expect(res.status).toBe(413);
    expect(await errorOf(res)).toMatchObject({ type: 'invalid_request_error', code: 'payload_too_large' });
    expect((await get(`${server.url}/v1/me`, server.mock.adminKey)).status).toBe(200);
  });

  it('resets the connection when a network fault is injected, then answers normally', async () => {
    server.mock.faults.inject({ network: true });
    const failure = await get(`${server.url}/v1/me`, server.mock.adminKey).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((await get(`${server.url}/v1/me`, server.mock.adminKey)).status).toBe(200);
  });

  it('answers an injected status fault', async () => {
    server.mock.faults.inject({ status: 503, headers: { 'Retry-After': '2' } });
    const res = await get(`${server.url}/v1/me`, server.mock.adminKey);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
  });

  it('logs the URL the client used and never the secret', async () => {
    await get(`${server.urls.staging}/v1/me`, server.mock.adminKeys.staging);
    const [entry] = server.mock.requests.all();
    expect(entry).toMatchObject({ url: `${server.urls.staging}/v1/me`, environment: 'staging', status: 200 });
    expect(JSON.stringify(server.mock.requests.all())).not.toContain(server.mock.adminKeys.staging);
  });
});

describe('serveMockApi', () => {
  let mock: ReturnType<typeof createMockApi>;
  let served: MockServer;

  beforeAll(async () => {
    mock = createMockApi({ now: START });
    served = await serveMockApi(mock, { port: 0 });
  });
  afterAll(() => served.close());

  it("maps each prefix onto a mock made with the default base URLs, sharing the mock's state", async () => {
    const res = await get(`${served.urls.development}/v1/me`, mock.adminKeys.development);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ environment: 'development' });
    expect(mock.requests.all().at(-1)).toMatchObject({ url: 'https://api.dev.keysmith.example/v1/me', status: 200 });
  });

  it('reports the server URLs, not the mock ones, from /__mock/keys', async () => {
    const body = (await (await fetch(`${served.url}/__mock/keys`)).json()) as { baseUrls: unknown; adminKeys: unknown };
    expect(body).toEqual({ adminKeys: mock.adminKeys, baseUrls: served.urls });
  });
});

describe('close', () => {
  it('stops listening, drops kept-alive connections and can be called twice', async () => {
    const temporary = await startMockServer({ port: 0 });
    expect((await get(`${temporary.url}/v1/me`, temporary.mock.adminKey)).status).toBe(200);
    await temporary.close();
    await temporary.close();
    await expect(fetch(`${temporary.url}/v1/me`)).rejects.toThrow(TypeError);
  });

  it('refuses to start on a port already in use', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startMockServer({ port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('rejects, and frees the port again, when the mock cannot be made', async () => {
    const port = await freePort();
    await expect(startMockServer({ port, plan: { per_minute: 0 } })).rejects.toThrow(RangeError);
    const again = await startMockServer({ port });
    expect(again.url).toBe(`http://127.0.0.1:${port}`);
    await again.close();
  });
});
