import { createMockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, NOW, seededBytes } from './helpers.js';

const at = (mock: ReturnType<typeof createMockApi>): number => mock.clock.now().getTime();
const START = Date.parse(NOW);

describe('latency', () => {
  test('by default a latency advances the mock clock and answers at once', async () => {
    const mock = createMockApi({ now: NOW, latency: 250 });
    const answer = await call(mock, 'GET', '/v1/me');
    expect(answer.status).toBe(200);
    expect(at(mock)).toBe(START + 250);
    const [entry] = mock.requests.all();
    expect(entry).toMatchObject({ latencyMs: 250 });
    expect(entry?.at.getTime()).toBe(START + 250);
  });

  test('mock.latency() changes it at run time, reports it as a range, and null removes it', async () => {
    const mock = createMockApi({ now: NOW });
    expect(mock.latency()).toBeNull();
    expect(mock.latency(100)).toEqual({ min: 100, max: 100, wait: 'clock' });
    await call(mock, 'GET', '/v1/me');
    expect(mock.latency(null)).toBeNull();
    await call(mock, 'GET', '/v1/me');
    expect(at(mock)).toBe(START + 100);
  });

  test('a range draws each latency from the seeded source: within it, and the same for the same seed', async () => {
    const draws = async (seed: number): Promise<number[]> => {
      const mock = createMockApi({ now: NOW, latency: { min: 10, max: 90 }, randomBytes: seededBytes(seed) });
      for (let i = 0; i < 30; i++) await call(mock, 'GET', '/v1/me');
      return mock.requests.all().map((entry) => entry.latencyMs);
    };
    const first = await draws(5);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...first)).toBeLessThanOrEqual(90);
    expect(new Set(first).size).toBeGreaterThan(5);
    expect(await draws(5)).toEqual(first);
  });

  test("wait: 'real' waits real time and leaves the mock clock alone; an abort ends the wait", async () => {
    const mock = createMockApi({ now: NOW, latency: { min: 60_000, max: 60_000, wait: 'real' } });
    const controller = new AbortController();
    const request = new Request('https://api.keysmith.example/v1/me', {
      headers: { Authorization: `Bearer ${mock.adminKey}` },
      signal: controller.signal,
    });
    let settled = false;
    const pending = mock.fetch(request).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(at(mock)).toBe(START);
    controller.abort(new Error('gave up waiting'));
    await expect(pending).rejects.toThrow('gave up waiting');
    expect(mock.requests.all()).toEqual([]);
  });

  test("a fault's own latency replaces the standing one for the requests it hits", async () => {
    const mock = createMockApi({ now: NOW, latency: 10 });
    mock.faults.inject({ status: 504, latency: 30_000 }, { operation: 'listApiKeys' });
    mock.faults.inject({ latency: 500 }, { operation: 'getMe' });
    expect((await call(mock, 'GET', '/v1/api-keys')).status).toBe(504);
    expect(at(mock)).toBe(START + 30_000);
    expect((await call(mock, 'GET', '/v1/me')).status).toBe(200);
    expect(at(mock)).toBe(START + 30_500);
    await call(mock, 'GET', '/v1/me');
    expect(at(mock)).toBe(START + 30_510);
    expect(mock.requests.all().map((entry) => [entry.latencyMs, entry.faulted])).toEqual([
      [30_000, true],
      [500, false],
      [10, false],
    ]);
  });

  test('a latency on the mock clock is time the API sees: a key expires during a slow request', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await call<{ id: string; secret: string }>(mock, 'POST', '/v1/api-keys', {
      body: { name: 'brief', permissions: [], expires_at: '2026-11-01T12:00:30Z' },
    });
    mock.faults.inject({ latency: 60_000 }, { callerKeyId: key.body.id });
    const late = await call(mock, 'GET', '/v1/me', { key: key.body.secret });
    expect(late.status).toBe(401);
  });

  test('reset() brings back the latency the mock was created with', () => {
    const mock = createMockApi({ now: NOW, latency: { min: 5, max: 10 } });
    mock.latency(null);
    mock.reset();
    expect(mock.latency()).toEqual({ min: 5, max: 10, wait: 'clock' });
  });

  test('a bad latency is refused, naming the field, and changes nothing', () => {
    const mock = createMockApi({ now: NOW, latency: 20 });
    expect(() => mock.latency(-1)).toThrow(/latency must be an integer from 0 to 600000/);
    expect(() => mock.latency({ min: 50, max: 10 })).toThrow('latency.min must not be more than latency.max.');
    expect(() => mock.latency({ min: 1, max: 2, wait: 'sleep' } as never)).toThrow(
      /latency\.wait must be one of clock, real/,
    );
    expect(() => createMockApi({ latency: 1.5 })).toThrow(/options\.latency/);
    expect(() => {
      mock.faults.inject({ status: 503, latency: { min: 1 } as never });
    }).toThrow(/fault\.latency\.max is required/);
    expect(mock.latency()).toEqual({ min: 20, max: 20, wait: 'clock' });
    expect(mock.faults.list()).toEqual([]);
  });
});
