// Runs inside a throw-away project that installed ONLY the tarball: keysmith/mock loads through
// `require` without msw, and only mock.handlers asks for it.
const assert = require('node:assert/strict');
const { Keysmith } = require('keysmith');
const { createMockApi, createSecret } = require('keysmith/mock');

async function main() {
  assert.throws(() => require('msw'), 'msw must not be installed in this project');
  const mock = createMockApi({ keys: [{ secret: createSecret('staging'), permissions: ['keys:read'] }] });
  const client = new Keysmith({ apiKey: mock.adminKey, ...mock.clientOptions() });
  assert.equal((await client.me()).environment, 'production', 'me() through the mock core');
  mock.clock.advance(60_000);
  assert.equal(mock.requests.all().length, 1);
  assert.throws(
    () => mock.handlers,
    (error) => /needs msw/.test(error.message) && error.cause !== undefined,
  );
  console.log('require without msw: keysmith, keysmith/mock (all but mock.handlers) ok');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
