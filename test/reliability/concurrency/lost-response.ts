/**
 * A create whose answer is lost after the server committed it ("the server did it, the client
 * never heard"): the SDK retries with the same `Idempotency-Key`, gets the first answer replayed,
 * and exactly one key exists — with the secret the client ends up holding.
 */
import { Keysmith, type ApiKey, type FetchLike } from 'keysmith';
import { createMockApi, type Fault, type MockApi } from 'keysmith/mock';
import { describe, expect, test } from 'vitest';
import { noSleep, ROOMY_PLAN, START } from '../fixtures.js';
import { leaks } from '../leak-collector.js';
import { startWatchedServer } from '../watched-server.js';

/** A fault that loses or replaces the committed answer. */
type LostAnswer = Extract<Fault, { network: true }> | Extract<Fault, { status: number }>;

interface Scenario {
  name: string;
  fault: LostAnswer;
  transport: 'in-process' | 'http';
}

const SCENARIOS: Scenario[] = [
  {
    name: 'the connection drops after the commit (in-process)',
    fault: { network: true, afterCommit: true },
    transport: 'in-process',
  },
  {
    name: 'the connection drops after the commit (over HTTP)',
    fault: { network: true, afterCommit: true },
    transport: 'http',
  },
  {
    name: 'a 503 replaces the committed answer (over HTTP)',
    fault: { status: 503, afterCommit: true },
    transport: 'http',
  },
  {
    name: 'a 500 replaces the committed answer (in-process)',
    fault: { status: 500, afterCommit: true },
    transport: 'in-process',
  },
];

async function reach(
  transport: Scenario['transport'],
): Promise<{ mock: MockApi; baseUrl: string; fetch: FetchLike; close: () => Promise<void> }> {
  if (transport === 'in-process') {
    const mock = createMockApi({ now: START, plan: ROOMY_PLAN });
    return {
      mock,
      baseUrl: mock.baseUrls.production,
      fetch: (request) => mock.fetch(request),
      close: () => Promise.resolve(),
    };
  }
  const { server } = await startWatchedServer('lost response');
  return {
    mock: server.mock,
    baseUrl: server.url,
    fetch: (request, init) => fetch(request, init),
    close: () => server.close(),
  };
}

describe('faults: a create whose answer is lost after the commit', () => {
  test.each(SCENARIOS)(
    'is retried by the SDK into exactly one key, and the replay returns the same secret: $name',
    async ({ fault, transport }) => {
      const { mock, baseUrl, fetch, close } = await reach(transport);
      try {
        for (const secret of Object.values(mock.adminKeys)) leaks.secret(secret);
        const retries: string[] = [];
        const client = new Keysmith({
          apiKey: mock.adminKey,
          baseUrl,
          maxRetries: 2,
          sleep: noSleep,
          fetch: leaks.wrapFetch(`lost response ${transport}`, fetch),
          onRetry: (event) => {
            leaks.event('lost response onRetry', event);
            retries.push(event.reason);
          },
        });
        mock.faults.inject(fault);
        const { data: created, response } = await client.keys
          .create({ name: 'lost answer', permissions: ['keys:read'] }, { idempotencyKey: 'lost-answer-1' })
          .withResponse();

        expect(retries).toEqual(['network' in fault ? 'connection' : 'status']);
        expect(response.headers.get('idempotent-replayed')).toBe('true');
        const creates = mock.requests.all().filter((entry) => entry.operation === 'createApiKey');
        expect(creates.map((entry) => [entry.status, entry.faulted])).toEqual([
          ['network' in fault ? 0 : fault.status, true],
          [201, false],
        ]);

        const listed: ApiKey[] = [];
        for await (const key of client.keys.list({ limit: 100 })) listed.push(key);
        expect(listed.filter((key) => key.name === 'lost answer').map((key) => key.id)).toEqual([created.id]);

        const holder = new Keysmith({
          apiKey: created.secret,
          baseUrl,
          fetch: leaks.wrapFetch('lost response holder', fetch),
        });
        expect((await holder.me()).id).toBe(created.id);
        const again = await client.keys.create(
          { name: 'lost answer', permissions: ['keys:read'] },
          { idempotencyKey: 'lost-answer-1' },
        );
        expect(again.id).toBe(created.id);
        expect(again.secret === created.secret, 'a second replay returns the same secret').toBe(true);
        leaks.requestLog(`lost response ${transport} mock.requests`, mock.requests.all());
      } finally {
        await close();
      }
    },
  );

  test('a regenerate whose answer is lost after the commit is replayed with the one new secret, and the old secret stops', async () => {
    const { mock, baseUrl, fetch, close } = await reach('in-process');
    try {
      for (const secret of Object.values(mock.adminKeys)) leaks.secret(secret);
      const client = new Keysmith({
        apiKey: mock.adminKey,
        baseUrl,
        maxRetries: 2,
        sleep: noSleep,
        fetch: leaks.wrapFetch('lost regenerate', fetch),
      });
      const key = await client.keys.create({ name: 'rotated', permissions: [] });
      mock.faults.inject({ network: true, afterCommit: true });
      const rotated = await client.keys.regenerate(key.id, undefined, { idempotencyKey: 'rotate-1' });
      const replay = await client.keys.regenerate(key.id, undefined, { idempotencyKey: 'rotate-1' });

      expect(rotated.secret === key.secret, 'the secret changed').toBe(false);
      expect(replay.secret === rotated.secret, 'the replay carries the same new secret').toBe(true);
      const holder = (secret: string): Keysmith =>
        new Keysmith({
          apiKey: secret,
          baseUrl,
          maxRetries: 0,
          fetch: leaks.wrapFetch('lost regenerate holder', fetch),
        });
      expect((await holder(rotated.secret).me()).id).toBe(key.id);
      const refusedOld = await holder(key.secret)
        .me()
        .then(
          () => undefined,
          (error: unknown) => {
            leaks.error('lost regenerate', error);
            return error;
          },
        );
      expect(refusedOld).toMatchObject({ status: 401, code: 'revoked_api_key' });
      const regenerations = mock.requests.all().filter((entry) => entry.operation === 'regenerateApiKey');
      expect(regenerations.map((entry) => [entry.status, entry.faulted])).toEqual([
        [0, true],
        [200, false],
        [200, false],
      ]);
      leaks.requestLog('lost regenerate mock.requests', mock.requests.all());
    } finally {
      await close();
    }
  });
});
