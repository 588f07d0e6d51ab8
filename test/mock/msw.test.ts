import { createMockApi } from 'keysmith/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { NOW, seededBytes, STAGING } from './helpers.js';

const mock = createMockApi({ now: NOW, randomBytes: seededBytes(111) });
const server = setupServer(...mock.handlers);

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  mock.reset();
});
afterAll(() => {
  server.close();
});

const auth = (secret: string) => ({ Authorization: `Bearer ${secret}` });

describe('through MSW setupServer', () => {
  test('one handler serves every operation of every environment', async () => {
    expect(mock.handlers).toHaveLength(1);
    const production = await fetch('https://api.keysmith.example/v1/me', { headers: auth(mock.adminKey) });
    expect(production.status).toBe(200);
    const staging = await fetch(`${STAGING}/v1/me`, { headers: auth(mock.adminKeys.staging) });
    expect(((await staging.json()) as { environment: string }).environment).toBe('staging');
  });

  test('a key created through fetch works on the next fetch, and stops once revoked', async () => {
    const created = await fetch('https://api.keysmith.example/v1/api-keys', {
      method: 'POST',
      headers: { ...auth(mock.adminKey), 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'via msw', permissions: ['keys:read'] }),
    });
    expect(created.status).toBe(201);
    const key = (await created.json()) as { id: string; secret: string };
    expect((await fetch('https://api.keysmith.example/v1/api-keys', { headers: auth(key.secret) })).status).toBe(200);
    await fetch(`https://api.keysmith.example/v1/api-keys/${key.id}/revoke`, {
      method: 'POST',
      headers: auth(mock.adminKey),
    });
    const refused = await fetch('https://api.keysmith.example/v1/me', { headers: auth(key.secret) });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('X-Request-Id')).toMatch(/^req_/);
  });

  test('an injected network fault makes fetch reject', async () => {
    mock.faults.inject({ network: true });
    await expect(fetch('https://api.keysmith.example/v1/me', { headers: auth(mock.adminKey) })).rejects.toThrow(
      TypeError,
    );
    expect((await fetch('https://api.keysmith.example/v1/me', { headers: auth(mock.adminKey) })).status).toBe(200);
  });

  test('requests to other hosts are not handled by the mock', async () => {
    await expect(fetch('https://not-keysmith.example/v1/me')).rejects.toThrow();
    expect(mock.requests.all()).toEqual([]);
  });

  test('the clock and the log are shared with the handlers', async () => {
    mock.clock.advance(1000);
    await fetch('https://api.keysmith.example/v1/me', { headers: auth(mock.adminKey) });
    expect(mock.requests.all()[0]?.at.toISOString()).toBe('2026-11-01T12:00:01.000Z');
  });
});
