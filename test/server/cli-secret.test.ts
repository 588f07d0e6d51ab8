/**
 * `keysmith-mock secret ENVIRONMENT`, through the real command: the secret it prints seeds a
 * server (`--seed`), and that server accepts it over loopback.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectSecret } from 'keysmith';
import { afterAll, describe, expect, test } from 'vitest';
import { startServerCommand } from '../../scripts/runtimes/cli-server.ts';
import { runSecretCommand } from '../../mock/node/cli-secret.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = ['--import', 'tsx', 'mock/node/cli.ts'];
const dir = mkdtempSync(join(tmpdir(), 'keysmith-cli-secret-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[]) {
  return spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
}

describe('keysmith-mock secret', () => {
  test('prints one fresh, valid secret of the environment, and nothing else', () => {
    const first = cli(['secret', 'staging']);
    const second = cli(['secret', 'staging']);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^ks_stage_[0-9A-Za-z]+\n$/);
    expect(inspectSecret(first.stdout.trim())).toEqual({ ok: true, environment: 'staging' });
    expect(second.stdout).not.toBe(first.stdout);
  });

  test('a printed secret seeds a server that accepts it over loopback', async () => {
    const secret = cli(['secret', 'development']).stdout.trim();
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify({ keys: [{ secret, name: 'ci', permissions: ['keys:read'] }] }));
    const server = await startServerCommand(process.execPath, [...CLI, '--seed', seed], ROOT);
    try {
      const me = await fetch(`${server.origin}/development/v1/me`, { headers: { Authorization: `Bearer ${secret}` } });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ name: 'ci', environment: 'development', permissions: ['keys:read'] });
    } finally {
      await server.stop();
    }
  }, 60_000);

  test('refuses an unknown environment, or none, with exit code 2 and the names it takes', () => {
    for (const args of [['secret'], ['secret', 'prod'], ['secret', 'staging', 'extra']]) {
      const run = cli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('production, staging, development');
    }
  });

  test('--help lists the subcommand', () => {
    expect(cli(['--help']).stdout).toContain('keysmith-mock secret ENVIRONMENT');
  });

  test('draws the body from the random source it is given', () => {
    const zeros = (count: number) => new Uint8Array(count);
    expect(runSecretCommand(['production'], zeros).stdout).toBe(runSecretCommand(['production'], zeros).stdout);
  });
});
