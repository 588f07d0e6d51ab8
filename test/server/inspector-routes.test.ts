import { createHash } from 'node:crypto';
import { request } from 'node:http';
import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INSPECTOR_PAGE } from '../../mock/generated/inspector-page.js';
import type { InspectedKeys } from '../../mock/node/inspector/inspected-keys.js';
import { inspectorPolicy } from '../../mock/node/inspector/page-route.js';
import { api, control, json, startServer } from './helpers-controls.js';

let server: MockServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.mock.reset();
});

const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** A GET with headers fetch will not send (a foreign Host), by node:http. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /__mock/ (the inspector page)', () => {
  it('answers the page under a Content-Security-Policy that allows its own script and style only', async () => {
    const res = await fetch(`${server.url}/__mock/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toBe(inspectorPolicy(INSPECTOR_PAGE));
    expect(policy.split('; ')).toEqual(
      expect.arrayContaining(["default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'"]),
    );
    expect(policy).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');

    const html = await res.text();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
    expect(scripts.map(sha256)).toEqual([INSPECTOR_PAGE.scriptHash]);
    expect(styles.map(sha256)).toEqual([INSPECTOR_PAGE.styleHash]);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|https?:\/\/(?!www\.w3\.org)/);
    expect(html).not.toMatch(/ style="/);
  });

  it('answers HEAD with the headers only, sends /__mock to /__mock/, and refuses other methods', async () => {
    const head = await fetch(`${server.url}/__mock/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const bare = await fetch(`${server.url}/__mock`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([308, '/__mock/']);
    const post = await fetch(`${server.url}/__mock/`, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it.each([
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['a non-local Host (DNS rebinding)', { Host: 'rebound.example' }],
  ])('gives %s no page and no data', async (_, headers) => {
    await api(server, 'POST', '/v1/api-keys', { body: { name: 'hidden', permissions: [] } });
    for (const path of ['/__mock/', '/__mock/api-keys', '/__mock/requests', '/__mock/faults']) {
      const res = await rawGet(path, headers);
      expect(res.status, path).toBe(403);
      expect(res.type).toBe('application/json');
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'loopback_only' } });
      expect(res.body).not.toContain('hidden');
    }
  });
});

describe('GET /__mock/api-keys', () => {
  it('lists every key as the API shows it, with its windows, and never a secret or a hash', async () => {
    const created = await json<{ id: string; secret: string; masked_key: string }>(
      await api(server, 'POST', '/v1/api-keys', { body: { name: 'ci', permissions: ['keys:read'] } }),
    );
    await api(server, 'GET', '/v1/me', { key: created.secret });
    const res = await control(server, 'api-keys');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(created.secret);
    expect(text).not.toMatch(/[0-9a-f]{64}/);
    const view = JSON.parse(text) as InspectedKeys;
    expect(view.clock).toEqual({ now: '2026-11-01T09:00:00.000Z', frozen: true });
    expect(view.counts).toEqual({ production: 2, staging: 1, development: 1 });
    expect(view.data.find((key) => key.id === created.id)).toMatchObject({
      masked_key: created.masked_key,
      status: 'active',
      usage: { requests_today: 1 },
      rate_limit_windows: [
        { window: 'minute', remaining: 99 },
        { window: 'hour', remaining: 999 },
      ],
    });
  });

  it('takes one environment, and answers 400 naming a parameter it does not know', async () => {
    const staging = await json<InspectedKeys>(await control(server, 'api-keys?environment=staging'));
    expect(staging.data.map((key) => key.environment)).toEqual(['staging']);
    const bad = await control(server, 'api-keys?environment=prod');
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ error: { code: 'validation_error', param: 'environment' } });
    const unknown = await control(server, 'api-keys?status=active');
    expect(await json(unknown)).toMatchObject({ error: { param: 'status' } });
  });
});

describe('GET /__mock/requests?limit=', () => {
  it('answers the newest matches only, oldest first', async () => {
    for (let index = 0; index < 3; index += 1) await api(server, 'GET', `/v1/me?n=${index}`);
    const { data } = await json<{ data: { url: string }[] }>(await control(server, 'requests?operation=getMe&limit=2'));
    expect(data.map((entry) => new URL(entry.url).search)).toEqual(['?n=1', '?n=2']);
  });

  it.each(['0', '-1', '1.5', 'ten', '10000001'])('answers 400 for limit=%s', async (limit) => {
    const res = await control(server, `requests?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(await json(res)).toMatchObject({ error: { param: 'limit' } });
  });
});
