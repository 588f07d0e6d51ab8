/**
 * The SDK against the mock, whatever carries the requests: the same scenarios run in-process
 * (MSW `setupServer`) and over real HTTP (`startMockServer`). Each transport file supplies the mock
 * and its base URLs; the scenarios build clients with an injected sleep that advances the mock's
 * clock, so retries honour `Retry-After` exactly without real waiting.
 */
import {
  AuthenticationError,
  ConflictError,
  InternalServerError,
  Keysmith,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ValidationError,
  type Environment,
  type KeysmithOptions,
  type RetryEvent,
} from 'keysmith';
import type { MockApi } from 'keysmith/mock';
import { afterEach, assert, describe, expect, test } from 'vitest';

/**
 * Sunday 2026-11-01 12:00:00 UTC: the mock's clock starts here, frozen.
 *
 * @example
 * ```ts
 * const mock = createMockApi({ now: NOW });
 * ```
 */
export const NOW = '2026-11-01T12:00:00.000Z';

/**
 * What a transport file hands to the scenarios.
 *
 * @example
 * ```ts
 * describeSdkScenarios('in-process', { mock: () => mock, baseUrl: (environment) => mock.baseUrls[environment] });
 * ```
 */
export interface Transport {
  /** The mock behind the transport; reset after every test. */
  mock(): MockApi;
  /** Where the SDK sends an environment's requests. */
  baseUrl(environment: Environment): string;
}

/**
 * The waits a client asked for; each one moves the mock clock forward instead of sleeping.
 *
 * @example
 * ```ts
 * const { waits } = clientFor(transport, secret);
 * expect(waits.slept).toEqual([7000]);
 * ```
 */
export interface Waits {
  readonly slept: number[];
  readonly retries: RetryEvent[];
}

/**
 * A client for `secret` on its environment's base URL whose clock is the mock's, whose jitter is
 * zero and whose sleep advances the mock clock (recorded in `waits`).
 *
 * @example
 * ```ts
 * const { client, waits } = clientFor(transport, mock.adminKey, { maxRetries: 0 });
 * ```
 */
export function clientFor(
  transport: Transport,
  secret: string,
  options: KeysmithOptions = {},
): { client: Keysmith; waits: Waits } {
  const mock = transport.mock();
  const waits: Waits = { slept: [], retries: [] };
  const environment: Environment = secret.startsWith('ks_stage_')
    ? 'staging'
    : secret.startsWith('ks_dev_')
      ? 'development'
      : 'production';
  const client = new Keysmith({
    apiKey: secret,
    baseUrl: transport.baseUrl(environment),
    now: () => mock.clock.now().getTime(),
    random: () => 0,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        // Throwing here rejects the promise with the reason, as the SDK's own sleep does.
        signal?.throwIfAborted();
        waits.slept.push(ms);
        mock.clock.advance(ms);
        resolve();
      }),
    onRetry: (event) => waits.retries.push(event),
    ...options,
  });
  return { client, waits };
}

/**
 * The error a promise rejects with (fails the test if it resolves).
 *
 * @example
 * ```ts
 * expect(await rejectionOf(client.me())).toBeInstanceOf(AuthenticationError);
 * ```
 */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/**
 * Registers the scenarios every transport must pass.
 *
 * @example
 * ```ts
 * describeSdkScenarios('over HTTP', { mock: () => server.mock, baseUrl: (environment) => server.urls[environment] });
 * ```
 */
export function describeSdkScenarios(title: string, transport: Transport): void {
  const admin = (options?: KeysmithOptions) => clientFor(transport, transport.mock().adminKey, options);
  const lastLogged = () => {
    const entry = transport.mock().requests.all().at(-1);
    assert.exists(entry, 'the mock logged the request');
    return entry;
  };

  describe(title, () => {
    afterEach(() => {
      transport.mock().reset();
    });

    describe('a key’s life', () => {
      test('a created key works at once, and get and list never show its secret', async () => {
        const { client } = admin();
        const created = await client.keys.create({
          name: 'Worker',
          permissions: ['keys:read'],
          metadata: { team: 'platform' },
        });
        expect(created.secret).toMatch(/^ks_prod_[0-9A-Za-z]{38}$/);
        expect(created.masked_key).toBe(`ks_prod_••••${created.secret.slice(-4)}`);

        const me = await clientFor(transport, created.secret).client.me();
        expect(me).toMatchObject({
          object: 'identity',
          id: created.id,
          name: 'Worker',
          environment: 'production',
          permissions: ['keys:read'],
        });

        const fetched = await client.keys.get(created.id);
        expect(fetched).not.toHaveProperty('secret');
        expect(fetched).toMatchObject({
          id: created.id,
          status: 'active',
          metadata: { team: 'platform' },
          last_used_at: NOW,
        });
        expect(fetched.usage).toEqual({ requests_today: 1, requests_this_month: 1 });
        const page = await client.keys.list();
        expect(JSON.stringify(page)).not.toContain(created.secret);
        expect(JSON.parse(JSON.stringify(page))).toEqual({
          object: 'list',
          data: page.data,
          has_more: false,
          next_cursor: null,
        });
      });

      test('for await walks every key over several pages, newest first', async () => {
        const { client } = admin();
        const names = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'];
        for (const name of names) await client.keys.create({ name, permissions: [] });
        transport.mock().requests.clear();

        const seen: string[] = [];
        for await (const key of client.keys.list({ limit: 3, environment: 'production' })) seen.push(key.name);

        expect(seen).toEqual([...names].reverse().concat('Admin (production)'));
        const lists = transport
          .mock()
          .requests.all()
          .filter((entry) => entry.operation === 'listApiKeys');
        expect(lists.map((entry) => new URL(entry.url).searchParams.get('starting_after') !== null)).toEqual([
          false,
          true,
          true,
        ]);
      });

      test('an update to inactive makes the key answer 401 inactive_api_key until it is active again', async () => {
        const { client } = admin();
        const created = await client.keys.create({ name: 'Paused', permissions: [] });
        const { client: paused } = clientFor(transport, created.secret);

        expect((await client.keys.update(created.id, { status: 'inactive' })).status).toBe('inactive');
        const refused = await rejectionOf(paused.me());
        expect(refused).toBeInstanceOf(AuthenticationError);
        expect(refused).toMatchObject({ status: 401, code: 'inactive_api_key' });

        expect((await client.keys.update(created.id, { status: 'active', name: 'Resumed' })).status).toBe('active');
        expect((await paused.me()).name).toBe('Resumed');
      });

      test('after a regenerate the old secret works through the grace period and is refused after it', async () => {
        const { client } = admin();
        const created = await client.keys.create({ name: 'Rotating', permissions: ['keys:read'] });
        const rotated = await client.keys.regenerate(created.id, { grace_period_seconds: 600 });
        expect(rotated).toMatchObject({ id: created.id, name: 'Rotating', permissions: ['keys:read'] });
        expect(rotated.secret).not.toBe(created.secret);
        expect(rotated.previous_secret_expires_at).toBe('2026-11-01T12:10:00.000Z');

        const { client: old } = clientFor(transport, created.secret);
        const { client: fresh } = clientFor(transport, rotated.secret);
        expect((await old.me()).id).toBe(created.id);
        transport.mock().clock.advance(600_000);
        expect((await fresh.me()).id).toBe(created.id);
        expect(await rejectionOf(old.me())).toMatchObject({ name: 'AuthenticationError', code: 'revoked_api_key' });
      });

      test('a revoked key is refused on its very next request and cannot be changed', async () => {
        const { client } = admin();
        const created = await client.keys.create({ name: 'Doomed', permissions: [] });
        const { client: doomed } = clientFor(transport, created.secret);
        await doomed.me();

        const revoked = await client.keys.revoke(created.id);
        expect(revoked).toMatchObject({ status: 'revoked', revoked_at: NOW });
        expect(await rejectionOf(doomed.me())).toMatchObject({
          name: 'AuthenticationError',
          status: 401,
          code: 'revoked_api_key',
        });
        const conflict = await rejectionOf(client.keys.update(created.id, { name: 'Back' }));
        expect(conflict).toBeInstanceOf(ConflictError);
        expect(conflict).toMatchObject({ status: 409, code: 'key_revoked' });
        expect((await client.keys.revoke(created.id)).status).toBe('revoked');
      });

      test('a deleted key leaves the listing, and deleting it again is a NotFoundError', async () => {
        const { client } = admin();
        const created = await client.keys.create({ name: 'Gone', permissions: [] });
        expect(await client.keys.delete(created.id)).toEqual({ object: 'api_key', id: created.id, deleted: true });

        const ids: string[] = [];
        for await (const key of client.keys.list()) ids.push(key.id);
        expect(ids).not.toContain(created.id);
        const again = await rejectionOf(client.keys.delete(created.id));
        expect(again).toBeInstanceOf(NotFoundError);
        expect(again).toMatchObject({ status: 404, code: 'not_found', param: 'id' });
      });

      test('rateLimit.get and me describe the calling key, and rateLimit.get uses no quota', async () => {
        const { client } = admin();
        await client.me();
        const first = await client.rateLimit.get();
        const second = await client.rateLimit.get();
        expect(first).toEqual(second);
        expect(first).toMatchObject({
          object: 'rate_limit',
          limit: 100,
          remaining: 99,
          reset_at: '2026-11-01T12:01:00.000Z',
        });
        expect(first.windows.map((window) => [window.window, window.limit, window.remaining])).toEqual([
          ['minute', 100, 99],
          ['hour', 1000, 999],
        ]);
        const me = await client.me();
        expect(me).toMatchObject({
          object: 'identity',
          permissions: ['admin:*'],
          masked_key: `ks_prod_••••${transport.mock().adminKey.slice(-4)}`,
        });
        expect(client.lastRateLimit).toMatchObject({ limit: 100, remaining: 98 });
      });
    });

    describe('errors arrive as their classes, with code, request id and rate limit', () => {
      test('a missing scope is a PermissionDeniedError naming the scope', async () => {
        const { client } = admin();
        const reader = await client.keys.create({ name: 'Reader', permissions: ['keys:read'] });
        const error = await rejectionOf(
          clientFor(transport, reader.secret).client.keys.create({ name: 'x', permissions: [] }),
        );
        expect(error).toBeInstanceOf(PermissionDeniedError);
        expect(error).toMatchObject({
          status: 403,
          code: 'insufficient_scope',
          details: { required_scope: 'keys:write' },
          requestId: lastLogged().requestId,
        });
        expect((error as PermissionDeniedError).rateLimit).toMatchObject({ limit: 100, remaining: 99 });
      });

      test('granting a scope the caller lacks is a PermissionDeniedError scope_escalation', async () => {
        const { client } = admin();
        const writer = await client.keys.create({ name: 'Writer', permissions: ['keys:*'] });
        const error = await rejectionOf(
          clientFor(transport, writer.secret).client.keys.create({ name: 'x', permissions: ['admin:*'] }),
        );
        expect(error).toBeInstanceOf(PermissionDeniedError);
        expect(error).toMatchObject({
          code: 'scope_escalation',
          param: 'permissions',
          details: { scopes: ['admin:*'] },
        });
      });

      test('a field the spec refuses is a ValidationError naming the field', async () => {
        const { client } = admin();
        const error = await rejectionOf(client.keys.create({ name: 'x'.repeat(101), permissions: [] }));
        expect(error).toBeInstanceOf(ValidationError);
        expect(error).toMatchObject({
          status: 400,
          code: 'validation_error',
          param: 'name',
          requestId: lastLogged().requestId,
        });
        expect((error as ValidationError).rateLimit.limit).toBe(100);
      });

      test('an unknown id is a NotFoundError', async () => {
        const error = await rejectionOf(admin().client.keys.get('key_0000000000000000'));
        expect(error).toBeInstanceOf(NotFoundError);
        expect(error).toMatchObject({ status: 404, code: 'not_found', requestId: lastLogged().requestId });
      });

      test('one Idempotency-Key with two bodies is a ConflictError idempotency_conflict', async () => {
        const { client } = admin();
        await client.keys.create({ name: 'First', permissions: [] }, { idempotencyKey: 'same-key' });
        const error = await rejectionOf(
          client.keys.create({ name: 'Second', permissions: [] }, { idempotencyKey: 'same-key' }),
        );
        expect(error).toBeInstanceOf(ConflictError);
        expect(error).toMatchObject({ status: 409, code: 'idempotency_conflict' });
      });

      test('a 503 that outlasts the retries is an InternalServerError after three attempts', async () => {
        transport.mock().faults.inject({ status: 503 }, 3);
        const { client, waits } = admin();
        const error = await rejectionOf(client.keys.list());
        expect(error).toBeInstanceOf(InternalServerError);
        expect(error).toMatchObject({ status: 503, code: 'service_unavailable' });
        expect((error as InternalServerError).message).toContain('after 3 attempts');
        expect(waits.slept).toEqual([500, 1000]);
      });
    });

    describe('rate limits and retries', () => {
      test('a 429 is retried after exactly the Retry-After the mock sent', async () => {
        transport.mock().faults.inject({ status: 429, headers: { 'Retry-After': '7' } });
        const { client, waits } = admin();
        const me = await client.me();
        expect(me.object).toBe('identity');
        expect(waits.slept).toEqual([7000]);
        expect(waits.retries).toMatchObject([
          { attempt: 1, reason: 'status', status: 429, delayMs: 7000, serverRequested: true },
        ]);
        expect(
          transport
            .mock()
            .requests.all()
            .map((entry) => entry.status),
        ).toEqual([429, 200]);
      });

      test('a key over its per-minute limit waits for the window to reset, then succeeds', async () => {
        const { client: owner } = admin();
        const limited = await owner.keys.create({ name: 'Tight', permissions: [], rate_limit: { per_minute: 2 } });
        transport.mock().clock.advance(15_000);
        const { client, waits } = clientFor(transport, limited.secret);
        await client.me();
        await client.me();
        expect(client.lastRateLimit).toMatchObject({ limit: 2, remaining: 0 });

        const me = await client.me();
        expect(me.id).toBe(limited.id);
        expect(waits.slept).toEqual([45_000]);
        expect(
          transport
            .mock()
            .requests.all()
            .slice(-2)
            .map((entry) => [entry.status, entry.errorCode]),
        ).toEqual([
          [429, 'rate_limited'],
          [200, null],
        ]);
        expect(client.lastRateLimit).toMatchObject({ limit: 2, remaining: 1 });
      });

      test('a 429 without retries left is a RateLimitError carrying retryAfterMs and the rate limit', async () => {
        const { client: owner } = admin();
        const limited = await owner.keys.create({ name: 'Tight', permissions: [], rate_limit: { per_minute: 1 } });
        const { client } = clientFor(transport, limited.secret, { maxRetries: 0 });
        await client.me();
        const error = await rejectionOf(client.me());
        expect(error).toBeInstanceOf(RateLimitError);
        expect(error).toMatchObject({
          status: 429,
          code: 'rate_limited',
          retryAfterMs: 60_000,
          requestId: lastLogged().requestId,
        });
        expect((error as RateLimitError).rateLimit).toMatchObject({ limit: 1, remaining: 0, retryAfterMs: 60_000 });
      });
    });

    describe('idempotent retries', () => {
      test.each([
        ['the connection drops', { network: true, afterCommit: true } as const],
        ['a 500 replaces the answer', { status: 500, afterCommit: true } as const],
      ])('a create whose response is lost (%s) is retried and yields one key', async (_how, fault) => {
        const { client, waits } = admin();
        transport.mock().faults.inject(fault);
        const created = await client.keys.create({ name: 'Exactly once', permissions: [] });

        expect(waits.retries).toHaveLength(1);
        const creates = transport
          .mock()
          .requests.all()
          .filter((entry) => entry.operation === 'createApiKey');
        expect(creates).toHaveLength(2);
        const named: string[] = [];
        for await (const key of client.keys.list()) if (key.name === 'Exactly once') named.push(key.id);
        expect(named).toEqual([created.id]);
      });

      test('a delete whose answer is lost after it committed is retried and resolves, not a 404', async () => {
        const { client, waits } = admin();
        const doomed = await client.keys.create({ name: 'Deleted once', permissions: [] });
        transport.mock().faults.inject({ status: 503, afterCommit: true });
        const deleted = await client.keys.delete(doomed.id);

        expect(deleted).toEqual({ object: 'api_key', id: doomed.id, deleted: true });
        expect(waits.retries).toHaveLength(1);
        const deletes = transport
          .mock()
          .requests.all()
          .filter((entry) => entry.operation === 'deleteApiKey');
        expect(deletes.map((entry) => entry.status)).toEqual([503, 200]);
        await expect(client.keys.get(doomed.id)).rejects.toMatchObject({ status: 404, code: 'not_found' });
      });
    });
  });
}
