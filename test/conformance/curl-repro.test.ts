/**
 * A failing walk is reported as fast-check's shrunk sequence and a curl script that replays it —
 * with no secret in it — and the script, run by bash against a live `keysmith-mock`, does replay it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createSecret } from 'keysmith/mock';
import { startMockServer } from 'keysmith/mock/node';
import { expect, test } from 'vitest';
import { curlReproduction, type Exchange } from './curl-repro.js';
import { newTallies, send, type Real } from './exchange.js';
import type { Sent } from './request.js';
import { conformanceWalk, WALK_SEED } from './walk.js';

const VERSION: [string, string] = ['Keysmith-Version', '2026-11-01'];
const get = (path: string, secret: string): Sent => ({
  method: 'GET',
  path,
  headers: [['Authorization', `Bearer ${secret}`], VERSION],
  body: null,
});

test('a failing walk is shrunk to its one guilty step and reported with a curl script, secrets masked', async () => {
  const admins: string[] = [];
  const failure = conformanceWalk(7, 5, 30, {
    sabotage: (mock) => {
      admins.push(...Object.values(mock.adminKeys));
      // Every answer a status the spec declares nowhere, with a secret in its body.
      mock.faults.inject({ status: 418, body: { leaked: mock.adminKey } }, 1_000_000);
    },
  });
  const error = await failure.then(
    () => null,
    (reason: unknown) => reason as Error,
  );
  // fast-check's report, then the shrunk run's own error (the cause) with its reproduction.
  const report = `${error?.message ?? ''}\n${(error?.cause as Error | undefined)?.message ?? ''}`;
  expect(report).toMatch(/Counterexample: \[\{[^\]]*\} \/\*replayPath/);
  expect(report).toMatch(/status 418 is not declared/);
  expect(report).toMatch(/a piece of a secret goes out: …ks_prod_••••…/);
  expect(report).toMatch(/Reproduction \(seed 7\):/);
  expect(report).toMatch(/curl -sS -X \w+ "\$BASE\/[^"]*" -H "Authorization: Bearer \$\{ADMIN_\w+\}"/);
  for (const secret of admins) expect(report).not.toContain(secret.slice(8, 20));
}, 60_000);

test('the curl script replays the walk’s requests against a live keysmith-mock', async () => {
  const server = await startMockServer({ port: 0, host: '127.0.0.1', ...WALK_SEED });
  try {
    const real: Real = {
      base: server.url,
      tallies: newTallies(),
      exchanges: [],
      retryable: [],
      pieces: { count: 0, set: new Set() },
    };
    const admin = server.mock.adminKey;
    const create: Sent = {
      method: 'POST',
      path: '/v1/api-keys',
      headers: [['Authorization', `Bearer ${admin}`], VERSION, ['Content-Type', 'application/json']],
      body: JSON.stringify({ name: "it's", permissions: ['keys:read'] }),
    };
    const created = JSON.parse((await send(real, create)).text) as { id: string; secret: string };
    (real.exchanges[0] as Exchange).handedOut = { secret: created.secret, id: created.id };
    await send(real, get(`/v1/api-keys/${created.id}`, admin));
    await send(real, { ...get(`/v1/api-keys/${created.id}/revoke`, admin), method: 'POST' });
    await send(real, get('/v1/me', created.secret));
    await send(real, get('/v1/me', createSecret('production')));

    const script = curlReproduction(real.exchanges, WALK_SEED, server.mock.adminKeys, {
      base: server.url,
      start: false,
    });
    for (const secret of [admin, created.secret]) expect(script).not.toContain(secret.slice(8, 20));
    expect(script).toContain('${SECRET_1}');
    expect(script).toContain('${ID_1}');
    expect(script).toContain('ks_prod_••••(never issued)');

    server.mock.reset();
    // Asynchronously: the server answering the script runs in this very process.
    const { stdout: output } = await promisify(execFile)('bash', ['-c', script], { encoding: 'utf8', timeout: 30_000 });
    // The replay made a key of its own, read it, revoked it, and was refused with its secret.
    expect(output).toContain('"name":"it\'s"');
    expect(output).toContain('"code":"revoked_api_key"');
    expect(output).toContain('"code":"malformed_api_key"');
  } finally {
    await server.close();
  }
}, 60_000);
