/**
 * The mock the testing guide's screenshots show: a few keys in each status, a morning of requests
 * (a replay, a fault, refusals) and a pending targeted fault — the same bytes on every run, from a
 * seeded random source and a frozen clock.
 */
import type { MockServer } from 'keysmith/mock/node';
import { api, json, startServer } from '../server/helpers-controls.ts';

/** A seeded byte source (a linear congruential generator): the same ids and secrets every run. */
function seededBytes(seed: number): (count: number) => Uint8Array {
  let state = seed;
  return (count) =>
    Uint8Array.from({ length: count }, () => {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      return state >>> 24;
    });
}

interface Created {
  id: string;
  secret: string;
}

/** Starts the guide's mock and plays its morning. */
export async function guideScenario(): Promise<MockServer> {
  const server = await startServer({ now: '2026-11-01T08:15:00Z', randomBytes: seededBytes(2026) });
  const create = async (body: Record<string, unknown>, key?: string): Promise<Created> =>
    json<Created>(await api(server, 'POST', '/v1/api-keys', { body, ...(key === undefined ? {} : { key }) }));

  const billing = await create({
    name: 'billing-service',
    description: 'Charges customers nightly',
    permissions: ['keys:read', 'rate_limit:read'],
    rate_limit: { per_minute: 60, per_hour: 600 },
    expires_at: '2026-12-01T00:00:00Z',
  });
  const ci = await create({ name: 'ci-runner', permissions: ['keys:read'], expires_at: '2026-11-01T09:00:00Z' });
  const old = await create({ name: 'old-deploy-key', permissions: ['keys:read'] });
  await api(server, 'POST', `/v1/api-keys/${old.id}/revoke`);
  const paused = await create({ name: 'reporting', permissions: ['keys:read'] });
  await api(server, 'PATCH', `/v1/api-keys/${paused.id}`, { body: { status: 'inactive' } });

  await api(server, 'GET', '/v1/api-keys', { key: ci.secret });
  await create({ name: 'from-ci', permissions: [] }, ci.secret);
  server.mock.clock.advance(50 * 60_000);
  for (let run = 0; run < 3; run += 1) await api(server, 'GET', '/v1/me', { key: billing.secret });
  server.mock.faults.inject({ status: 503 }, { operation: 'getRateLimit' });
  await api(server, 'GET', '/v1/rate-limit', { key: billing.secret });
  await api(server, 'GET', '/v1/rate-limit', { key: billing.secret });
  await api(server, 'GET', '/v1/me', { key: ci.secret });
  await api(server, 'GET', '/v1/me', { key: old.secret });
  const retried = { name: 'nightly-export', permissions: ['keys:read'] };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await fetch(`${server.url}/v1/api-keys`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${server.mock.adminKey}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': 'export-2026-11-01',
        'Keysmith-Version': '2026-11-01',
      },
      body: JSON.stringify(retried),
    });
  }
  server.mock.faults.inject(
    { status: 429, headers: { 'Retry-After': '1' } },
    { operation: 'createApiKey', probability: 0.3, count: 'unlimited' },
  );
  return server;
}
