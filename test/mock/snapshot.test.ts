import type { ApiKey, ApiKeyWithSecret } from 'keysmith';
import { createMockApi, createSecret, MOCK_STATE_VERSION, type MockSnapshot } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { call, codeOf, createKey, NOW, seededBytes } from './helpers.js';

/** A snapshot through JSON, as a file or `GET /__mock/state` carries it. */
const throughJson = (snapshot: MockSnapshot): MockSnapshot => JSON.parse(JSON.stringify(snapshot)) as MockSnapshot;

describe('snapshot and restore', () => {
  test('a restored mock knows every key by its original secret, in another mock too', async () => {
    const source = createMockApi({ now: NOW });
    const keys = [await createKey(source), await createKey(source, { permissions: ['keys:write', 'keys:read'] })];
    const saved = throughJson(source.snapshot());

    const target = createMockApi({ now: NOW });
    target.restore(saved);
    for (const key of keys) {
      const me = await call<{ id: string }>(target, 'GET', '/v1/me', { key: key.secret });
      expect([me.status, me.body.id]).toEqual([200, key.id]);
    }
  });

  test('never holds a secret: only their SHA-256 hashes', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const regenerated = await call<ApiKeyWithSecret>(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, {
      body: { grace_period_seconds: 60 },
      headers: { 'Idempotency-Key': 'rotate-1' },
    });
    const text = JSON.stringify(mock.snapshot());
    for (const secret of [key.secret, regenerated.body.secret, ...Object.values(mock.adminKeys)]) {
      expect(text).not.toContain(secret.slice(-30));
    }
    expect(text).not.toMatch(/ks_(prod|stage|dev)_[0-9A-Za-z]{38}/);
  });

  test('keeps usage, rate-limit windows, statuses, deletions and replaced secrets in their grace period', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock, { rate_limit: { per_minute: 5 } });
    const deleted = await createKey(mock);
    await call(mock, 'DELETE', `/v1/api-keys/${deleted.id}`);
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    await call(mock, 'GET', '/v1/me', { key: key.secret });
    await call(mock, 'POST', `/v1/api-keys/${key.id}/regenerate`, { body: { grace_period_seconds: 120 } });
    const remaining = (await call(mock, 'GET', '/v1/me', { key: key.secret })).headers.get('X-RateLimit-Remaining');
    const before = (await call<ApiKey>(mock, 'GET', `/v1/api-keys/${key.id}`)).body;

    const other = createMockApi({ now: '2030-01-01T00:00:00Z' });
    other.restore(throughJson(mock.snapshot()));
    expect(other.clock.now().toISOString()).toBe(NOW);
    const after = await call<ApiKey>(other, 'GET', `/v1/api-keys/${key.id}`);
    expect(after.body).toEqual(before);
    // The old secret still works in its grace period, and its window goes on counting down.
    const next = await call(other, 'GET', '/v1/me', { key: key.secret });
    expect(next.headers.get('X-RateLimit-Remaining')).toBe(String(Number(remaining) - 1));
    expect(codeOf(await call(other, 'GET', `/v1/api-keys/${deleted.id}`))).toBe('not_found');
    other.clock.advance(121_000);
    expect(codeOf(await call(other, 'GET', '/v1/me', { key: key.secret }))).toBe('revoked_api_key');
  });

  test('an idempotency record replays after a restore; one that carried a secret answers 409 naming the key', async () => {
    const mock = createMockApi({ now: NOW });
    const created = await call<ApiKey>(mock, 'POST', '/v1/api-keys', {
      body: { name: 'once', permissions: [] },
      headers: { 'Idempotency-Key': 'create-once' },
    });
    const revoke = () =>
      call(mock, 'POST', `/v1/api-keys/${created.body.id}/revoke`, { headers: { 'Idempotency-Key': 'revoke-once' } });
    const revoked = await revoke();
    const saved = throughJson(mock.snapshot());
    expect(saved.idempotency.map((record) => [record.idempotency_key, record.secret_withheld])).toEqual([
      ['create-once', true],
      ['revoke-once', false],
    ]);

    mock.reset();
    mock.restore(saved);
    const replayedRevoke = await revoke();
    expect([replayedRevoke.status, replayedRevoke.text, replayedRevoke.headers.get('Idempotent-Replayed')]).toEqual([
      revoked.status,
      revoked.text,
      'true',
    ]);
    const retry = await call<{ error: { message: string } }>(mock, 'POST', '/v1/api-keys', {
      body: { name: 'once', permissions: [] },
      headers: { 'Idempotency-Key': 'create-once' },
    });
    expect([retry.status, codeOf(retry)]).toEqual([409, 'idempotency_conflict']);
    expect(retry.body.error.message).toContain(created.body.id);
    expect((await call<{ data: unknown[] }>(mock, 'GET', '/v1/api-keys')).body.data).toHaveLength(4);
  });

  test("the seeded admin keys answer to this mock's adminKeys after a restore", async () => {
    const first = createMockApi({ now: NOW });
    await createKey(first);
    const second = createMockApi({ now: NOW });
    second.restore(throughJson(first.snapshot()));
    expect((await call(second, 'GET', '/v1/me')).status).toBe(200);
    expect(codeOf(await call(second, 'GET', '/v1/me', { key: first.adminKey }))).toBe('invalid_api_key');
    // The admin record kept its id, so a second snapshot names the same admin key.
    expect(second.snapshot().admin_key_ids).toEqual(first.snapshot().admin_key_ids);
  });

  test('a clock that followed real time follows it again after a restore', () => {
    const mock = createMockApi();
    const saved = mock.snapshot();
    expect(saved.clock.frozen).toBe(false);
    const other = createMockApi({ now: NOW });
    other.restore(saved);
    expect(Math.abs(other.clock.now().getTime() - Date.now())).toBeLessThan(60_000);
  });

  test('the same seed and the same requests give the same snapshot', async () => {
    const run = async () => {
      const mock = createMockApi({ now: NOW, randomBytes: seededBytes(9) });
      await createKey(mock);
      return mock.snapshot();
    };
    expect(await run()).toEqual(await run());
  });

  test('reset() goes back to the seed, not to the last restore', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const saved = mock.snapshot();
    mock.reset();
    mock.restore(saved);
    mock.reset();
    expect(codeOf(await call(mock, 'GET', '/v1/me', { key: key.secret }))).toBe('invalid_api_key');
  });
});

describe('a snapshot that cannot be restored', () => {
  const refusal = (mutate: (snapshot: Record<string, unknown>) => unknown): string => {
    const mock = createMockApi({ now: NOW });
    const snapshot = JSON.parse(JSON.stringify(mock.snapshot())) as Record<string, unknown>;
    try {
      mock.restore(mutate(snapshot) as MockSnapshot);
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      return (error as Error).message;
    }
    throw new Error('restored');
  };
  const keysOf = (snapshot: Record<string, unknown>) => snapshot.keys as Record<string, unknown>[];

  test('is refused with a message naming the problem', () => {
    expect(refusal(() => [])).toBe('mock.restore(snapshot): a mock state must be a JSON object.');
    expect(refusal(() => ({ keys: [] }))).toContain('this is not a keysmith-mock state');
    expect(refusal((s) => ({ ...s, version: MOCK_STATE_VERSION + 1 }))).toContain(
      `format version ${MOCK_STATE_VERSION + 1}, newer than this keysmith-mock reads`,
    );
    expect(refusal((s) => ({ ...s, clock: { now: 'yesterday', frozen: true } }))).toContain(
      'clock.now must be an RFC 3339 date-time string',
    );
    expect(
      refusal((s) => {
        const [admin] = keysOf(s);
        if (admin !== undefined) admin.secret_hash = 'abc';
        return s;
      }),
    ).toContain('keys.0.secret_hash must be a string matching ^[0-9a-f]{64}$');
    expect(
      refusal((s) => {
        const [admin] = keysOf(s);
        if (admin !== undefined) admin.secret = createSecret('production');
        return s;
      }),
    ).toMatch(
      /^mock\.restore\(snapshot\): keys\.0\.secret is not a known field \(the fields are id, environment, .*\)\.$/,
    );
    expect(
      refusal((s) => {
        const [first, second] = keysOf(s);
        if (first !== undefined && second !== undefined) second.id = first.id;
        return s;
      }),
    ).toContain('keys.1.id repeats the id of an earlier key');
    expect(
      refusal((s) => {
        const ids = s.admin_key_ids as Record<string, string>;
        ids.staging = ids.production ?? '';
        return s;
      }),
    ).toContain('admin_key_ids.staging names a production key');
  });

  test('changes nothing', async () => {
    const mock = createMockApi({ now: NOW });
    const key = await createKey(mock);
    const before = mock.snapshot();
    const broken = { ...before, keys: [...before.keys, { ...before.keys[0], id: 'key_0000000000000000' }] };
    expect(() => {
      mock.restore(broken as MockSnapshot);
    }).toThrow('repeats the secret of an earlier key');
    expect(mock.snapshot()).toEqual(before);
    expect((await call(mock, 'GET', '/v1/me', { key: key.secret })).status).toBe(200);
  });
});
