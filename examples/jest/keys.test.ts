/**
 * A Jest suite against keysmith/mock: MSW's `setupServer` serves the mock's handlers, a fixture
 * key has a secret the test knows, and a client on the mock's clock meets a 429 without waiting.
 * Jest's functions are imported from `@jest/globals`, so no global types need configuring.
 *
 * Run it with `npx jest --config examples/jest/jest.config.mjs` (in your own project, `npx jest`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { setupServer } from 'msw/node';
import { Keysmith, PermissionDeniedError } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';

const readerSecret = createSecret('production');
const mock = createMockApi({
  now: '2026-11-01T09:00:00Z',
  keys: [{ secret: readerSecret, name: 'reader', permissions: ['keys:read'] }],
});
const server = setupServer(...mock.handlers);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  mock.reset();
});
afterAll(() => {
  server.close();
});

describe('through MSW', () => {
  test('a created key works at once, and stops working once revoked', async () => {
    const admin = new Keysmith({ apiKey: mock.adminKey });
    const key = await admin.keys.create({ name: 'temp', permissions: ['keys:read'] });
    await expect(new Keysmith({ apiKey: key.secret }).me()).resolves.toMatchObject({ id: key.id });
    await admin.keys.revoke(key.id);
    await expect(new Keysmith({ apiKey: key.secret }).me()).rejects.toMatchObject({ code: 'revoked_api_key' });
  });

  test('a fixture key can read but not write', async () => {
    const reader = new Keysmith({ apiKey: readerSecret });
    await expect(reader.keys.list()).resolves.toMatchObject({ object: 'list' });
    await expect(reader.keys.create({ name: 'nope', permissions: [] })).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});

describe('on the mock clock', () => {
  test('a client meets the plan limit and retries on mock time, not real time', async () => {
    const client = new Keysmith({ apiKey: mock.adminKey, ...mock.clientOptions() });
    for (let call = 0; call < 101; call++) await client.me();
    expect(mock.requests.all().filter((entry) => entry.status === 429)).toHaveLength(1);
    expect(mock.clock.now().toISOString()).toBe('2026-11-01T09:01:00.000Z');
  });
});
