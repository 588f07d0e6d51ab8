/**
 * Bursts that must not lose or double anything: many creates sharing one `Idempotency-Key` make
 * one key, and a burst against a small quota is let through exactly up to the quota.
 */
import { ApiError, Keysmith, RateLimitError, type ApiKey } from 'keysmith';
import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { noSleep } from '../fixtures.js';
import { leaks } from '../leak-collector.js';
import { startWatchedServer } from '../watched-server.js';

const BURST = 200;
const QUOTA = 37;

describe('concurrency: bursts', () => {
  let server: MockServer;
  let admin: Keysmith;

  beforeAll(async () => {
    ({ server } = await startWatchedServer('bursts'));
    admin = new Keysmith({
      apiKey: server.mock.adminKey,
      baseUrl: server.url,
      fetch: leaks.wrapFetch('bursts', (request, init) => fetch(request, init)),
    });
  });
  afterAll(async () => {
    leaks.requestLog('bursts mock.requests', server.mock.requests.all());
    await server.close();
  });

  test(`${BURST} parallel creates with one Idempotency-Key make one key, and every answer carries its secret`, async () => {
    const answers = await Promise.all(
      Array.from({ length: BURST }, () =>
        admin.keys.create({ name: 'one of many', permissions: [] }, { idempotencyKey: 'burst-1' }).withResponse(),
      ),
    );
    const replayed = answers.filter(({ response }) => response.headers.get('idempotent-replayed') === 'true');
    expect(new Set(answers.map(({ data }) => data.id)).size).toBe(1);
    expect(new Set(answers.map(({ data }) => data.secret)).size).toBe(1);
    expect(replayed).toHaveLength(BURST - 1);
    const listed: ApiKey[] = [];
    for await (const key of admin.keys.list({ limit: 100 })) listed.push(key);
    expect(listed.filter((key) => key.name === 'one of many')).toHaveLength(1);
  });

  test(`a burst of ${BURST} requests against a quota of ${QUOTA} a minute lets exactly ${QUOTA} through`, async () => {
    const key = await admin.keys.create({
      name: 'small quota',
      permissions: [],
      rate_limit: { per_minute: QUOTA, per_hour: 10_000 },
    });
    const client = new Keysmith({
      apiKey: key.secret,
      baseUrl: server.url,
      maxRetries: 0,
      sleep: noSleep,
      maxRetryAfter: Number.POSITIVE_INFINITY,
      timeout: Number.POSITIVE_INFINITY,
      fetch: leaks.wrapFetch('quota burst', (request, init) => fetch(request, init)),
    });
    const results = await Promise.allSettled(Array.from({ length: BURST }, () => client.me()));
    const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    for (const error of refused) leaks.error('quota burst', error);
    console.log(
      `quota burst: ${BURST} requests, ${BURST - refused.length} let through, ${refused.length} refused with 429`,
    );
    expect(BURST - refused.length).toBe(QUOTA);
    expect(
      refused.every((error) => error instanceof RateLimitError && (error as ApiError).code === 'rate_limited'),
    ).toBe(true);
    expect((await admin.keys.get(key.id)).usage.requests_today).toBe(BURST);
  });
});
