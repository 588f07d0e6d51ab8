/**
 * Child process of goal 2's cross-check: the Keysmith mock's handler and one MSW handler
 * returning a constant, each in its own `setupServer`, in one process — one listens while the
 * other is closed, batch by batch, so both meet the same moments of a busy machine. Each batch
 * starts with untimed calls after `listen()`. Usage: `msw-pair.ts <samples> <batch>`; reports CPU
 * ns per request per batch, constant first.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createMockApi } from 'keysmith/mock';
import { report } from '../lib/child-report.ts';
import { ANSWER_HEADERS, ME_BODY } from '../lib/fake-fetch.ts';
import { rotated } from '../lib/rounds.ts';
import { turn } from '../lib/turn.ts';

const [samples = '30', batch = '200'] = process.argv.slice(2);
const BASE = 'https://api.keysmith.example';
const me = JSON.parse(ME_BODY) as Record<string, unknown>;
const mock = createMockApi({ plan: { per_minute: 1_000_000, per_hour: 100_000_000 }, requestLogLimit: 1000 });
const contenders = [
  setupServer(http.get(`${BASE}/v1/me`, () => HttpResponse.json(me, { headers: ANSWER_HEADERS }))),
  setupServer(...mock.handlers),
].map((server) => ({ server, times: [] as number[] }));
const init = { headers: { Authorization: `Bearer ${mock.adminKey}`, 'Keysmith-Version': '2026-11-01' } };
const call = async (): Promise<unknown> => {
  const response = await fetch(`${BASE}/v1/me`, init);
  if (response.status !== 200) throw new Error(`status ${response.status}`);
  return response.json();
};
const cpuNs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) * 1000;
};
// Bounded: samples × 2 batches, the order alternating so neither always goes first.
for (let s = 0; s < Number(samples); s++) {
  for (const { server, times } of rotated(contenders, s)) {
    server.listen({ onUnhandledRequest: 'error' });
    for (let i = 0; i < Number(batch) / 2; i++) await call();
    await turn();
    const t0 = cpuNs();
    for (let i = 0; i < Number(batch); i++) await call();
    times.push((cpuNs() - t0) / Number(batch));
    server.close();
  }
}
report(contenders.map(({ times }) => times));
