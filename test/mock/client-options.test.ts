import { Keysmith, RateLimitError, type KeysmithOptions } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { rateLimitedMessage } from '../../mock/pipeline/steps/5-rate-limit.js';
import { NOW } from './helpers.js';

describe('mock.clientOptions()', () => {
  test('spreads into the client options as they are', async () => {
    const mock = createMockApi({ now: NOW });
    const options: KeysmithOptions = { apiKey: mock.adminKey, ...mock.clientOptions() };
    expect(Object.keys(mock.clientOptions()).sort()).toEqual(['fetch', 'now', 'sleep']);
    await expect(new Keysmith(options).me()).resolves.toMatchObject({ permissions: ['admin:*'] });
  });

  test('now is the mock clock, in epoch milliseconds', () => {
    const mock = createMockApi({ now: NOW });
    const { now } = mock.clientOptions();
    mock.clock.advance(1234);
    expect(now()).toBe(Date.parse(NOW) + 1234);
  });

  test('sleep moves the mock clock instead of waiting', async () => {
    const mock = createMockApi({ now: NOW });
    const started = performance.now();
    await mock.clientOptions().sleep(3_600_000);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(mock.clock.now().toISOString()).toBe('2026-11-01T13:00:00.000Z');
  });

  test('sleep rejects with the reason of an aborted signal, and leaves the clock', async () => {
    const mock = createMockApi({ now: NOW });
    const reason = new Error('cancelled');
    await expect(mock.clientOptions().sleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(mock.clock.now().toISOString()).toBe(NOW);
  });

  test('fetch carries the attempt signal, so an abort cuts an injected delay short', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ delayMs: 10_000 });
    const controller = new AbortController();
    const request = new Request(`${mock.baseUrls.production}/v1/me`, {
      headers: { Authorization: `Bearer ${mock.adminKey}` },
    });
    const answer = mock.clientOptions().fetch(request, { signal: controller.signal });
    controller.abort(new Error('timed out'));
    await expect(answer).rejects.toThrow('timed out');
  });

  test('a client retries a 429 on mock time: the wait moves the clock to the next minute', async () => {
    const mock = createMockApi({ now: '2026-11-01T09:00:20Z', plan: { per_minute: 2 } });
    const client = new Keysmith({ apiKey: mock.adminKey, ...mock.clientOptions() });
    for (let i = 0; i < 3; i++) await client.me();
    expect(mock.requests.all().map((entry) => entry.status)).toEqual([200, 200, 429, 200]);
    expect(mock.clock.now().toISOString()).toBe('2026-11-01T09:01:00.000Z');
  });
});

describe('a 429 on a frozen clock', () => {
  const plan = { per_minute: 1 };

  test('says the clock is frozen and how to move it or raise the plan, in the body and the SDK error', async () => {
    const mock = createMockApi({ now: NOW, plan });
    const client = new Keysmith({ apiKey: mock.adminKey, maxRetries: 0, ...mock.clientOptions() });
    await client.me();
    const error = await client.me().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    const message = (error as RateLimitError).message;
    expect(message).toContain('The mock clock is frozen at 2026-11-01T12:00:00.000Z');
    for (const hint of ['mock.clock.advance(ms)', 'POST /__mock/clock', 'mock.clientOptions()', 'plan'])
      expect(message).toContain(hint);
  });

  test('on a clock that follows real time the message says nothing of freezing', () => {
    const window = { window: 'minute', limit: 1, remaining: 0, resetsAt: Date.parse(NOW) + 60_000 } as const;
    expect(rateLimitedMessage(window, 60, null)).toBe(
      'Rate limit of 1 requests per minute exceeded. Retry after 60 seconds.',
    );
    expect(rateLimitedMessage(window, 60, Date.parse(NOW))).toMatch(/^Rate limit of 1 .* The mock clock is frozen/);
  });
});
