/**
 * A suite on a frozen mock clock, as a user writes one with the guide's setup: 150 calls from one
 * client, so the plan's 100 a minute is met and the SDK retries the 429, and a key that expires on
 * the way. Through `mock.clientOptions()` the retry's wait moves the mock's clock instead of
 * passing real time, so the whole run takes no real wait: its wall time is printed and bounded.
 */
import { AuthenticationError, Keysmith } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const mock = createMockApi({ now: '2026-11-01T09:00:00Z' });
const admin = new Keysmith({ apiKey: mock.adminKey, ...mock.clientOptions() });
const CALLS = 150;
let started = 0;
let dayPass: { id: string; secret: string };

beforeAll(async () => {
  started = performance.now();
  dayPass = await admin.keys.create({ name: 'day pass', permissions: [], expires_at: '2026-11-01T09:00:30Z' });
});

afterAll(() => {
  const wall = performance.now() - started;
  console.log(`${CALLS} calls, one 429 retried, one key expired: ${wall.toFixed(0)} ms of wall time`);
  // A real wait for the 429 alone would be 60 s.
  expect(wall).toBeLessThan(5_000);
});

describe('150 calls on a frozen clock', () => {
  test('the key works before it expires', async () => {
    await expect(new Keysmith({ apiKey: dayPass.secret, ...mock.clientOptions() }).me()).resolves.toMatchObject({
      id: dayPass.id,
    });
  });

  test('every call succeeds: the 101st meets the limit, and its retry waits on mock time', async () => {
    for (let call = 1; call < CALLS; call++) await admin.keys.get(dayPass.id);
    const statuses = mock.requests
      .all()
      .filter((entry) => entry.callerKeyId !== dayPass.id)
      .map((entry) => entry.status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
    expect(statuses.filter((status) => status < 300)).toHaveLength(CALLS);
    expect(mock.clock.now().toISOString()).toBe('2026-11-01T09:01:00.000Z');
  });

  test('the key has expired once the retry moved the clock past its expires_at', async () => {
    const refused = await new Keysmith({ apiKey: dayPass.secret, ...mock.clientOptions() })
      .me()
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused).toMatchObject({ code: 'expired_api_key' });
    await expect(admin.keys.get(dayPass.id)).resolves.toMatchObject({ status: 'expired' });
  });
});
