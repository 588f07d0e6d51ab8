/**
 * A key cut off while requests race it: requests made with its secret run in parallel loops over
 * real HTTP while the admin revokes it (or rotates it without grace, or disables it). Every
 * request's start and end are stamped, and so is the moment the cut-off's answer arrived: a
 * success for a request that started after that moment is a failure.
 */
import { ApiError, Keysmith, type ApiKeyWithSecret } from 'keysmith';
import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { noSleep } from '../fixtures.js';
import { leaks } from '../leak-collector.js';
import { startWatchedServer } from '../watched-server.js';
import { SIZE } from '../run-size.js';

interface Stamp {
  start: number;
  end: number;
  status: number;
  code: string | undefined;
}

/** Requests each loop may send at most: the loops stop much earlier, once enough came after the cut-off. */
const LOOP_BUDGET = 5_000;

const CUTS = [
  {
    name: 'revoked',
    code: 'revoked_api_key',
    cut: (admin: Keysmith, key: ApiKeyWithSecret) => admin.keys.revoke(key.id),
  },
  {
    name: 'regenerated without grace',
    code: 'revoked_api_key',
    cut: (admin: Keysmith, key: ApiKeyWithSecret) => admin.keys.regenerate(key.id),
  },
  {
    name: 'disabled',
    code: 'inactive_api_key',
    cut: (admin: Keysmith, key: ApiKeyWithSecret) => admin.keys.update(key.id, { status: 'inactive' }),
  },
] as const;

describe('concurrency: a key cut off while requests race it', () => {
  let server: MockServer;
  let admin: Keysmith;

  beforeAll(async () => {
    ({ server } = await startWatchedServer('race'));
    admin = new Keysmith({
      apiKey: server.mock.adminKey,
      baseUrl: server.url,
      fetch: leaks.wrapFetch('race admin', (request, init) => fetch(request, init)),
    });
  });
  afterAll(() => server.close());

  test.each(CUTS)(
    'a key $name is never accepted by a request that started after the answer',
    async ({ name, code, cut }) => {
      const victim = await admin.keys.create({
        name: `victim (${name})`,
        permissions: [],
        rate_limit: { per_minute: 1_000_000, per_hour: 100_000_000 },
      });
      const racer = new Keysmith({
        apiKey: victim.secret,
        baseUrl: server.url,
        maxRetries: 0,
        sleep: noSleep,
        fetch: leaks.wrapFetch('race victim', (request, init) => fetch(request, init)),
      });
      const stamps: Stamp[] = [];
      let cutAnswered: number | undefined;
      // The cut-off waits until the key has been accepted a few times (or a loop gave up).
      let going = (): void => undefined;
      const underway = new Promise<void>((resolve) => {
        going = resolve;
      });
      let accepted = 0;

      const loop = async (): Promise<void> => {
        let after = 0;
        for (let sent = 0; sent < LOOP_BUDGET && after < SIZE.raceAfter; sent++) {
          const start = performance.now();
          if (cutAnswered !== undefined && start > cutAnswered) after += 1;
          try {
            await racer.me();
            stamps.push({ start, end: performance.now(), status: 200, code: undefined });
            if (++accepted >= SIZE.raceLoopers * 2) going();
          } catch (error) {
            leaks.error('race victim', error);
            if (!(error instanceof ApiError)) throw error;
            stamps.push({ start, end: performance.now(), status: error.status, code: error.code });
          }
        }
        going();
      };
      const cutter = async (): Promise<void> => {
        await underway;
        await cut(admin, victim);
        cutAnswered = performance.now();
      };
      await Promise.all([cutter(), ...Array.from({ length: SIZE.raceLoopers }, loop)]);

      const answeredAt = cutAnswered as number;
      const startedAfter = stamps.filter((stamp) => stamp.start > answeredAt);
      const acceptedAfter = startedAfter.filter((stamp) => stamp.status < 300);
      const inFlight = stamps.filter((stamp) => stamp.start <= answeredAt && stamp.end > answeredAt);
      console.log(
        `race (${name}): ${stamps.length} requests, ${stamps.filter((s) => s.status === 200).length} accepted, ${startedAfter.length} started after the cut-off answered (${acceptedAfter.length} accepted), ${inFlight.length} in flight across it`,
      );
      expect(
        stamps.some((stamp) => stamp.status === 200),
        'the key worked before the cut-off',
      ).toBe(true);
      expect(startedAfter.length).toBeGreaterThanOrEqual(SIZE.raceLoopers * SIZE.raceAfter);
      expect(acceptedAfter).toEqual([]);
      expect(new Set(startedAfter.map((stamp) => `${stamp.status} ${stamp.code}`))).toEqual(new Set([`401 ${code}`]));
      // Once refused, never accepted again: in each loop's order, no success follows a refusal.
      const firstRefusal = Math.min(...stamps.filter((stamp) => stamp.status === 401).map((stamp) => stamp.end));
      expect(stamps.filter((stamp) => stamp.status === 200 && stamp.start > firstRefusal)).toEqual([]);
    },
  );

  afterAll(() => {
    leaks.requestLog('race mock.requests', server.mock.requests.all());
  });
});
