/**
 * A vitest suite that tests code using the SDK against the mock: MSW's `setupServer` serves the
 * mock's handlers, fixtures have secrets the test knows, the clock moves on demand, faults are
 * injected, and the request log shows what the code under test sent.
 *
 * Run it with `npx vitest run --config test/docs/vitest.examples.config.ts` (in your own project,
 * a plain `npx vitest run` finds it).
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { AuthenticationError, Keysmith, PermissionDeniedError } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';

/** The code under test: disables every active key nobody has used for `days` days. */
async function disableUnusedKeys(client: Keysmith, days: number, now: Date): Promise<string[]> {
  const cutoff = now.getTime() - days * 86_400_000;
  const disabled: string[] = [];
  for await (const key of client.keys.list({ status: 'active', environment: client.environment })) {
    const lastUse = Date.parse(key.last_used_at ?? key.created_at);
    if (lastUse < cutoff) {
      await client.keys.update(key.id, { status: 'inactive' });
      disabled.push(key.name);
    }
  }
  return disabled;
}

// Fixtures: secrets the tests know, so they can call as these keys.
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
  mock.reset(); // keys, counters, clock, faults and log back to the seeded state
});
afterAll(() => {
  server.close();
});

const admin = (): Keysmith => new Keysmith({ apiKey: mock.adminKey });

describe('keys made in a test', () => {
  test('a created key works at once, and stops working once revoked', async () => {
    const key = await admin().keys.create({ name: 'temp', permissions: ['keys:read'] });
    const temp = new Keysmith({ apiKey: key.secret });
    await expect(temp.me()).resolves.toMatchObject({ id: key.id });

    await admin().keys.revoke(key.id);
    await expect(temp.me()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(temp.me()).rejects.toMatchObject({ status: 401, code: 'revoked_api_key' });
  });

  test('a fixture key can read but not write', async () => {
    const reader = new Keysmith({ apiKey: readerSecret });
    await expect(reader.keys.list()).resolves.toBeDefined();
    const refused = reader.keys.create({ name: 'nope', permissions: [] });
    await expect(refused).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(refused).rejects.toMatchObject({
      code: 'insufficient_scope',
      details: { required_scope: 'keys:write' },
    });
  });
});

describe('time', () => {
  test('a key expires when the mock clock passes expires_at', async () => {
    const key = await admin().keys.create({ name: 'day pass', permissions: [], expires_at: '2026-11-02T09:00:00Z' });
    mock.clock.advance(24 * 3600 * 1000);
    await expect(new Keysmith({ apiKey: key.secret }).me()).rejects.toMatchObject({ code: 'expired_api_key' });
    await expect(admin().keys.get(key.id)).resolves.toMatchObject({ status: 'expired' });
  });

  test('the code under test disables only the keys unused for 30 days', async () => {
    const client = admin();
    await client.keys.create({ name: 'stale', permissions: [] });
    mock.clock.advance(31 * 86_400_000);
    const fresh = await client.keys.create({ name: 'fresh', permissions: [] });
    await new Keysmith({ apiKey: fresh.secret }).me();

    const disabled = await disableUnusedKeys(client, 30, mock.clock.now());

    expect(disabled.sort()).toEqual(['reader', 'stale']);
  });
});

describe('faults and the request log', () => {
  test('the SDK retries a 503 by itself, as the request log shows', async () => {
    mock.faults.inject({ status: 503, headers: { 'Retry-After': '0' } });
    mock.requests.clear();

    await expect(admin().me()).resolves.toMatchObject({ environment: 'production' });

    const log = mock.requests.all().map((entry) => [entry.operation, entry.status, entry.faulted]);
    expect(log).toEqual([
      ['getMe', 503, true],
      ['getMe', 200, false],
    ]);
  });

  test('the request log never holds a secret', async () => {
    await new Keysmith({ apiKey: readerSecret }).me();
    expect(JSON.stringify(mock.requests.all())).not.toContain(readerSecret);
  });
});
