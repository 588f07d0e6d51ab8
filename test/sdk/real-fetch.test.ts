import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionError, Keysmith, TimeoutError } from 'keysmith';
import { IDENTITY, keyRecord, PROD_KEY } from './helpers.js';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

interface Received {
  method: string;
  url: string;
  body: string;
  idempotencyKey: string | undefined;
}

describe('with the real fetch against a localhost server', () => {
  let server: Server;
  let baseUrl: string;
  const handlers: Handler[] = [];
  const received: Received[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        received.push({
          method: request.method ?? '',
          url: request.url ?? '',
          body,
          idempotencyKey: request.headers['idempotency-key'] as string | undefined,
        });
        const handler = handlers.shift();
        if (handler) handler(request, body, response);
        else response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(() => {
    handlers.length = 0;
    received.length = 0;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
  });

  function reply(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
    return (_request, _body, response) =>
      response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }

  it('resends the same body and Idempotency-Key after a 503, the first body having been consumed', async () => {
    handlers.push(
      reply(503, { error: { code: 'service_unavailable', message: 'Down.' } }, { 'retry-after-ms': '1' }),
      reply(201, { ...keyRecord('key_1'), secret: 'x' }),
    );
    const client = new Keysmith({ apiKey: PROD_KEY, baseUrl });
    const key = await client.keys.create({ name: 'CI', permissions: ['keys:read'] });
    expect(key.id).toBe('key_1');
    expect(received.map((r) => [r.method, r.url, r.body])).toEqual([
      ['POST', '/v1/api-keys', '{"name":"CI","permissions":["keys:read"]}'],
      ['POST', '/v1/api-keys', '{"name":"CI","permissions":["keys:read"]}'],
    ]);
    expect(received[0]?.idempotencyKey).toBeTruthy();
    expect(received[1]?.idempotencyKey).toBe(received[0]?.idempotencyKey);
  });

  it('times out an attempt whose response never comes, then succeeds on the retry', async () => {
    handlers.push(() => undefined, reply(200, IDENTITY));
    const client = new Keysmith({ apiKey: PROD_KEY, baseUrl, timeout: 50, random: () => 0 });
    await expect(client.me()).resolves.toEqual(IDENTITY);
    expect(received).toHaveLength(2);
  });

  it('throws a TimeoutError when every attempt times out', async () => {
    handlers.push(
      () => undefined,
      () => undefined,
    );
    const client = new Keysmith({ apiKey: PROD_KEY, baseUrl, timeout: 20, maxRetries: 1 });
    await expect(client.me()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('throws a ConnectionError naming the cause when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) =>
      closed.close(() => {
        resolve();
      }),
    );
    const client = new Keysmith({
      apiKey: PROD_KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 1,
      sleep: () => Promise.resolve(),
    });
    const error = await client.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toContain('ECONNREFUSED');
    expect((error as Error).message).toContain('after 2 attempts');
  });
});

describe('with MSW installed after the client was built', () => {
  const client = new Keysmith({ apiKey: PROD_KEY, sleep: () => Promise.resolve() });
  let calls = 0;
  const server = setupServer(
    http.get('https://api.keysmith.example/v1/me', ({ request }) => {
      calls++;
      if (request.headers.get('authorization') !== `Bearer ${PROD_KEY}`) return HttpResponse.json({}, { status: 401 });
      return calls === 1
        ? HttpResponse.json({ error: { code: 'service_unavailable', message: 'Down.' } }, { status: 503 })
        : HttpResponse.json(IDENTITY, { headers: { 'X-RateLimit-Remaining': '98' } });
    }),
  );

  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => {
    server.close();
  });

  it('is intercepted, retries the 503 without hanging on the discarded body, and parses the headers', async () => {
    await expect(client.me()).resolves.toEqual(IDENTITY);
    expect(calls).toBe(2);
    expect(client.lastRateLimit?.remaining).toBe(98);
  });
});
