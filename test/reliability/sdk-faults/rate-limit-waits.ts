/**
 * The SDK under the mock's real rate limits: a wait above the cap fails at once with the wait in
 * the error, and calls made during the cooldown after a 429 each send one request, after it.
 */
import { InternalServerError, Keysmith, RateLimitError, type Sleep } from 'keysmith';
import { createMockApi, type MockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { START } from '../fixtures.js';
import { leaks } from '../leak-collector.js';

const CONCURRENT_CALLS = 10;

function mockWith(perMinute: number, perHour: number, at: number): MockApi {
  const mock = createMockApi({ now: at, plan: { per_minute: perMinute, per_hour: perHour } });
  for (const secret of Object.values(mock.adminKeys)) leaks.secret(secret);
  return mock;
}

async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    leaks.error('rate-limit waits', error);
    return error;
  }
  throw new Error('the call resolved; it should have been refused');
}

/** Waits the SDK asked for, recorded; none of them really waits. */
function recordingSleep(): { sleep: Sleep; waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        // Throwing here rejects the promise with the reason, as the SDK's own sleep does.
        signal?.throwIfAborted();
        waits.push(ms);
        resolve();
      }),
  };
}

describe('the SDK under faults: waits the server asks for', () => {
  test('a Retry-After above maxRetryAfter fails at once, without waiting, with the wait in the error', async () => {
    // The hour's quota is 1: the second request meets a window that resets in an hour.
    const mock = mockWith(10, 1, START);
    const { sleep, waits } = recordingSleep();
    const client = new Keysmith({
      apiKey: mock.adminKey,
      baseUrl: mock.baseUrls.production,
      fetch: leaks.wrapFetch('cap', (request) => mock.fetch(request)),
      maxRetries: 3,
      sleep,
      now: () => mock.clock.now().getTime(),
    });
    await client.me();
    const error = await rejection(client.me());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(waits).toEqual([]);
    expect(mock.requests.all().map((entry) => entry.status)).toEqual([200, 429]);
  });

  test('an injected 503 asking for more than the cap fails at once, carrying the wait it asked for', async () => {
    const mock = mockWith(100, 1_000, START);
    mock.faults.inject({ status: 503, headers: { 'Retry-After': '120' } }, 3);
    const { sleep, waits } = recordingSleep();
    const client = new Keysmith({
      apiKey: mock.adminKey,
      baseUrl: mock.baseUrls.production,
      fetch: leaks.wrapFetch('cap 503', (request) => mock.fetch(request)),
      maxRetries: 3,
      sleep,
      maxRetryAfter: 60_000,
    });
    const error = await rejection(client.me());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).rateLimit.retryAfterMs).toBe(120_000);
    expect(waits).toEqual([]);
    expect(mock.requests.all()).toHaveLength(1);
  });

  test(`${CONCURRENT_CALLS} calls made during the cooldown after a 429 send nothing while it lasts, then one request each`, async () => {
    const mock = mockWith(CONCURRENT_CALLS, 1_000, START + 30_000);
    const now = (): number => mock.clock.now().getTime();
    const pending: { wake: number; resolve: () => void }[] = [];
    // Waits park until the test moves the mock clock and lets them go.
    const sleep: Sleep = (ms, signal) =>
      new Promise<void>((resolve) => {
        // Throwing here rejects the promise with the reason, as the SDK's own sleep does.
        signal?.throwIfAborted();
        pending.push({ wake: now() + ms, resolve });
      });
    const client = new Keysmith({
      apiKey: mock.adminKey,
      baseUrl: mock.baseUrls.production,
      fetch: leaks.wrapFetch('cooldown', (request) => mock.fetch(request)),
      maxRetries: 2,
      sleep,
      now,
    });

    for (let i = 0; i < CONCURRENT_CALLS; i++) await client.me();
    const limited = await rejection(client.me({ maxRetries: 0 }));
    expect((limited as RateLimitError).retryAfterMs).toBe(30_000);
    const before = mock.requests.all().length;

    const calls = Array.from({ length: CONCURRENT_CALLS }, () => client.me());
    for (let round = 0; round < 20 && pending.length < CONCURRENT_CALLS; round++)
      await new Promise((resolve) => setImmediate(resolve));
    const duringCooldown = mock.requests.all().length - before;
    expect(pending.map((wait) => wait.wake)).toEqual(Array.from({ length: CONCURRENT_CALLS }, () => START + 60_000));
    expect(duringCooldown).toBe(0);

    mock.clock.set(START + 60_000);
    for (const wait of pending.splice(0)) wait.resolve();
    const identities = await Promise.all(calls);
    const after = mock.requests.all().slice(before);
    console.log(
      `cooldown: ${CONCURRENT_CALLS} concurrent calls after a 429 sent ${duringCooldown} requests during the cooldown and ${after.length} after it`,
    );
    expect(identities).toHaveLength(CONCURRENT_CALLS);
    expect(after.map((entry) => [entry.status, entry.at.getTime()])).toEqual(
      Array.from({ length: CONCURRENT_CALLS }, () => [200, START + 60_000]),
    );
    leaks.requestLog('cooldown mock.requests', mock.requests.all());
  });
});
