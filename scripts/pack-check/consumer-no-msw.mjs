// Runs inside a throw-away project that installed ONLY the tarball: msw is an optional peer, so the
// SDK, keysmith/mock (everything but mock.handlers), the HTTP server entry and its command must load
// and work without it.
import assert from 'node:assert/strict';
import { Keysmith } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';
import { startMockServer } from 'keysmith/mock/node';

await assert.rejects(import('msw'), 'msw must not be installed in this project');

const reader = createSecret('production');
const mock = createMockApi({ now: '2026-11-01T09:00:00Z', keys: [{ secret: reader, permissions: ['keys:read'] }] });
const client = new Keysmith({ apiKey: mock.adminKey, ...mock.clientOptions() });
const key = await client.keys.create({ name: 'no msw', permissions: ['keys:read'] });
mock.faults.inject({ status: 503, headers: { 'Retry-After': '1' } });
assert.equal(
  (await new Keysmith({ apiKey: key.secret, ...mock.clientOptions() }).me()).id,
  key.id,
  'retried on mock time',
);
assert.equal(mock.clock.now().toISOString(), '2026-11-01T09:00:01.000Z', 'the retry moved the mock clock');
assert.deepEqual(
  mock.requests.all().map((entry) => `${entry.operation} ${entry.status}`),
  ['createApiKey 201', 'getMe 503', 'getMe 200'],
);
assert.throws(() => mock.handlers, /mock\.handlers needs msw.*npm install --save-dev msw/s);
mock.reset();

const server = await startMockServer({ port: 0, host: '127.0.0.1' });
try {
  const overHttp = new Keysmith({ apiKey: server.mock.adminKey, baseUrl: server.urls.production });
  assert.equal(typeof (await overHttp.me()).id, 'string', 'me() over HTTP');
} finally {
  await server.close();
}
console.log('import without msw: keysmith, keysmith/mock (all but mock.handlers), keysmith/mock/node ok');
