/**
 * `npm run mock:prism` (scripts/mock-prism.ts) serves the spec statically. Prism then fills each
 * response header from its `example`, and without one it sends a placeholder such as `0` — so every
 * response header in the spec needs an example, and the static answers must carry them.
 */
import { afterAll, assert, beforeAll, describe, expect, test } from 'vitest';
import { declaredResponses, type DeclaredResponse } from './declared-outcomes.js';
import { startListening, type PrismProcess } from './prism-process.js';

const EXAMPLE_ID = 'key_7Hq2ZbN4xTmW9cLp';
/** Valid for the spec (Prism checks only the Bearer scheme in static mode); no key has it. */
const ANY_SECRET = 'ks_prod_4eC39HqLyjWDarjtT1zdp7dcXk2Lm9Pq3lxK9R';
/** The spec's own request examples, so Prism finds every request valid. */
const BODIES: Record<string, unknown> = {
  createApiKey: { name: 'CI pipeline', permissions: ['keys:read'] },
  updateApiKey: { status: 'inactive' },
};

const responses = declaredResponses();
// Stays undefined if Prism fails to start, so afterAll stops only what runs.
let prism: PrismProcess | undefined;
beforeAll(async () => {
  prism = await startListening(process.execPath, ['--import', 'tsx', 'scripts/mock-prism.ts', '--port', '0']);
}, 120_000);
afterAll(() => prism?.stop());

async function ask(response: DeclaredResponse): Promise<Response> {
  assert.exists(prism, 'beforeAll starts Prism');
  const body = BODIES[response.operationId];
  const headers: Record<string, string> = { Authorization: `Bearer ${ANY_SECRET}`, Prefer: `code=${response.status}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return fetch(`${prism.url}${response.path.replace('{id}', EXAMPLE_ID)}`, {
    method: response.method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('npm run mock:prism (Prism serving the spec statically)', () => {
  test('every response header the spec declares has an example', () => {
    const missing = responses.flatMap((response) =>
      Object.entries(response.headers)
        .filter(([, example]) => example === undefined)
        .map(([name]) => `${response.operationId} ${response.status} ${name}`),
    );
    expect(missing).toEqual([]);
  });

  test('answers GET /v1/me with the examples: X-RateLimit-Limit 100, a real request id', async () => {
    const me = responses.find((response) => response.operationId === 'getMe' && response.status === 200);
    assert.exists(me, 'the spec declares getMe 200');
    const answer = await ask(me);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-ratelimit-limit')).toBe('100');
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('99');
    expect(answer.headers.get('x-request-id')).toBe('req_3kTn8QpL2vXz9WcB');
    expect((await answer.json()) as unknown).toMatchObject({ object: 'identity', id: EXAMPLE_ID });
  });

  test.each(responses.map((response) => [`${response.operationId} ${response.status}`, response] as const))(
    'answers %s with every declared header set to its example',
    async (_name, response) => {
      const answer = await ask(response);
      expect(answer.status).toBe(response.status);
      const sent = Object.fromEntries(Object.keys(response.headers).map((name) => [name, answer.headers.get(name)]));
      const examples = Object.fromEntries(
        Object.entries(response.headers).map(([name, example]) => [name, String(example)]),
      );
      expect(sent).toEqual(examples);
      await answer.arrayBuffer();
    },
  );
});
