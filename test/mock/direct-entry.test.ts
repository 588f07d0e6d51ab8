import { createMockApi, MockNetworkError } from 'keysmith/mock';
import { assert, describe, expect, test } from 'vitest';
import { NOW } from './helpers.js';

interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
type DirectEntry = (call: {
  method: string;
  url: string;
  header(name: string): string | null;
  body: { tooLarge: false; bytes: Uint8Array | null };
}) => Promise<PlainAnswer>;

function directEntryOf(mock: object): DirectEntry {
  const entry = (mock as Record<symbol, DirectEntry>)[Symbol.for('keysmith.mock.answerCall')];
  assert.exists(entry, 'the mock offers its direct entry');
  return entry;
}

function plainCall(method: string, url: string, headers: Record<string, string>, body?: string) {
  const lower = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return {
    method,
    url,
    header: (name: string) => lower.get(name.toLowerCase()) ?? null,
    body: { tooLarge: false as const, bytes: body === undefined ? null : new TextEncoder().encode(body) },
  };
}

describe('the direct entry used by the HTTP server', () => {
  test('is offered under the registry symbol, without showing in the object’s keys', () => {
    const mock = createMockApi({ now: NOW });
    expect(typeof directEntryOf(mock)).toBe('function');
    expect(Object.keys(mock)).not.toContain('answerCall');
  });

  test('answers like fetch and shares the mock’s state and log', async () => {
    const mock = createMockApi({ now: NOW });
    const direct = directEntryOf(mock);
    const created = await direct(
      plainCall(
        'POST',
        'https://api.keysmith.example/v1/api-keys',
        { Authorization: `Bearer ${mock.adminKey}`, 'Content-Type': 'application/json' },
        JSON.stringify({ name: 'direct', permissions: [] }),
      ),
    );
    expect(created.status).toBe(201);
    expect(created.headers['X-Request-Id']).toMatch(/^req_/);
    const { secret } = JSON.parse(created.body) as { secret: string };
    const viaFetch = await mock.fetch(
      new Request('https://api.keysmith.example/v1/me', { headers: { Authorization: `Bearer ${secret}` } }),
    );
    expect(viaFetch.status).toBe(200);
    expect(mock.requests.all().map((entry) => entry.operation)).toEqual(['createApiKey', 'getMe']);
  });

  test('rejects with MockNetworkError for an injected network fault', async () => {
    const mock = createMockApi({ now: NOW });
    mock.faults.inject({ network: true });
    await expect(
      directEntryOf(mock)(plainCall('GET', 'https://api.keysmith.example/v1/me', {})),
    ).rejects.toBeInstanceOf(MockNetworkError);
  });
});
