// Runs inside a throw-away project that installed the packed tarball: every entry loads through
// `import` and does one real call (in-process through the mock, and over HTTP through its server).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { AuthenticationError, Keysmith, RateLimitError } from 'keysmith';
import { createMockApi, MOCK_STATE_SCHEMA } from 'keysmith/mock';
import { startMockServer } from 'keysmith/mock/node';

assert.ok(AuthenticationError.prototype instanceof Error, 'AuthenticationError is an Error');
assert.ok(RateLimitError.prototype instanceof Error, 'RateLimitError is an Error');

const mock = createMockApi();
const client = new Keysmith({
  apiKey: mock.adminKey,
  baseUrl: mock.baseUrls.production,
  fetch: (request) => mock.fetch(request),
});
assert.equal(typeof (await client.me()).id, 'string', 'me() through the mock core');

const server = await startMockServer({ port: 0, host: '127.0.0.1' });
try {
  const overHttp = new Keysmith({ apiKey: server.mock.adminKey, baseUrl: server.urls.production });
  assert.equal(typeof (await overHttp.me()).id, 'string', 'me() over HTTP');
} finally {
  await server.close();
}
// The snapshot's JSON Schema ships as a file, the same as the object the mock validates with.
const schemaFile = createRequire(import.meta.url)('keysmith/mock/state.schema.json');
assert.deepEqual(schemaFile, MOCK_STATE_SCHEMA, 'keysmith/mock/state.schema.json is MOCK_STATE_SCHEMA');
const restored = createMockApi();
restored.restore(JSON.parse(JSON.stringify(mock.snapshot())));
assert.equal(restored.snapshot().keys.length, 3, 'a snapshot restores in another mock');

// KEYSMITH_BASE_URL points a client that names no base URL at the mock server.
const pointed = await startMockServer({ port: 0, host: '127.0.0.1' });
try {
  process.env.KEYSMITH_BASE_URL = pointed.urls.production;
  const fromEnv = new Keysmith({ apiKey: pointed.mock.adminKey });
  assert.equal(fromEnv.baseUrl, pointed.urls.production.replace(/\/+$/, ''), 'KEYSMITH_BASE_URL');
  assert.equal(typeof (await fromEnv.me()).id, 'string', 'me() through KEYSMITH_BASE_URL');
} finally {
  delete process.env.KEYSMITH_BASE_URL;
  await pointed.close();
}
console.log(
  'import: keysmith, keysmith/mock, keysmith/mock/node, keysmith/mock/state.schema.json ok; KEYSMITH_BASE_URL ok',
);
