import { describe, expect, it } from 'vitest';
import { RateLimitError } from 'keysmith';
import {
  apiError,
  FakeTime,
  flush,
  IDENTITY,
  json,
  ManualSleep,
  PROD_KEY,
  scriptedFetch,
  START,
  testClient,
} from './helpers.js';
import { Keysmith } from 'keysmith';

/** A clock the test moves by hand, with a sleep the test releases by hand. */
function manualTime() {
  const clock = { current: START };
  const sleeper = new ManualSleep();
  return { clock, sleeper, now: () => clock.current };
}

describe('the shared cooldown after a 429', () => {
  it('makes concurrent calls wait out one cooldown instead of each hitting the server', async () => {
    const { clock, sleeper, now } = manualTime();
    const fetch = scriptedFetch(
      [
        apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '2' }),
        ...Array.from({ length: 5 }, () => json(200, IDENTITY)),
      ],
      { now },
    );
    const client = new Keysmith({ apiKey: PROD_KEY, fetch, now, sleep: sleeper.sleep, random: () => 0 });

    const first = client.me();
    await flush();
    expect(fetch.seen).toHaveLength(1);
    expect(sleeper.pending.map((p) => p.ms)).toEqual([2000]);

    clock.current += 500;
    const others = [client.me(), client.keys.get('key_1'), client.rateLimit.get(), client.me()];
    await flush();
    expect(fetch.seen).toHaveLength(1);
    expect(sleeper.pending.map((p) => p.ms)).toEqual([2000, 1500, 1500, 1500, 1500]);

    clock.current += 1500;
    sleeper.release();
    await Promise.all([first, ...others]);
    expect(fetch.seen).toHaveLength(6);
    expect(fetch.seen.slice(1).every((s) => s.at === START + 2000)).toBe(true);
  });

  it('does not delay calls once the cooldown is over', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '1' }), json(200, IDENTITY), json(200, IDENTITY)],
      time,
    );
    const client = testClient(fetch, time);
    await client.me();
    expect(time.sleeps).toEqual([1000]);
    time.current += 5000;
    await client.me();
    expect(time.sleeps).toEqual([1000]);
  });

  it('is started by a 429 even when that call does not retry', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '4' }), json(200, IDENTITY)],
      time,
    );
    const client = testClient(fetch, time, { maxRetries: 0 });
    await expect(client.me()).rejects.toBeInstanceOf(RateLimitError);
    await client.me();
    expect(time.sleeps).toEqual([4000]);
    expect(fetch.seen.map((s) => s.at - START)).toEqual([0, 4000]);
  });

  it('makes a call fail at once with a RateLimitError, sending nothing, when the cooldown outlasts maxRetryAfter', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '120', 'X-RateLimit-Limit': '100' })],
      time,
    );
    const client = testClient(fetch, time);
    await expect(client.me()).rejects.toMatchObject({ retryAfterMs: 120_000 });
    time.current += 20_000;
    const error = await client.keys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(100_000);
    expect((error as RateLimitError).rateLimit.limit).toBe(100);
    expect((error as Error).message).toBe(
      'GET /v1/api-keys was not sent: this client is cooling down after a 429 for 100 s more, longer than maxRetryAfter (60000 ms). Retry after 100 s.',
    );
    expect(fetch.seen).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
  });

  it('makes a call with a short timeout fail at once rather than wait out a longer cooldown', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch([apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '30' })], time);
    const client = testClient(fetch, time, { maxRetries: 0 });
    await expect(client.me()).rejects.toBeInstanceOf(RateLimitError);
    await expect(client.me({ timeout: 1000 })).rejects.toThrow(/longer than timeout \(1000 ms\)/);
    expect(fetch.seen).toHaveLength(1);
  });

  it('is per client: another client is not held back', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '9' }), json(200, IDENTITY)],
      time,
    );
    await expect(testClient(fetch, time, { maxRetries: 0 }).me()).rejects.toBeInstanceOf(RateLimitError);
    await testClient(fetch, time).me();
    expect(time.sleeps).toEqual([]);
  });
});
