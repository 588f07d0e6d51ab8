import { createServer, request, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleControl } from '../../mock/node/control-routes.js';
import { standIn } from './stand-in.js';

/**
 * The controls must refuse peers off this machine. A test cannot connect from another host, so this
 * server (on 127.0.0.1) rewrites the peer address its sockets report before the real handler runs.
 */
let server: Server;
let origin = '';
let peer = '203.0.113.7';
let resets = 0;

beforeAll(async () => {
  const mock = standIn(() => Response.json({}));
  mock.reset = () => {
    resets += 1;
  };
  server = createServer((req, res) => {
    Object.defineProperty(req.socket, 'remoteAddress', { value: peer, configurable: true });
    void handleControl(req, res, req.url ?? '/', { mock, urls: mock.baseUrls });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    }),
);

describe('controls seen from another machine', () => {
  it.each(['203.0.113.7', '10.0.0.5', '::ffff:192.168.0.2', 'fe80::1'])(
    'answers 403 loopback_only to %s and does nothing',
    async (address) => {
      peer = address;
      const res = await fetch(`${origin}/__mock/reset`, { method: 'POST' });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { type: 'permission_error', code: 'loopback_only' } });
      expect(resets).toBe(0);
    },
  );

  it('refuses before revealing which controls exist', async () => {
    peer = '203.0.113.7';
    const res = await fetch(`${origin}/__mock/no-such-control`);
    expect(res.status).toBe(403);
  });

  it('answers the same control to a loopback peer', async () => {
    peer = '127.0.0.1';
    const res = await fetch(`${origin}/__mock/reset`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(resets).toBe(1);
  });
});

/** A POST to the controls with the given headers (node:http, since fetch will not send a foreign Host). */
function postReset(headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/__mock/reset`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('controls reached through a browser from another site', () => {
  const port = (): string => new URL(origin).port;

  it.each(['rebound.example', 'rebound.example:80', '10.0.0.5', 'not a host'])(
    'refuses a loopback peer whose Host is %s (DNS rebinding), and does nothing',
    async (host) => {
      peer = '127.0.0.1';
      const before = resets;
      const { status, body } = await postReset({ Host: host });
      expect(status).toBe(403);
      expect(JSON.parse(body)).toMatchObject({ error: { code: 'loopback_only' } });
      expect(resets).toBe(before);
    },
  );

  it('refuses a request whose Origin is another site (a cross-site form post)', async () => {
    peer = '127.0.0.1';
    const before = resets;
    const { status } = await postReset({ Host: `127.0.0.1:${port()}`, Origin: 'https://evil.example' });
    expect(status).toBe(403);
    expect(resets).toBe(before);
  });

  it.each([
    ['localhost', undefined],
    ['127.0.0.1', 'http://localhost:3000'],
    ['[::1]', 'http://127.0.0.1:5173'],
    ['app.localhost', 'http://app.localhost:8080'],
  ])('answers Host %s with Origin %s', async (hostname, requestOrigin) => {
    peer = '127.0.0.1';
    const before = resets;
    const headers: Record<string, string> = { Host: `${hostname}:${port()}` };
    if (requestOrigin) headers['Origin'] = requestOrigin;
    expect((await postReset(headers)).status).toBe(200);
    expect(resets).toBe(before + 1);
  });
});
