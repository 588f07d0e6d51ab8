/**
 * The bad-input corpus against the HTTP server (`keysmith/mock/node` on 127.0.0.1:0), sent as raw
 * bytes: every answer is a 4xx with the API's JSON error body (413 past the body limit), not one
 * 5xx, no secret echoed, and the store is the same afterwards.
 */
import fc from 'fast-check';
import { Keysmith, type ApiKey } from 'keysmith';
import type { MockServer } from 'keysmith/mock/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { leaks } from '../leak-collector.js';
import { rawRequest, type RawAnswer } from '../raw-http.js';
import { startWatchedServer } from '../watched-server.js';
import { HEAVY_TEST_MS, replayHint, SEED, SIZE } from '../run-size.js';
import { badRequests, regressions, type BadRequest, type Target } from './corpus.js';

const SECRET_SHAPE = /ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}/;
const IN_FLIGHT = 16;
const CHUNK = 16_384;

/** The request as bytes on the wire. */
function serialize(request: BadRequest): Buffer {
  const lines = [
    `${request.method} ${request.target} HTTP/1.1`,
    'Host: 127.0.0.1',
    'Connection: close',
    ...request.headers.map(([name, value]) => `${name}: ${value}`),
  ];
  const body = request.body ?? Buffer.alloc(0);
  const framing = request.framing ?? 'length';
  if (framing === 'length' && request.body !== undefined) lines.push(`Content-Length: ${body.length}`);
  if (framing === 'chunked') lines.push('Transfer-Encoding: chunked');
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  if (framing !== 'chunked') return Buffer.concat([head, body]);
  const chunks: Buffer[] = [head];
  for (let at = 0; at < body.length; at += CHUNK) {
    const chunk = body.subarray(at, at + CHUNK);
    chunks.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(chunks);
}

/** What is wrong with an answer, or `null` when it is a proper refusal. */
function problemWith(request: BadRequest, answer: RawAnswer): string | null {
  if (answer.status === 0) return `no answer (${answer.failure})`;
  if (answer.status < 400 || answer.status > 499) return `status ${answer.status}`;
  if (request.expect !== undefined && answer.status !== request.expect)
    return `status ${answer.status}, expected ${request.expect}`;
  if (SECRET_SHAPE.test(answer.head) || SECRET_SHAPE.test(answer.body)) return 'a secret in the answer';
  let error: Record<string, unknown> | undefined;
  try {
    error = (JSON.parse(answer.body) as { error?: Record<string, unknown> }).error;
  } catch {
    return 'a body that is not JSON';
  }
  if (
    error === undefined ||
    !['type', 'code', 'message', 'request_id'].every((field) => typeof error[field] === 'string')
  )
    return 'no {"error": {type, code, message, request_id}}';
  if (answer.headers.get('x-request-id')?.[0] !== error['request_id'])
    return 'X-Request-Id differs from error.request_id';
  return null;
}

/** A case for a failure message: never the credentials it carried. */
function describeCase(request: BadRequest, answer: RawAnswer, problem: string): string {
  const clip = (text: string): string =>
    (text.length > 120 ? `${text.slice(0, 120)}…(${text.length})` : text).replace(
      new RegExp(SECRET_SHAPE, 'g'),
      '[secret]',
    );
  return `${request.defect}: ${request.method} ${clip(JSON.stringify(request.target))} [${request.headers.map(([name]) => name).join(', ')}] → ${problem}; body ${clip(answer.body)}`;
}

/**
 * Every key with the fields a refused request must not change (the admin's own counters aside),
 * and the mock's clock and fault queue.
 */
async function snapshot(admin: Keysmith, adminId: string, server: MockServer): Promise<string[]> {
  const keys: ApiKey[] = [];
  for await (const key of admin.keys.list({ limit: 100 })) keys.push(key);
  const controls = await Promise.all(
    ['clock', 'faults'].map(async (name) => `${name}: ${await (await fetch(`${server.url}/__mock/${name}`)).text()}`),
  );
  return [
    ...controls,
    ...keys.map((key) => JSON.stringify(key.id === adminId ? { ...key, usage: null, last_used_at: null } : key)),
  ];
}

describe('bad input over HTTP: refused with a JSON 4xx, never a 5xx, and nothing changes', () => {
  let server: MockServer;
  let admin: Keysmith;
  let target: Target;
  let serverErrors: unknown[] = [];

  beforeAll(async () => {
    ({ server, serverErrors } = await startWatchedServer('corpus'));
    const { adminKeys } = server.mock;
    admin = new Keysmith({
      apiKey: adminKeys.production,
      baseUrl: server.url,
      fetch: leaks.wrapFetch('corpus setup', (request, init) => fetch(request, init)),
    });
    const active = await admin.keys.create({ name: 'active', permissions: ['keys:read'] });
    const inactive = await admin.keys.create({ name: 'inactive', permissions: ['keys:read'] });
    const revoked = await admin.keys.create({ name: 'revoked', permissions: [] });
    const deleted = await admin.keys.create({ name: 'deleted', permissions: [] });
    await admin.keys.update(inactive.id, { status: 'inactive' });
    await admin.keys.revoke(revoked.id);
    await admin.keys.delete(deleted.id);
    target = {
      admin: adminKeys.production,
      stagingAdmin: adminKeys.staging,
      revokedSecret: revoked.secret,
      inactiveSecret: inactive.secret,
      activeId: active.id,
      inactiveId: inactive.id,
    };
  });
  afterAll(() => server.close());

  test('the mock clock refuses, in-process too, a moment a Date cannot hold', () => {
    const { clock } = server.mock;
    const now = clock.now().getTime();
    expect(() => {
      clock.advance(Number.MAX_SAFE_INTEGER);
    }).toThrow(RangeError);
    expect(() => {
      clock.set(8.64e15 + 1);
    }).toThrow(RangeError);
    expect(clock.now().getTime()).toBe(now);
  });

  test(
    `${SIZE.badInputs} generated malformed requests (and the regressions) all get a JSON 4xx, no 5xx, no echoed secret, and the store stays as it was`,
    async () => {
      const adminId = (await admin.me()).id;
      const before = await snapshot(admin, adminId, server);
      const cases = [...regressions(), ...fc.sample(badRequests(target), { seed: SEED, numRuns: SIZE.badInputs })];
      const port = Number(new URL(server.url).port);
      const statuses = new Map<number, number>();
      const defects = new Map<string, number>();
      const failures: string[] = [];
      let serverErrorAnswers = 0;

      // The workers share one pass over the cases, each taking the next case not yet taken.
      const untried = cases.values();
      const worker = async (): Promise<void> => {
        for (const request of untried) {
          for (const [name, value] of request.headers)
            if (name.toLowerCase() === 'authorization') leaks.authorization(value);
          const answer = await rawRequest(port, serialize(request));
          leaks.rawAnswer(`corpus ${request.defect}`, answer.head, answer.body);
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const kind = request.defect.replace(/ \(.*$/, '');
          defects.set(kind, (defects.get(kind) ?? 0) + 1);
          if (answer.status >= 500) serverErrorAnswers += 1;
          const problem = problemWith(request, answer);
          if (problem !== null) failures.push(describeCase(request, answer, problem));
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

      const after = await snapshot(admin, adminId, server);
      const log = (await (await fetch(`${server.url}/__mock/requests`)).json()) as { data: unknown[] };
      leaks.requestLog('corpus GET /__mock/requests', log.data);
      leaks.requestLog('corpus mock.requests', server.mock.requests.all());

      console.log(`bad-input corpus: ${replayHint()}`);
      console.log(
        `bad-input corpus: ${cases.length} inputs tried, ${serverErrorAnswers} answered 5xx, ${failures.length} improper answers, ${serverErrors.length} server errors`,
      );
      console.log(
        `  by status: ${[...statuses]
          .sort((a, b) => a[0] - b[0])
          .map(([status, count]) => `${status} ×${count}`)
          .join(', ')}`,
      );
      console.log(`  by defect: ${[...defects].map(([defect, count]) => `${defect} ×${count}`).join(', ')}`);
      expect(failures.slice(0, 15), `${failures.length} improper answers`).toEqual([]);
      expect(serverErrorAnswers).toBe(0);
      expect(serverErrors).toEqual([]);
      expect(after).toEqual(before);
    },
    HEAVY_TEST_MS,
  );
});
