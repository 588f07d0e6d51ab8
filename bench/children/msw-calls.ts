/**
 * Child process of the in-process MSW measure: sets up ONE interception and times raw
 * `fetch + res.json()` calls of `GET /v1/me` through it.
 * Usage: `msw-calls.ts <variant> <loopback-url> <samples> <batch> <maxMs>`.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createMockApi } from 'keysmith/mock';
import { report } from '../lib/child-report.ts';
import { ANSWER_HEADERS, ME_BODY } from '../lib/fake-fetch.ts';
import { sampleCalls } from '../lib/turn.ts';

const [variant = '', loopback = '', samples = '10', batch = '500', maxMs = '5000'] = process.argv.slice(2);
const BASE = 'https://api.keysmith.example';
const me = JSON.parse(ME_BODY) as Record<string, unknown>;
const constant = http.get(`${BASE}/v1/me`, () => HttpResponse.json(me, { headers: ANSWER_HEADERS }));

let url = `${BASE}/v1/me`;
let apiKey = 'ks_prod_unused';
let server: ReturnType<typeof setupServer> | undefined;
if (variant === 'raw loopback fetch') {
  url = `${loopback}/v1/me`;
} else if (variant === 'msw, 1 constant handler') {
  server = setupServer(constant);
} else if (variant === 'msw, 50 constant handlers, match last') {
  const others = Array.from({ length: 49 }, (_, i) => http.get(`${BASE}/v1/other-${i}`, () => HttpResponse.json(me)));
  server = setupServer(...others, constant);
} else if (variant === 'keysmith mock via setupServer') {
  const mock = createMockApi({ plan: { per_minute: 1_000_000, per_hour: 100_000_000 }, requestLogLimit: 1000 });
  apiKey = mock.adminKey;
  server = setupServer(...mock.handlers);
} else {
  throw new Error(`no variant named ${variant}`);
}
server?.listen({ onUnhandledRequest: 'error' });

const init = { headers: { Authorization: `Bearer ${apiKey}`, 'Keysmith-Version': '2026-11-01' } };
const call = async (): Promise<unknown> => {
  const response = await fetch(url, init);
  if (response.status !== 200) throw new Error(`${variant}: status ${response.status}`);
  return response.json();
};
await call();
report(
  await sampleCalls(call, {
    warmupCalls: Number(batch) * 4,
    samples: Number(samples),
    batch: Number(batch),
    maxMs: Number(maxMs),
  }),
);
server?.close();
