import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServer } from 'keysmith/mock/node';

describe('CORS on keysmith-mock', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0 });
  });
  afterAll(() => server.close());

  it('answers a preflight for an API path with the allowed methods and headers', async () => {
    const res = await fetch(`${server.url}/v1/api-keys`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9999', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(res.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
  });

  it('lets a cross-origin page read the rate-limit headers of an answer', async () => {
    const res = await fetch(`${server.urls.staging}/v1/me`, {
      headers: { Origin: 'http://127.0.0.1:9999', Authorization: `Bearer ${server.mock.adminKeys.staging}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('X-RateLimit-Remaining');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('99');
  });

  it('adds nothing for a request without an Origin', async () => {
    const res = await fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${server.mock.adminKey}` } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('gives the /__mock/ controls no CORS, so a web page cannot drive them', async () => {
    const res = await fetch(`${server.url}/__mock/reset`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:9999', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
