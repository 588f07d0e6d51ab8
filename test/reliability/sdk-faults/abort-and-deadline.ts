/**
 * The SDK under faults, cancelled: an abort during a backoff ends the call at once (the 30 s wait
 * it cut would outlast the test's own timeout), and a total deadline — an `AbortSignal` given as
 * `signal` — holds across retries, exactly on an injected clock and for real on a slow answer.
 */
import { Keysmith, type Sleep } from 'keysmith';
import { createMockApi, type MockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { ROOMY_PLAN, START } from '../fixtures.js';
import { leaks } from '../leak-collector.js';

function freshMock(): MockApi {
  const mock = createMockApi({ now: START, plan: ROOMY_PLAN });
  for (const secret of Object.values(mock.adminKeys)) leaks.secret(secret);
  return mock;
}

/** The mock's fetch, seeing the attempt's signal the SDK passes as `init.signal` (as a real fetch would). */
function signalledFetch(mock: MockApi, source: string): (request: Request, init?: RequestInit) => Promise<Response> {
  return leaks.wrapFetch(source, (request, init) =>
    mock.fetch(init?.signal ? new Request(request, { signal: init.signal }) : request),
  );
}

async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    leaks.error('sdk faults', error);
    return error;
  }
  throw new Error('the call resolved; it should have been refused');
}

describe('the SDK under faults: abort and deadline', () => {
  test('an abort during the backoff before a retry ends the call with the abort reason, and nothing more is sent', async () => {
    const mock = freshMock();
    mock.faults.inject({ status: 503, headers: { 'Retry-After': '30' } }, 3);
    const controller = new AbortController();
    const reason = new Error('the caller gave up');
    const client = new Keysmith({
      apiKey: mock.adminKey,
      baseUrl: mock.baseUrls.production,
      fetch: signalledFetch(mock, 'abort'),
      maxRetries: 3,
      // The real timer-based sleep: the abort must cut a 30-second wait.
      onRetry: (event) => {
        leaks.event('abort onRetry', event);
        setTimeout(() => {
          controller.abort(reason);
        }, 5);
      },
    });
    const started = performance.now();
    const error = await rejection(client.me({ signal: controller.signal }));
    console.log(
      `abort during backoff: the call ended ${(performance.now() - started).toFixed(0)} ms after it started, inside a 30 000 ms backoff`,
    );
    expect(error).toBe(reason);
    expect(mock.requests.all().map((entry) => entry.status)).toEqual([503]);
    expect(mock.faults.pending).toBe(2);
  });

  test('an abort during the cooldown after a real 429 ends the waiting call without sending it', async () => {
    const mock = createMockApi({ now: START + 30_000, plan: { per_minute: 1, per_hour: 100 } });
    leaks.secret(mock.adminKey);
    const client = new Keysmith({
      apiKey: mock.adminKey,
      baseUrl: mock.baseUrls.production,
      fetch: signalledFetch(mock, 'cooldown abort'),
      maxRetries: 0,
      now: () => mock.clock.now().getTime(),
    });
    await client.me();
    await rejection(client.me());
    const controller = new AbortController();
    const waiting = client.me({ signal: controller.signal, maxRetries: 2 });
    setTimeout(() => {
      controller.abort(new Error('stop waiting'));
    }, 5);
    expect(((await rejection(waiting)) as Error).message).toBe('stop waiting');
    expect(mock.requests.all().map((entry) => entry.status)).toEqual([200, 429]);
  });

  test('a total deadline given as a signal holds across retries, exactly, on an injected clock', async () => {
    const mock = freshMock();
    mock.faults.inject({ status: 503, headers: { 'Retry-After': '2' } }, 10);
    const clock = { now: START };
    const deadline = START + 5_000;
    const controller = new AbortController();
    const timedOut = new DOMException('The deadline passed.', 'TimeoutError');
    const sent: number[] = [];
    // Time moves only when the SDK waits; the deadline fires the moment a wait reaches it.
    const sleep: Sleep = (ms, signal) =>
      new Promise((resolve) => {
        // Throwing here rejects the promise with the reason, as the SDK's own sleep does.
        signal?.throwIfAborted();
        if (clock.now + ms >= deadline) {
          clock.now = deadline;
          controller.abort(timedOut);
          signal?.throwIfAborted();
        }
        clock.now += ms;
        resolve();
      });
    const fetch = signalledFetch(mock, 'deadline');
    const client = new Keysmith({
      apiKey: mock.adminKey,
      baseUrl: mock.baseUrls.production,
      maxRetries: 10,
      sleep,
      now: () => clock.now,
      fetch: (request, init) => {
        sent.push(clock.now - START);
        return fetch(request, init);
      },
    });
    const error = await rejection(client.me({ signal: controller.signal }));
    expect(error).toBe(timedOut);
    expect(clock.now).toBe(deadline);
    expect(sent).toEqual([0, 2_000, 4_000]);
    expect(mock.requests.all()).toHaveLength(3);
  });

  test.each([
    { name: 'a per-attempt timeout', options: () => ({ timeout: 30 }) },
    { name: 'a deadline signal', options: () => ({ signal: AbortSignal.timeout(30) }) },
  ])(
    '$name holds even when the fetch ignores the signal (the documented `(request) => mock.fetch(request)` wiring)',
    async ({ options }) => {
      const mock = freshMock();
      // Uncut, the call would succeed after 5 s instead of failing.
      mock.faults.inject({ delayMs: 5_000 });
      const client = new Keysmith({
        apiKey: mock.adminKey,
        baseUrl: mock.baseUrls.production,
        fetch: leaks.wrapFetch('deadline ignored', (request) => mock.fetch(request)),
        maxRetries: 0,
      });
      const error = await rejection(client.me(options()));
      // The SDK's own TimeoutError for its timeout; the signal's DOMException reason for a deadline.
      expect((error as Error).name).toBe('TimeoutError');
    },
  );

  test('a total deadline from AbortSignal.timeout cuts a slow answer for real', async () => {
    const mock = freshMock();
    // An answer 60 s away: a deadline that did not hold would run into the test's timeout.
    mock.faults.inject({ delayMs: 60_000 });
    const client = new Keysmith({
      apiKey: mock.adminKey,
      baseUrl: mock.baseUrls.production,
      fetch: signalledFetch(mock, 'deadline real'),
      maxRetries: 2,
    });
    const started = performance.now();
    const error = await rejection(client.me({ signal: AbortSignal.timeout(30) }));
    console.log(
      `deadline: a 30 ms AbortSignal.timeout ended a 60 000 ms answer after ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('TimeoutError');
    expect(mock.requests.all()).toHaveLength(0);
  });
});
