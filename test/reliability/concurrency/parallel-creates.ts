/**
 * Many creates at once over real HTTP: every one gets its own id and its own working secret,
 * and the store holds exactly them.
 */
import { inspectSecret, Keysmith, maskSecret, type ApiKey } from 'keysmith';
import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWatchedServer } from '../watched-server.js';
import { leaks } from '../leak-collector.js';
import { HEAVY_TEST_MS, SIZE } from '../run-size.js';

describe('concurrency: parallel creates', () => {
  let server: MockServer;
  let serverErrors: unknown[] = [];

  beforeAll(async () => {
    ({ server, serverErrors } = await startWatchedServer('parallel creates'));
  });
  afterAll(() => server.close());

  test(
    `${SIZE.parallelCreates} parallel creates over HTTP give as many distinct ids and secrets, each working, and nothing else`,
    async () => {
      const admin = new Keysmith({
        apiKey: server.mock.adminKey,
        baseUrl: server.url,
        fetch: leaks.wrapFetch('parallel creates', (request, init) => fetch(request, init)),
      });
      const settled = await Promise.allSettled(
        Array.from({ length: SIZE.parallelCreates }, (_, index) =>
          admin.keys.create({ name: `parallel ${index}`, permissions: ['keys:read'] }),
        ),
      );
      const rejected = settled.filter((result) => result.status === 'rejected');
      for (const result of rejected) leaks.error('parallel create', result.reason);
      expect(rejected.length, 'creates that failed').toBe(0);
      const created = settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));

      expect(new Set(created.map((key) => key.id)).size).toBe(SIZE.parallelCreates);
      expect(new Set(created.map((key) => key.secret)).size).toBe(SIZE.parallelCreates);
      expect(created.every((key) => inspectSecret(key.secret).ok && maskSecret(key.secret) === key.masked_key)).toBe(
        true,
      );
      expect(new Set(created.map((key) => key.name)).size, 'each create made its own key').toBe(SIZE.parallelCreates);

      // Each secret authenticates as its own key (in-process, to keep the check quick).
      const identities = await Promise.all(
        created.map(async (key) => {
          const response = await server.mock.fetch(
            new Request(`${server.mock.baseUrls.production}/v1/me`, {
              headers: { Authorization: `Bearer ${key.secret}` },
            }),
          );
          const seen = await leaks.response('parallel creates me', response, false);
          return ((await seen.json()) as { id?: string }).id;
        }),
      );
      expect(identities).toEqual(created.map((key) => key.id));

      const listed: ApiKey[] = [];
      for await (const key of admin.keys.list({ limit: 100 })) listed.push(key);
      const seeded = listed.filter((key) => key.created_by === null);
      expect(listed.length).toBe(SIZE.parallelCreates + seeded.length);
      expect(new Set(listed.map((key) => key.id))).toEqual(
        new Set([...created.map((key) => key.id), ...seeded.map((key) => key.id)]),
      );

      const creates = server.mock.requests.all().filter((entry) => entry.operation === 'createApiKey');
      leaks.requestLog('parallel creates mock.requests', server.mock.requests.all());
      console.log(
        `parallel creates: ${created.length} keys, ${new Set(created.map((key) => key.id)).size} distinct ids, ${creates.length} create requests counted by the mock`,
      );
      expect(creates.map((entry) => entry.status)).toEqual(Array.from({ length: SIZE.parallelCreates }, () => 201));
      expect(serverErrors).toEqual([]);
    },
    HEAVY_TEST_MS,
  );
});
