import type { Identity } from 'keysmith';
import { createMockApi, createSecret } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes } from './helpers.js';

describe('independent instances', () => {
  test('two mocks in one process share no keys, counters or clocks', async () => {
    const a = createMockApi({ now: NOW });
    const b = createMockApi({ now: NOW });
    expect(a.adminKey).not.toBe(b.adminKey);
    const key = await createKey(a);
    expect(codeOf(await call(b, 'GET', '/v1/me', { key: key.secret }))).toBe('invalid_api_key');
    expect(codeOf(await call(a, 'GET', '/v1/me', { key: b.adminKey }))).toBe('invalid_api_key');
    a.clock.advance(1000);
    expect(b.clock.now().toISOString()).toBe(NOW);
    await call(a, 'GET', '/v1/me');
    expect((await call(b, 'GET', '/v1/me')).headers.get('X-RateLimit-Remaining')).toBe('99');
  });

  test('the same seed gives the same ids and secrets', () => {
    const a = createMockApi({ now: NOW, randomBytes: seededBytes(7) });
    const b = createMockApi({ now: NOW, randomBytes: seededBytes(7) });
    expect(a.adminKeys).toEqual(b.adminKeys);
  });
});

describe('seeding', () => {
  test('fixture keys work with the secrets the test chose, with their fields', async () => {
    const secret = createSecret('production', seededBytes(101));
    const mock = createMockApi({
      now: NOW,
      keys: [
        {
          secret,
          id: 'key_fixture000000001',
          name: 'Fixture',
          permissions: ['keys:read'],
          metadata: { team: 'qa' },
          rate_limit: { per_minute: 5 },
        },
      ],
    });
    const me = await call(mock, 'GET', '/v1/me', { key: secret });
    expect(me.body).toMatchObject({ id: 'key_fixture000000001', name: 'Fixture', permissions: ['keys:read'] });
    const record = await call(mock, 'GET', '/v1/api-keys/key_fixture000000001');
    expect(record.body).toMatchObject({
      metadata: { team: 'qa' },
      rate_limit: { per_minute: 5, per_hour: 1000 },
      created_by: null,
      created_at: NOW,
    });
  });

  test('admin keys can be given, one per environment', () => {
    const production = createSecret('production', seededBytes(102));
    const mock = createMockApi({ now: NOW, adminKeys: { production } });
    expect(mock.adminKey).toBe(production);
    expect(mock.adminKeys.staging.startsWith('ks_stage_')).toBe(true);
  });

  test('a bad seed is refused at creation with a message that holds no secret', () => {
    const wrongEnvironment = createSecret('staging', seededBytes(103));
    const broken = `${createSecret('production', seededBytes(104)).slice(0, -1)}0`;
    for (const options of [
      { adminKeys: { production: wrongEnvironment } },
      { keys: [{ secret: broken }] },
      { keys: [{ secret: wrongEnvironment, name: '' }] },
      { keys: [{ secret: wrongEnvironment }, { secret: wrongEnvironment }] },
      { keys: [{ secret: wrongEnvironment, id: 'bad' }] },
    ]) {
      let message = '';
      try {
        createMockApi(options);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toBe('');
      expect(message).not.toContain(wrongEnvironment);
      expect(message).not.toContain(broken);
    }
  });
});

describe('reset', () => {
  test('restores the seeded keys, counters, idempotency records, log, faults and clock', async () => {
    const fixture = createSecret('production', seededBytes(105));
    const mock = createMockApi({
      now: NOW,
      keys: [{ secret: fixture, permissions: ['keys:*'], rate_limit: { per_minute: 2 } }],
    });
    const seeded = (await call(mock, 'GET', '/v1/api-keys')).body;
    const created = await createKey(mock, {}, { headers: { 'Idempotency-Key': 'once' } });
    await call(mock, 'GET', '/v1/me', { key: fixture });
    await call(mock, 'GET', '/v1/me', { key: fixture });
    const fixtureId = (await call<Identity>(mock, 'GET', '/v1/me', { key: mock.adminKey })).body.id;
    await call(mock, 'PATCH', `/v1/api-keys/${fixtureId}`, { body: { name: 'changed' } });
    mock.clock.advance(3_600_000);
    mock.faults.inject({ status: 500 }, 3);

    mock.reset();

    expect(mock.clock.now().toISOString()).toBe(NOW);
    expect(mock.faults.pending).toBe(0);
    expect(mock.requests.all()).toEqual([]);
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: created.secret }))).toBe('invalid_api_key');
    expect((await call(mock, 'GET', '/v1/me', { key: fixture })).headers.get('X-RateLimit-Remaining')).toBe('1');
    const again = await call(mock, 'POST', '/v1/api-keys', {
      body: { name: 'Test key', permissions: ['keys:read'] },
      headers: { 'Idempotency-Key': 'once' },
    });
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
    mock.reset();
    expect((await call(mock, 'GET', '/v1/api-keys')).body).toEqual(seeded);
  });

  test('reset without a start time returns the clock to real time', () => {
    const mock = createMockApi();
    mock.clock.set('2000-01-01T00:00:00Z');
    mock.reset();
    expect(Math.abs(mock.clock.now().getTime() - Date.now())).toBeLessThan(60_000);
  });
});

describe('the clock', () => {
  test('follows real time until set or advanced, then stands still', () => {
    const mock = createMockApi();
    expect(Math.abs(mock.clock.now().getTime() - Date.now())).toBeLessThan(60_000);
    mock.clock.set(NOW);
    expect(mock.clock.now().toISOString()).toBe(NOW);
    mock.clock.advance(250);
    expect(mock.clock.now().toISOString()).toBe('2026-11-01T12:00:00.250Z');
    expect(mock.clock.now().toISOString()).toBe('2026-11-01T12:00:00.250Z');
  });

  test('refuses to go backwards with advance, or to an invalid date', () => {
    const mock = createMockApi({ now: NOW });
    expect(() => {
      mock.clock.advance(-1);
    }).toThrow(RangeError);
    expect(() => {
      mock.clock.set('yesterday');
    }).toThrow(RangeError);
    mock.clock.set(Date.parse('2020-01-01T00:00:00Z'));
    expect(mock.clock.now().getUTCFullYear()).toBe(2020);
  });

  test('reads a date as the API does: 30 February is refused, not rolled over to March', () => {
    expect(() => createMockApi({ now: '2026-02-30T00:00:00Z' })).toThrow(RangeError);
    const mock = createMockApi({ now: NOW });
    expect(() => {
      mock.clock.set('2026-02-30T00:00:00Z');
    }).toThrow(RangeError);
    mock.clock.set('2031-06-30T23:59:60Z');
    expect(mock.clock.now().toISOString()).toBe('2031-07-01T00:00:00.000Z');
  });
});
