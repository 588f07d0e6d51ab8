import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createSecret } from 'keysmith/mock';
import { CLI, run, WAIT_MS, type Run } from './cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'keysmith-cli-'));
const running = new Set<ChildProcess>();

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runCli(args: string[]): Run {
  const started = run(process.execPath, ['--import', 'tsx', CLI, ...args]);
  running.add(started.child);
  void started.exited.then(() => running.delete(started.child));
  return started;
}

/** Waits until stdout holds the whole banner (it ends with the stop hint), bounded by WAIT_MS. */
async function banner(run: Run): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  while (!run.stdout().includes('Press Ctrl+C to stop.')) {
    if (Date.now() > deadline || run.child.exitCode !== null) {
      throw new Error(`no banner; stdout: ${run.stdout()} stderr: ${run.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return run.stdout();
}

function exitWithin(run: Run): Promise<number | null> {
  return Promise.race([
    run.exited,
    new Promise<never>((_, reject) =>
      setTimeout(() => {
        reject(new Error(`no exit; stderr: ${run.stderr()}`));
      }, WAIT_MS),
    ),
  ]);
}

/** The value printed on the `  <label>  <value>` line after a heading. */
function line(text: string, heading: string, label: string): string {
  const section = text.slice(text.indexOf(heading));
  const value = new RegExp(`^  ${label}\\s+(?<value>\\S+)$`, 'm').exec(section)?.groups?.value;
  if (value === undefined) throw new Error(`no ${label} under ${heading} in ${text}`);
  return value;
}

describe('keysmith-mock', () => {
  it('prints one base URL per environment and the admin keys, serves them, and exits 0 on SIGTERM', async () => {
    const run = runCli(['--port', '0']);
    const text = await banner(run);
    const production = line(text, 'Base URLs:', 'production');
    const staging = line(text, 'Base URLs:', 'staging');
    expect(production).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(staging).toBe(`${production}/staging`);
    expect(line(text, 'Base URLs:', 'development')).toBe(`${production}/development`);
    expect(text).toContain(`${production}/__mock/reset`);

    const stagingKey = line(text, 'Admin keys', 'staging');
    expect(stagingKey).toMatch(/^ks_stage_/);
    const res = await fetch(`${staging}/v1/me`, { headers: { Authorization: `Bearer ${stagingKey}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ environment: 'staging' });

    run.child.kill('SIGTERM');
    expect(await exitWithin(run)).toBe(0);
    await expect(fetch(`${production}/v1/me`)).rejects.toThrow(TypeError);
  });

  it('exits 0 on SIGINT', async () => {
    const run = runCli(['--port', '0']);
    await banner(run);
    run.child.kill('SIGINT');
    expect(await exitWithin(run)).toBe(0);
  });

  it('never prints a secret sent in a request', async () => {
    const run = runCli(['--port', '0']);
    const text = await banner(run);
    const production = line(text, 'Base URLs:', 'production');
    const stranger = createSecret('production');
    await fetch(`${production}/v1/me?key=${stranger}`, { headers: { Authorization: `Bearer ${stranger}` } });
    run.child.kill('SIGTERM');
    await exitWithin(run);
    expect(run.stdout() + run.stderr()).not.toContain(stranger);
  });

  it('starts with the keys of --seed usable', async () => {
    const secret = createSecret('development');
    const admin = createSecret('production');
    const seed = join(dir, 'seed.json');
    writeFileSync(
      seed,
      JSON.stringify({
        now: '2026-11-01T09:00:00Z',
        adminKeys: { production: admin },
        keys: [{ secret, name: 'fixture', permissions: ['keys:read'] }],
      }),
    );
    const run = runCli(['--port', '0', '--seed', seed]);
    const text = await banner(run);
    expect(line(text, 'Admin keys', 'production')).toBe(admin);
    const development = line(text, 'Base URLs:', 'development');
    const res = await fetch(`${development}/v1/me`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'fixture' });
    const clock = await fetch(`${line(text, 'Base URLs:', 'production')}/__mock/clock`);
    expect(await clock.json()).toEqual({ now: '2026-11-01T09:00:00.000Z' });
  });

  it('exits 2 with a clear message for a bad seed file, without printing its secrets', async () => {
    const secret = createSecret('staging');
    const seed = join(dir, 'bad.json');
    writeFileSync(seed, JSON.stringify({ adminKeys: { production: secret }, plan: { per_minute: -1 } }));
    const run = runCli(['--port', '0', '--seed', seed]);
    expect(await exitWithin(run)).toBe(2);
    expect(run.stderr()).toContain(`keysmith-mock: bad seed file ${seed}:`);
    expect(run.stderr()).toContain(
      'adminKeys.production is a staging secret (ks_stage_…); a production admin key starts with ks_prod_. Make one with `keysmith-mock secret production`.',
    );
    expect(run.stderr()).toContain('plan.per_minute must be an integer from 1 to 1000000.');
    expect(run.stderr()).not.toContain(secret);
    expect(run.stdout()).toBe('');
  });

  it('exits 2 when the mock refuses a seeded field, naming it', async () => {
    const secret = createSecret('production');
    const seed = join(dir, 'bad-scope.json');
    writeFileSync(seed, JSON.stringify({ keys: [{ secret, permissions: ['not a scope'] }] }));
    const run = runCli(['--port', '0', '--seed', seed]);
    expect(await exitWithin(run)).toBe(2);
    expect(run.stderr()).toContain(
      `keysmith-mock: bad seed file ${seed}:\n  - keys.0.permissions.0 must be a string matching`,
    );
    expect(run.stderr()).not.toContain(secret);
  });

  it('exits 2 when the seed file does not exist', async () => {
    const run = runCli(['--seed', join(dir, 'missing.json')]);
    expect(await exitWithin(run)).toBe(2);
    expect(run.stderr()).toContain('the file does not exist');
  });

  it('prints the usage for --help and exits 0', async () => {
    const run = runCli(['--help']);
    expect(await exitWithin(run)).toBe(0);
    expect(run.stdout()).toMatch(/^Usage: keysmith-mock/);
    expect(run.stdout()).toContain('--seed FILE');
  });

  it('exits 2 for an unknown flag, pointing at --help', async () => {
    const run = runCli(['--bogus']);
    expect(await exitWithin(run)).toBe(2);
    expect(run.stderr()).toContain('--bogus');
    expect(run.stderr()).toContain('keysmith-mock --help');
  });

  it('exits 1 when the port is in use', async () => {
    const first = runCli(['--port', '0']);
    const port = new URL(line(await banner(first), 'Base URLs:', 'production')).port;
    const second = runCli(['--port', port]);
    expect(await exitWithin(second)).toBe(1);
    expect(second.stderr()).toContain(`port ${port} is in use`);
  });
});
