import { describe, expect, it, vi } from 'vitest';
import { Keysmith, TimeoutError, type RetryEvent } from 'keysmith';
import { sleep } from '../../src/internal/sleep.js';
import {
  apiError,
  FakeTime,
  flush,
  IDENTITY,
  json,
  ManualSleep,
  PROD_KEY,
  scriptedFetch,
  testClient,
} from './helpers.js';

/** A fetch step that never answers, and rejects with the signal's reason when it aborts. */
function hang(_request: Request, init: RequestInit | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener(
      'abort',
      () => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- like fetch, rejects with the signal's reason, whatever it is
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

describe('aborting a call', () => {
  it('interrupts the backoff wait and rejects with the signal reason, sending nothing more', async () => {
    const sleeper = new ManualSleep();
    const fetch = scriptedFetch([apiError(500, 'internal_error'), json(200, IDENTITY)]);
    const client = new Keysmith({ apiKey: PROD_KEY, fetch, sleep: sleeper.sleep, random: () => 0 });
    const controller = new AbortController();
    const pending = client.me({ signal: controller.signal });
    await flush();
    expect(sleeper.pending.map((p) => p.ms)).toEqual([500]);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(fetch.seen).toHaveLength(1);
  });

  it("rejects with the caller's own abort reason", async () => {
    const reason = new Error('user navigated away');
    const fetch = scriptedFetch([hang]);
    const controller = new AbortController();
    const pending = testClient(fetch).me({ signal: controller.signal });
    await flush();
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(fetch.seen).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const fetch = scriptedFetch([json(200, IDENTITY)]);
    await expect(testClient(fetch).me({ signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch.seen).toHaveLength(0);
  });

  it('passes the call signal to the sleep between attempts', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch([apiError(500, 'internal_error'), json(200, IDENTITY)], time);
    const controller = new AbortController();
    await testClient(fetch, time).me({ signal: controller.signal });
    expect(time.signals).toEqual([controller.signal]);
  });

  it('cuts a real Retry-After wait short with the default sleep', async () => {
    const fetch = scriptedFetch([
      apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '30' }),
      json(200, IDENTITY),
    ]);
    const client = new Keysmith({ apiKey: PROD_KEY, fetch });
    const controller = new AbortController();
    const pending = client.me({ signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 5);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch.seen).toHaveLength(1);
  });
});

describe('the per-attempt timeout', () => {
  it('aborts an attempt that gets no response in time, retries it, and throws a TimeoutError at the end', async () => {
    const time = new FakeTime();
    const events: RetryEvent[] = [];
    const fetch = scriptedFetch([hang, hang], time);
    const error = await testClient(fetch, time, { timeout: 5, maxRetries: 1, onRetry: (e) => events.push(e) })
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      'GET /v1/me timed out after 2 attempts: no response within 5 ms. Raise the timeout option or check the network.',
    );
    expect(fetch.seen).toHaveLength(2);
    expect(time.sleeps).toEqual([5]);
    expect(events.map((e) => e.reason)).toEqual(['timeout']);
    expect(events[0]?.error).toBeInstanceOf(TimeoutError);
  });

  it('gives every attempt its own timer', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch([hang, json(200, IDENTITY)], time);
    await expect(testClient(fetch, time, { timeout: 5 }).me()).resolves.toEqual(IDENTITY);
    const [first, second] = fetch.seen.map((s) => s.init?.signal);
    expect(first?.aborted).toBe(true);
    expect((first?.reason as DOMException).name).toBe('TimeoutError');
    expect(second?.aborted).toBe(false);
  });

  it('lets a call override the client timeout', async () => {
    const fetch = scriptedFetch([hang]);
    await expect(testClient(fetch).me({ timeout: 5, maxRetries: 0 })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('runs one timer per attempt, and none with Infinity', async () => {
    vi.useFakeTimers();
    try {
      const stop = new AbortController();
      const never = (): Promise<Response> => new Promise(() => undefined);
      const client = testClient(scriptedFetch([never, never]));
      const timed = client.me({ signal: stop.signal }).catch((error: unknown) => error);
      expect(vi.getTimerCount()).toBe(1);
      stop.abort(new Error('done'));
      await timed;
      const untimed = client.me({ timeout: Infinity, signal: stop.signal }).catch((error: unknown) => error);
      expect(vi.getTimerCount()).toBe(0);
      await expect(untimed).resolves.toMatchObject({ message: 'done' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('still forwards the caller signal when the timeout is off', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const fetch = scriptedFetch([
      (_r, init) => ((seen = init?.signal ?? undefined), new Promise<Response>(() => undefined)),
    ]);
    const pending = testClient(fetch).me({ timeout: Infinity, signal: controller.signal });
    await vi.waitFor(() => {
      expect(seen).toBeDefined();
    });
    expect(seen?.aborted).toBe(false);
    controller.abort(new Error('cancelled'));
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toEqual(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
  });
});

describe('the default sleep', () => {
  it('resolves after the delay', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });

  it('rejects at once when the signal is already aborted', async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error('early')))).rejects.toThrow('early');
  });
});
