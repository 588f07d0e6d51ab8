import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, control, json, startServer } from './helpers-controls.js';

let server: MockServer;
beforeAll(async () => {
  server = await startServer({ latency: 50 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.mock.reset();
});

describe('/__mock/latency', () => {
  it('reads the standing latency the server was started with', async () => {
    expect(await json(await control(server, 'latency'))).toEqual({ latency: { min: 50, max: 50, wait: 'clock' } });
  });

  it('changes it with PUT, the same value mock.latency() takes, and each answer then moves the clock', async () => {
    const res = await control(server, 'latency', 'PUT', { latency: { min: 1000, max: 1000 } });
    expect(await json(res)).toEqual({ latency: { min: 1000, max: 1000, wait: 'clock' } });
    await api(server, 'GET', '/v1/me');
    expect(server.mock.clock.now().toISOString()).toBe('2026-11-01T09:00:01.000Z');
    expect(await json(await control(server, 'latency', 'PUT', { latency: null }))).toEqual({ latency: null });
    expect(server.mock.latency()).toBeNull();
  });

  it.each([
    [{}, 'latency', 'latency is required'],
    [{ latency: { min: 5, max: 1 } }, 'latency.min', 'latency.min must not be more than latency.max'],
    [{ latency: { min: 1, max: 2, wait: 'sleep' } }, 'latency.wait', 'latency.wait must be one of clock, real'],
    [{ latency: 10, extra: 1 }, 'extra', 'extra is not a known field'],
  ])('answers 400 naming the field of %j, and changes nothing', async (body, param, message) => {
    const res = await control(server, 'latency', 'PUT', body);
    expect(res.status).toBe(400);
    const { error } = await json<{ error: { param: string; message: string } }>(res);
    expect(error.param).toBe(param);
    expect(error.message).toContain(message);
    expect(server.mock.latency()).toEqual({ min: 50, max: 50, wait: 'clock' });
  });
});
