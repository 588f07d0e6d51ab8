import { createServer, type Server } from 'node:http';
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
      server.close(() => resolve());
      server.closeAllConnections();
    }),
);

describe('controls seen from another machine', () => {
  it.each(['203.0.113.7', '10.0.0.5', '::ffff:192.168.0.2', 'fe80::1'])('answers 403 loopback_only to %s and does nothing', async (address) => {
    peer = address;
    const res = await fetch(`${origin}/__mock/reset`, { method: 'POST' });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { type: 'permission_error', code: 'loopback_only' } });
    expect(resets).toBe(0);
  });

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
