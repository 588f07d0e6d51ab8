import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, assert, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveMockApi, type MockServer } from 'keysmith/mock/node';
import { DIRECT_ENTRY, type DirectEntry } from '../../mock/adapters/direct-entry.js';
import type { MockAnswer } from '../../mock/pipeline/mock-answer.js';
import type { MockCall } from '../../mock/pipeline/mock-call.js';
import { STAND_IN_BASE_URLS, standIn, type StandIn } from './stand-in.js';

/** Tests of the node:http ⇄ fetch conversion, against a stand-in core that records what it gets. */

let answer: (request: Request) => Response | Promise<Response> = () => Response.json({ ok: true });
let core: StandIn;
let server: MockServer;
const errors: unknown[] = [];

beforeAll(async () => {
  core = standIn((request) => answer(request));
  server = await serveMockApi(core, { port: 0, onError: (error) => errors.push(error) });
});
afterAll(() => server.close());
beforeEach(() => {
  core.received.length = 0;
  errors.length = 0;
  answer = () => Response.json({ ok: true });
});

/** Sends raw bytes and returns everything the server wrote before closing (bounded by a timeout). */
function rawExchange(bytes: string | Buffer): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no close after 5 s; got ${JSON.stringify(received)}`));
    }, 5_000);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.write(bytes);
  });
}

function bodyOf(raw: string): unknown {
  return JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
}

describe('requests reaching the core', () => {
  it('maps each environment prefix onto the core base URL of that environment', async () => {
    await fetch(`${server.url}/v1/me?x=1`);
    await fetch(`${server.urls.staging}/v1/me`);
    await fetch(`${server.urls.development}/v1/api-keys/key_1`);
    expect(core.received.map((request) => request.url)).toEqual([
      `${STAND_IN_BASE_URLS.production}/v1/me?x=1`,
      `${STAND_IN_BASE_URLS.staging}/v1/me`,
      `${STAND_IN_BASE_URLS.development}/v1/api-keys/key_1`,
    ]);
  });

  it('passes the method, the headers and the body, without connection headers', async () => {
    await fetch(`${server.url}/v1/api-keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'abc' },
      body: '{"name":"ci"}',
    });
    const [request] = core.received;
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('idempotency-key')).toBe('abc');
    expect(request?.headers.has('host')).toBe(false);
    expect(request?.headers.has('connection')).toBe(false);
    expect(await request?.text()).toBe('{"name":"ci"}');
  });

  it('sends no body for a request without one', async () => {
    await fetch(`${server.url}/v1/me`);
    await fetch(`${server.url}/v1/api-keys/key_1`, { method: 'DELETE' });
    expect(core.received.map((request) => request.body)).toEqual([null, null]);
  });

  it('joins a repeated Authorization header instead of keeping the first', async () => {
    const raw = await rawExchange(
      'GET /v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\nConnection: close\r\n\r\n',
    );
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    expect(core.received[0]?.headers.get('authorization')).toBe('Bearer a, Bearer b');
  });

  it('accepts a request without a Host header', async () => {
    const raw = await rawExchange('GET /v1/me HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
  });

  it('accepts the absolute form of the request target', async () => {
    const raw = await rawExchange(`GET ${server.urls.staging}/v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(raw).toMatch(/^HTTP\/1\.1 200/);
    expect(core.received[0]?.url).toBe(`${STAND_IN_BASE_URLS.staging}/v1/me`);
  });
});

describe('responses leaving the core', () => {
  it('writes the status, every header and the body with an exact Content-Length', async () => {
    answer = () =>
      new Response('{"id":"key_1"}', {
        status: 201,
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req_1', 'X-RateLimit-Remaining': '99' },
      });
    const res = await fetch(`${server.url}/v1/api-keys`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-request-id')).toBe('req_1');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('99');
    expect(res.headers.get('content-length')).toBe('14');
    expect(res.headers.has('transfer-encoding')).toBe(false);
    expect(await res.json()).toEqual({ id: 'key_1' });
  });

  it('writes a body-less answer', async () => {
    answer = () => new Response(null, { status: 204, headers: { 'X-Request-Id': 'req_2' } });
    const res = await fetch(`${server.url}/v1/api-keys/key_1`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('answers HEAD with the headers only', async () => {
    const res = await fetch(`${server.url}/v1/me`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('11');
    expect(await res.text()).toBe('');
  });
});

describe('failures', () => {
  it('resets the connection when the core fails with a MockNetworkError', async () => {
    answer = () => {
      const error = new Error('Injected network failure.');
      error.name = 'MockNetworkError';
      throw error;
    };
    const failure = await fetch(`${server.url}/v1/me`).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError & { cause?: { code?: string } }).cause?.code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
  });

  it('answers 500 internal_error when the core throws, and reports the error', async () => {
    const boom = new Error('boom');
    answer = () => {
      throw boom;
    };
    const res = await fetch(`${server.url}/v1/me`);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ type: 'api_error', code: 'internal_error' });
    expect(body.error['request_id']).toBe(res.headers.get('x-request-id'));
    expect(errors).toEqual([boom]);
  });

  it('answers 500 when the response body cannot be read', async () => {
    answer = () =>
      new Response(
        new ReadableStream({
          pull: (controller) => {
            controller.error(new Error('broken'));
          },
        }),
      );
    const failure = await fetch(`${server.url}/v1/me`).then(
      (res) => res.status,
      () => 'reset',
    );
    expect(failure).toBe(500);
  });

  it('survives a client that leaves while the core is still answering', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived: () => void = () => {};
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    answer = async () => {
      arrived();
      await released;
      return Response.json({ late: true });
    };
    const controller = new AbortController();
    const pending = fetch(`${server.url}/v1/me`, { signal: controller.signal }).catch((error: unknown) => error);
    await reached;
    controller.abort();
    expect(await pending).toBeInstanceOf(DOMException);
    release();
    answer = () => Response.json({ ok: true });
    expect((await fetch(`${server.url}/v1/me`)).status).toBe(200);
    expect(errors).toEqual([]);
  });

  it('keeps serving after a failure', async () => {
    answer = () => {
      throw new Error('boom');
    };
    await fetch(`${server.url}/v1/me`);
    answer = () => Response.json({ ok: true });
    expect((await fetch(`${server.url}/v1/me`)).status).toBe(200);
  });
});

describe('bad input answered before the core', () => {
  it('answers 413 payload_too_large for a body over 64 KiB announced by Content-Length, without calling the core', async () => {
    const res = await fetch(`${server.url}/v1/api-keys`, { method: 'POST', body: 'x'.repeat(64 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'payload_too_large' } });
    expect(core.received).toEqual([]);
  });

  it('answers 413 for a chunked body that grows past 64 KiB', async () => {
    const chunk = new Uint8Array(16 * 1024);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded: 1 MiB at most, far past the limit.
        if (sent >= 64) {
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${server.url}/v1/api-keys`, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(core.received).toEqual([]);
  });

  it('accepts a body of exactly 64 KiB', async () => {
    const res = await fetch(`${server.url}/v1/api-keys`, { method: 'POST', body: 'x'.repeat(64 * 1024) });
    expect(res.status).toBe(200);
    expect((await core.received[0]?.arrayBuffer())?.byteLength).toBe(64 * 1024);
  });

  it('answers 413 before sending 100 Continue when the announced body is too large', async () => {
    const raw = await rawExchange(
      'POST /v1/api-keys HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\nExpect: 100-continue\r\n\r\n',
    );
    expect(raw).toMatch(/^HTTP\/1\.1 413 /);
    expect(raw).not.toContain('100 Continue');
    expect(bodyOf(raw)).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('still reads a small body after 100 Continue', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/v1/api-keys`, {
        method: 'POST',
        headers: { Expect: '100-continue', 'Content-Length': '2' },
      });
      req.on('continue', () => req.end('{}'));
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
    });
    expect(status).toBe(200);
    expect(await core.received[0]?.text()).toBe('{}');
  });

  it.each([
    ['a request line Node cannot parse', 'GARBAGE\r\n\r\n', 400],
    ['a NUL byte in the path', 'GET /v1/me\0 HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a NUL byte in a header', 'GET /v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer a\0b\r\n\r\n', 400],
    ['a URL longer than the header limit', `GET /v1/api-keys/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    [
      'an Authorization header longer than the header limit',
      `GET /v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
    ],
  ])('answers %s with a JSON error', async (_, bytes, status) => {
    const raw = await rawExchange(bytes);
    expect(raw.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    expect(bodyOf(raw)).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_request' } });
    expect(core.received).toEqual([]);
  });

  it('answers the asterisk request target with 400', async () => {
    const raw = await rawExchange('OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(bodyOf(raw)).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it.each(['TRACE', 'CONNECT'])('answers %s with 405 and a JSON error', async (method) => {
    const raw = await rawExchange(`${method} /v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    expect(raw).toMatch(/^HTTP\/1\.1 405 /);
    expect(bodyOf(raw)).toMatchObject({ error: { code: 'invalid_request' } });
  });

  it('keeps serving after bad input', async () => {
    await rawExchange('GARBAGE\r\n\r\n');
    await fetch(`${server.url}/v1/api-keys`, { method: 'POST', body: 'x'.repeat(100_000) });
    expect((await fetch(`${server.url}/v1/me`)).status).toBe(200);
  });
});

describe('a core offering the fast entry', () => {
  let direct: StandIn;
  let fast: MockServer;
  const calls: MockCall[] = [];
  let reply: (call: MockCall) => MockAnswer | Promise<MockAnswer> = () => ({
    status: 200,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req_fast' },
    body: '{"fast":true}',
  });

  beforeAll(async () => {
    direct = standIn(() => Response.json({ slow: true }));
    const answerCall: DirectEntry = async (call) => {
      calls.push(call);
      return reply(call);
    };
    fast = await serveMockApi(Object.assign(direct, { [DIRECT_ENTRY]: answerCall }), { port: 0 });
  });
  afterAll(() => fast.close());
  beforeEach(() => {
    calls.length = 0;
    reply = () => ({
      status: 200,
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req_fast' },
      body: '{"fast":true}',
    });
  });

  it('answers through the fast entry instead of fetch', async () => {
    const res = await fetch(`${fast.url}/v1/me`);
    expect(await res.json()).toEqual({ fast: true });
    expect(res.headers.get('x-request-id')).toBe('req_fast');
    expect(res.headers.get('content-length')).toBe('13');
    expect(direct.received).toEqual([]);
  });

  it('hands over the normalised URL of the environment, the method and the body', async () => {
    await fetch(`${fast.urls.staging}/v1/x/../api-keys?limit=2`, { method: 'POST', body: '{"name":"ci"}' });
    await fetch(`${fast.url}/v1/me`);
    expect(calls.map((call) => [call.method, call.url])).toEqual([
      ['POST', `${STAND_IN_BASE_URLS.staging}/v1/api-keys?limit=2`],
      ['GET', `${STAND_IN_BASE_URLS.production}/v1/me`],
    ]);
    const [post, get] = calls;
    const posted = post?.body.bytes;
    assert.exists(posted, 'the POST hands over its body');
    expect(Buffer.from(posted).toString()).toBe('{"name":"ci"}');
    expect(get?.body.bytes).toBeNull();
  });

  it('looks headers up case-insensitively and joins repeated ones', async () => {
    const { port } = new URL(fast.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      socket.on('error', reject);
      socket.on('close', () => {
        resolve();
      });
      socket.end(
        'GET /v1/me HTTP/1.1\r\nHost: x\r\nauthorization: Bearer a\r\nAUTHORIZATION: Bearer b\r\nKeysmith-Version: 2026-11-01\r\nConnection: close\r\n\r\n',
      );
      socket.resume();
    });
    const [call] = calls;
    expect(call?.header('Authorization')).toBe('Bearer a, Bearer b');
    expect(call?.header('keysmith-version')).toBe('2026-11-01');
    expect(call?.header('Idempotency-Key')).toBeNull();
  });

  it('writes no body for a 204 answer', async () => {
    reply = () => ({ status: 204, headers: { 'X-Request-Id': 'req_fast' }, body: 'ignored' });
    const res = await fetch(`${fast.url}/v1/api-keys/key_1`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(res.headers.has('content-length')).toBe(false);
    expect(await res.text()).toBe('');
  });

  it('resets the connection for a MockNetworkError', async () => {
    reply = () => {
      throw Object.assign(new TypeError('Injected network failure.'), { name: 'MockNetworkError' });
    };
    await expect(fetch(`${fast.url}/v1/me`)).rejects.toThrow(TypeError);
  });

  it('answers 500 internal_error when the fast entry fails otherwise', async () => {
    reply = () => {
      throw new Error('boom');
    };
    const res = await fetch(`${fast.url}/v1/me`);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { code: 'internal_error' } });
  });

  it('answers TRACE itself, as the fetch way in does', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      let received = '';
      const socket = connect(Number(new URL(fast.url).port), '127.0.0.1');
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('error', reject);
      socket.on('close', () => {
        resolve(received);
      });
      socket.end('TRACE /v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    expect(raw).toMatch(/^HTTP\/1\.1 405 /);
    expect(calls).toEqual([]);
  });
});
