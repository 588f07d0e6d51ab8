// Runs inside a throw-away project that installed ONLY the tarball: msw is an optional peer, so the
// SDK, the HTTP server entry and its command must load and work without it.
import assert from 'node:assert/strict';
import { Keysmith } from 'keysmith';
import { startMockServer } from 'keysmith/mock/node';

await assert.rejects(import('msw'), 'msw must not be installed in this project');

const server = await startMockServer({ port: 0, host: '127.0.0.1' });
try {
  const client = new Keysmith({ apiKey: server.mock.adminKey, baseUrl: server.urls.production });
  assert.equal(typeof (await client.me()).id, 'string', 'me() over HTTP');
} finally {
  await server.close();
}
console.log('without msw: keysmith and keysmith/mock/node ok');
