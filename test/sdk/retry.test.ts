import { describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  RETRY_DEFAULTS,
  type CreateApiKeyParams,
  type RetryEvent,
} from 'keysmith';
import { backoffDelay, fetchWithRetries, type RetrySettings, type RetryState } from '../../src/retry.js';
import { apiError, FakeTime, IDENTITY, json, keyRecord, scriptedFetch, START, testClient } from './helpers.js';

const created = { ...keyRecord('key_new'), secret: 'ks_prod_' + 'x'.repeat(38) };

describe('retries', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries a %i and returns the later success', async (status) => {
    const time = new FakeTime();
    const fetch = scriptedFetch([apiError(status, 'internal_error'), json(200, IDENTITY)], time);
    await expect(testClient(fetch, time).me()).resolves.toEqual(IDENTITY);
    expect(fetch.seen).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 413, 415, 422])('does not retry a %i', async (status) => {
    const fetch = scriptedFetch([apiError(status, 'not_found'), json(200, IDENTITY)]);
    await expect(testClient(fetch).me()).rejects.toMatchObject({ status });
    expect(fetch.seen).toHaveLength(1);
  });

  it('retries a network failure and throws a ConnectionError, with the cause, when retries run out', async () => {
    const time = new FakeTime();
    const failure = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    const fetch = scriptedFetch([failure, failure, failure], time);
    const error = await testClient(fetch, time)
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBe(failure);
    expect((error as Error).message).toBe(
      'GET /v1/me got no response after 3 attempts: fetch failed (ECONNREFUSED). Check baseUrl (https://api.keysmith.example) and the network.',
    );
    expect(fetch.seen).toHaveLength(3);
    expect(time.sleeps).toEqual([500, 1000]);
  });

  it('makes 1 + maxRetries attempts by default (maxRetries 2) and says so in the error', async () => {
    expect(RETRY_DEFAULTS.maxRetries).toBe(2);
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(500, 'internal_error'), apiError(500, 'internal_error'), apiError(503, 'service_unavailable')],
      time,
    );
    const error = await testClient(fetch, time)
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect((error as Error).message).toContain('GET /v1/me failed with 503 service_unavailable (after 3 attempts)');
    expect(fetch.seen).toHaveLength(3);
  });

  it('takes maxRetries from the client and lets a call override it', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      Array.from({ length: 10 }, () => apiError(500, 'internal_error')),
      time,
    );
    const client = testClient(fetch, time, { maxRetries: 4 });
    await expect(client.me()).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.seen).toHaveLength(5);
    await expect(client.me({ maxRetries: 0 })).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.seen).toHaveLength(6);
    await expect(client.me({ maxRetries: 1 })).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.seen).toHaveLength(8);
  });

  it('backs off exponentially from 500 ms, doubling up to 8 s', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [...Array.from({ length: 6 }, () => apiError(500, 'internal_error')), json(200, IDENTITY)],
      time,
    );
    await testClient(fetch, time, { maxRetries: 6 }).me();
    expect(time.sleeps).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(fetch.seen.map((s) => s.at - START)).toEqual([0, 500, 1500, 3500, 7500, 15500, 23500]);
  });

  it('takes up to 25 % off each backoff at random', async () => {
    const time = new FakeTime();
    const randoms = [0.5, 0.999, 0.2];
    const fetch = scriptedFetch(
      [
        apiError(500, 'internal_error'),
        apiError(500, 'internal_error'),
        apiError(500, 'internal_error'),
        json(200, IDENTITY),
      ],
      time,
    );
    await testClient(fetch, time, { maxRetries: 3, random: () => randoms.shift() ?? 0 }).me();
    expect(time.sleeps).toEqual([438, 750, 1900]);
    expect(backoffDelay(0, () => 0.999999)).toBe(375);
  });

  it('waits exactly the Retry-After seconds, without jitter', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '7' }), json(200, IDENTITY)],
      time,
    );
    await testClient(fetch, time, { random: () => 0.9 }).me();
    expect(time.sleeps).toEqual([7000]);
  });

  it('waits until a Retry-After HTTP date, measured against the Date header', async () => {
    const time = new FakeTime();
    const serverNow = START + 3_600_000; // a server clock an hour ahead does not matter
    const fetch = scriptedFetch(
      [
        apiError(503, 'service_unavailable', 'Down.', {
          Date: new Date(serverNow).toUTCString(),
          'Retry-After': new Date(serverNow + 12_000).toUTCString(),
        }),
        json(200, IDENTITY),
      ],
      time,
    );
    await testClient(fetch, time).me();
    expect(time.sleeps).toEqual([12_000]);
  });

  it('waits exactly retry-after-ms', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'retry-after-ms': '1234' }), json(200, IDENTITY)],
      time,
    );
    await testClient(fetch, time, { random: () => 0.5 }).me();
    expect(time.sleeps).toEqual([1234]);
  });

  it('waits until the rate-limit reset of a spent 429 that has no Retry-After', async () => {
    const time = new FakeTime();
    const reset = String(START / 1000 + 9);
    const fetch = scriptedFetch(
      [
        apiError(429, 'rate_limited', 'Slow down.', { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset }),
        json(200, IDENTITY),
      ],
      time,
    );
    await testClient(fetch, time).me();
    expect(time.sleeps).toEqual([9000]);
  });

  it('backs off normally on a 5xx that carries a rate-limit reset but no Retry-After', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [
        apiError(500, 'internal_error', 'Oops.', { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '30' }),
        json(200, IDENTITY),
      ],
      time,
    );
    await testClient(fetch, time).me();
    expect(time.sleeps).toEqual([500]);
  });

  it('fails at once with a RateLimitError carrying retryAfterMs when the server asks for more than maxRetryAfter', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '61' }), json(200, IDENTITY)],
      time,
    );
    const error = await testClient(fetch, time)
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(61_000);
    expect((error as Error).message).toBe('GET /v1/me failed with 429 rate_limited: Slow down. Retry after 61 s.');
    expect(fetch.seen).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
  });

  it('honours a custom maxRetryAfter', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [
        apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '5' }),
        apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '5' }),
        json(200, IDENTITY),
      ],
      time,
    );
    const strict = testClient(fetch, time, { maxRetryAfter: 4_000 });
    await expect(strict.me()).rejects.toMatchObject({ name: 'RateLimitError', retryAfterMs: 5000 });
    const patient = testClient(fetch, new FakeTime(), { maxRetryAfter: 5_000 });
    await expect(patient.me()).resolves.toEqual(IDENTITY);
    expect(fetch.seen).toHaveLength(3);
  });

  it('throws a RateLimitError carrying retryAfterMs when the retries run out', async () => {
    const time = new FakeTime();
    const limited = () => apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '2' });
    const fetch = scriptedFetch([limited(), limited(), limited()], time);
    const error = await testClient(fetch, time)
      .me()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(2000);
    expect(time.sleeps).toEqual([2000, 2000]);
    expect(fetch.seen).toHaveLength(3);
  });

  it('gives a final 429 without Retry-After the time to its reset as retryAfterMs', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(429, 'rate_limited', 'Slow down.', { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '15' })],
      time,
    );
    const error = await testClient(fetch, time, { maxRetries: 0 })
      .me()
      .catch((e: unknown) => e);
    expect((error as RateLimitError).retryAfterMs).toBe(15_000);
  });

  it('fails at once when the server asks for a longer wait than the timeout', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(503, 'service_unavailable', 'Down.', { 'Retry-After': '20' }), json(200, IDENTITY)],
      time,
    );
    await expect(testClient(fetch, time, { timeout: 10_000 }).me()).rejects.toBeInstanceOf(InternalServerError);
    expect(fetch.seen).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
  });

  it('caps its own backoff at the timeout', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(500, 'internal_error'), apiError(500, 'internal_error'), json(200, IDENTITY)],
      time,
    );
    await testClient(fetch, time, { timeout: 700 }).me();
    expect(time.sleeps).toEqual([500, 700]);
  });

  it('calls onRetry before each retry with the reason and the delay', async () => {
    const time = new FakeTime();
    const events: RetryEvent[] = [];
    const fetch = scriptedFetch(
      [
        apiError(429, 'rate_limited', 'Slow down.', { 'Retry-After': '3' }),
        new TypeError('fetch failed'),
        json(200, IDENTITY),
      ],
      time,
    );
    await testClient(fetch, time, { onRetry: (event) => events.push(event) }).me();
    expect(
      events.map(({ attempt, maxRetries, delayMs, reason, status, serverRequested, method, url }) => ({
        attempt,
        maxRetries,
        delayMs,
        reason,
        status,
        serverRequested,
        method,
        url,
      })),
    ).toEqual([
      {
        attempt: 1,
        maxRetries: 2,
        delayMs: 3000,
        reason: 'status',
        status: 429,
        serverRequested: true,
        method: 'GET',
        url: 'https://api.keysmith.example/v1/me',
      },
      {
        attempt: 2,
        maxRetries: 2,
        delayMs: 1000,
        reason: 'connection',
        status: undefined,
        serverRequested: false,
        method: 'GET',
        url: 'https://api.keysmith.example/v1/me',
      },
    ]);
    expect(events[0]?.rateLimit?.retryAfterMs).toBe(3000);
    expect(events[1]?.error).toBeInstanceOf(ConnectionError);
  });

  it('lets a throwing onRetry hook fail the call', async () => {
    const fetch = scriptedFetch([apiError(500, 'internal_error'), json(200, IDENTITY)]);
    const hookError = new Error('hook refused');
    const client = testClient(fetch, new FakeTime(), {
      onRetry: () => {
        throw hookError;
      },
    });
    await expect(client.me()).rejects.toBe(hookError);
    expect(fetch.seen).toHaveLength(1);
  });
});

/** Settings for calling fetchWithRetries directly: no waits, a fixed clock, no hooks. */
function bareRetrySettings(fetch: RetrySettings['fetch']): RetrySettings {
  return {
    fetch,
    sleep: () => Promise.resolve(),
    now: () => START,
    random: () => 0,
    maxRetryAfter: 60_000,
    onRetry: undefined,
    onRateLimit: undefined,
  };
}

/** A client state with no cooldown and no response yet. */
function freshRetryState(): RetryState {
  return { cooldownUntil: 0, cooldownInfo: undefined, latestResponse: undefined };
}

describe('idempotency', () => {
  it('sends one generated Idempotency-Key with every attempt of a create, and resends the body', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(500, 'internal_error'), new TypeError('fetch failed'), json(201, created)],
      time,
    );
    const params: CreateApiKeyParams = { name: 'CI', permissions: ['keys:read'] };
    await expect(testClient(fetch, time).keys.create(params)).resolves.toEqual(created);
    const keys = fetch.seen.map((s) => s.request.headers.get('idempotency-key'));
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    expect(fetch.seen.map((s) => s.body)).toEqual(Array(3).fill(JSON.stringify(params)));
    expect(fetch.seen.map((s) => s.request.headers.get('content-type'))).toEqual(Array(3).fill('application/json'));
  });

  it('gives each call its own key', async () => {
    const fetch = scriptedFetch([json(201, created), json(201, created)]);
    const client = testClient(fetch);
    await client.keys.create({ name: 'a', permissions: [] });
    await client.keys.create({ name: 'a', permissions: [] });
    const [first, second] = fetch.seen.map((s) => s.request.headers.get('idempotency-key'));
    expect(first).not.toBe(second);
  });

  it('makes keys from 128 random bits where crypto.randomUUID is missing (a page served over plain http)', async () => {
    const webCrypto = globalThis.crypto;
    // The rest of Web Crypto stays; only randomUUID is gone, as in an insecure browser context.
    vi.stubGlobal('crypto', {
      getRandomValues: <T extends ArrayBufferView>(array: T) => webCrypto.getRandomValues(array),
    });
    try {
      const fetch = scriptedFetch([json(201, created), json(201, created)]);
      const client = testClient(fetch);
      await client.keys.create({ name: 'a', permissions: [] });
      await client.keys.create({ name: 'a', permissions: [] });
      const [first, second] = fetch.seen.map((s) => s.request.headers.get('idempotency-key'));
      expect(first).toMatch(/^\d{1,10}-\d{1,10}-\d{1,10}-\d{1,10}$/);
      expect(first).not.toBe(second);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("uses the caller's idempotencyKey on every attempt", async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch([apiError(502, 'internal_error'), json(200, keyRecord('key_1'))], time);
    await testClient(fetch, time).keys.revoke('key_1', { idempotencyKey: 'revoke-key_1' });
    expect(fetch.seen.map((s) => s.request.headers.get('idempotency-key'))).toEqual(['revoke-key_1', 'revoke-key_1']);
  });

  it('retries regenerate with its key and body', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch([apiError(500, 'internal_error'), json(200, created)], time);
    await testClient(fetch, time).keys.regenerate('key_1', { grace_period_seconds: 60 });
    expect(fetch.seen.map((s) => s.body)).toEqual(['{"grace_period_seconds":60}', '{"grace_period_seconds":60}']);
    expect(fetch.seen[1]?.request.headers.get('idempotency-key')).toBe(
      fetch.seen[0]?.request.headers.get('idempotency-key'),
    );
  });

  it('retries an update (absolute changes are safe to repeat), resending its body', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch([apiError(503, 'service_unavailable'), json(200, keyRecord('key_1'))], time);
    await testClient(fetch, time).keys.update('key_1', { status: 'inactive' });
    expect(fetch.seen.map((s) => [s.request.method, s.body])).toEqual([
      ['PATCH', '{"status":"inactive"}'],
      ['PATCH', '{"status":"inactive"}'],
    ]);
  });

  it('never retries a POST that has no Idempotency-Key', async () => {
    const fetch = scriptedFetch([new Response('{}', { status: 503 }), new Response('{}', { status: 200 })]);
    const settings = bareRetrySettings(fetch);
    const call = { signal: undefined, timeout: 60_000, maxRetries: 2, bodyText: undefined, attempts: 0, receivedAt: 0 };
    const plain = new Request('https://api.keysmith.example/v1/api-keys', { method: 'POST', body: '{"name":"x"}' });
    expect((await fetchWithRetries(plain, call, settings, freshRetryState())).status).toBe(503);
    expect(fetch.seen).toHaveLength(1);

    const network = scriptedFetch([new TypeError('fetch failed'), new Response('{}')]);
    const failing = new Request('https://api.keysmith.example/v1/api-keys', { method: 'POST', body: '{"name":"x"}' });
    const networkSettings = { ...settings, fetch: network };
    await expect(fetchWithRetries(failing, { ...call }, networkSettings, freshRetryState())).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(network.seen).toHaveLength(1);
  });
});

describe('a final error after retries', () => {
  it('is the error of the last response', async () => {
    const time = new FakeTime();
    const fetch = scriptedFetch(
      [apiError(500, 'internal_error'), apiError(404, 'not_found', 'No API key with id key_1.')],
      time,
    );
    const error = await testClient(fetch, time)
      .keys.get('key_1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain('(after 2 attempts)');
  });
});
