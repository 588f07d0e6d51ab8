import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockApi, type MockApiOptions } from 'keysmith/mock';
import { listenMockServer, type MockServer } from '../../mock/node/server.js';
import { directEntryOf } from '../../mock/adapters/direct-entry.js';

/**
 * The server reaches the core by its fast entry when the mock offers one, else by `fetch`. Two
 * identically seeded mocks, one served each way, must give byte-identical answers.
 */

/** A small deterministic byte source (xorshift32), so both mocks mint the same ids and secrets. */
function seededBytes(seed: number): (count: number) => Uint8Array {
  let state = seed;
  return (count) => {
    const bytes = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      bytes[i] = state & 0xff;
    }
    return bytes;
  };
}

const options = (): MockApiOptions => ({ now: '2026-11-01T09:00:00Z', randomBytes: seededBytes(42) });
let direct: MockServer;
let viaFetch: MockServer;

beforeAll(async () => {
  direct = await listenMockServer((baseUrls) => createMockApi({ ...options(), baseUrls }), { port: 0 });
  // Spreading copies the public members only, which leaves the fast entry behind.
  viaFetch = await listenMockServer((baseUrls) => ({ ...createMockApi({ ...options(), baseUrls }) }), { port: 0 });
});
afterAll(() => Promise.all([direct.close(), viaFetch.close()]));

interface Step {
  path: string;
  method?: string;
  key?: 'production' | 'staging' | 'development';
  headers?: Record<string, string>;
  body?: string;
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };
const STEPS: Step[] = [
  { path: '/v1/me', key: 'production' },
  { path: '/staging/v1/me', key: 'staging' },
  { path: '/v1/me', key: 'staging' },
  { path: '/v1/me' },
  { path: '/v1/me', headers: { Authorization: 'Bearer ks_prod_nope' } },
  { path: '/v1/nothing', key: 'production' },
  { path: '/v1/me', method: 'PUT', key: 'production' },
  { path: '/v1/me', method: 'HEAD', key: 'production' },
  { path: '/v1/me', key: 'production', headers: { 'Keysmith-Version': '1999-01-01' } },
  {
    path: '/v1/api-keys',
    method: 'POST',
    key: 'production',
    headers: JSON_HEADERS,
    body: '{"name":"ci","permissions":["keys:read"]}',
  },
  {
    path: '/v1/api-keys',
    method: 'POST',
    key: 'production',
    headers: { ...JSON_HEADERS, 'Idempotency-Key': 'k1' },
    body: '{"name":"once","permissions":[]}',
  },
  {
    path: '/v1/api-keys',
    method: 'POST',
    key: 'production',
    headers: { ...JSON_HEADERS, 'Idempotency-Key': 'k1' },
    body: '{"name":"once","permissions":[]}',
  },
  {
    path: '/v1/api-keys',
    method: 'POST',
    key: 'production',
    headers: { ...JSON_HEADERS, 'Idempotency-Key': 'k1' },
    body: '{"name":"other","permissions":[]}',
  },
  { path: '/v1/api-keys', method: 'POST', key: 'production', headers: JSON_HEADERS, body: '{"name":' },
  { path: '/v1/api-keys', method: 'POST', key: 'production', headers: { 'Content-Type': 'text/plain' }, body: '{}' },
  { path: '/v1/api-keys?limit=1', key: 'production' },
  { path: '/v1/api-keys?limit=-3', key: 'production' },
  { path: '/development/v1/rate-limit', key: 'development' },
  { path: '/v1/api-keys/key_doesnotexist0000', method: 'DELETE', key: 'production' },
];

async function exchange(
  server: MockServer,
  step: Step,
): Promise<{ status: number; headers: [string, string][]; body: string }> {
  const headers: Record<string, string> = { ...step.headers };
  if (step.key !== undefined) headers['Authorization'] = `Bearer ${server.mock.adminKeys[step.key]}`;
  const res = await fetch(server.url + step.path, { method: step.method ?? 'GET', headers, body: step.body });
  const origin = new RegExp(server.url.replace(/[.]/g, '\\.'), 'g');
  return {
    status: res.status,
    headers: [...res.headers]
      .filter(([name]) => name !== 'date')
      .map(([name, value]) => [name, value.replace(origin, 'ORIGIN')]),
    body: (await res.text()).replace(origin, 'ORIGIN'),
  };
}

describe('the fast entry and fetch', () => {
  it('are both exercised: the real mock offers the fast entry, its spread copy does not', () => {
    expect(directEntryOf(direct.mock)).toBeTypeOf('function');
    expect(directEntryOf(viaFetch.mock)).toBeUndefined();
  });

  it('give identical answers to the same requests', async () => {
    expect(direct.mock.adminKeys).toEqual(viaFetch.mock.adminKeys);
    for (const step of STEPS) {
      const [a, b] = [await exchange(direct, step), await exchange(viaFetch, step)];
      expect({ step, ...a }).toEqual({ step, ...b });
    }
  });

  it('log the same requests', () => {
    // Each server has its own port, which shows in the URL and in answers that name a base URL.
    const strip = (server: MockServer): unknown =>
      JSON.parse(JSON.stringify(server.mock.requests.all()).replaceAll(server.url, 'ORIGIN'));
    expect(strip(direct)).toEqual(strip(viaFetch));
    expect(strip(direct)).toHaveLength(STEPS.length);
  });
});
