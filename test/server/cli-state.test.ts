import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSecret, type MockSnapshot } from 'keysmith/mock';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { banner, exitWithin, line, runCli, type Run } from './cli-process.js';

const dir = mkdtempSync(join(tmpdir(), 'keysmith-state-'));
const started = new Set<Run>();
const start = (args: string[]): Run => {
  const run = runCli(args);
  started.add(run);
  return run;
};
afterEach(() => {
  for (const run of started) run.child.kill('SIGKILL');
  started.clear();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('keysmith-mock --state FILE', () => {
  it('starts empty without the file, writes it on exit, and starts from it next time', async () => {
    const file = join(dir, 'state.json');
    const first = start(['--port', '0', '--state', file]);
    const text = await banner(first);
    const production = line(text, 'Base URLs:', 'production');
    const created = await fetch(`${production}/v1/api-keys`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${line(text, 'Admin keys', 'production')}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ name: 'survivor', permissions: ['keys:read'] }),
    });
    const key = (await created.json()) as { id: string; secret: string };
    first.child.kill('SIGTERM');
    expect(await exitWithin(first)).toBe(0);
    expect(first.stderr()).toMatch(/stopped \(SIGTERM\); state saved to .*state\.json \(4 keys, \d+ bytes\)/);

    const saved = readFileSync(file, 'utf8');
    expect((JSON.parse(saved) as MockSnapshot).keys.map((k) => k.name)).toContain('survivor');
    expect(saved).not.toContain(key.secret);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    const second = start(['--port', '0', '--state', file]);
    const again = await banner(second);
    const url = line(again, 'Base URLs:', 'production');
    const me = await fetch(`${url}/v1/me`, { headers: { Authorization: `Bearer ${key.secret}` } });
    expect(await me.json()).toMatchObject({ id: key.id, name: 'survivor' });
    const admin = await fetch(`${url}/v1/me`, {
      headers: { Authorization: `Bearer ${line(again, 'Admin keys', 'production')}` },
    });
    expect(admin.status).toBe(200);
  });

  it.each([
    ['not JSON', '{"format": "keysmith-mock-state",\n  nope }', 'it is not valid JSON (line 2, column 3)'],
    ['a seed file', JSON.stringify({ keys: [] }), 'this is not a keysmith-mock state'],
    [
      'a newer version',
      JSON.stringify({ format: 'keysmith-mock-state', version: 9 }),
      'this state was written in format version 9, newer than this keysmith-mock reads (1)',
    ],
    ['an empty file', '', 'it is not valid JSON'],
  ])('refuses %s with exit code 2, naming the problem, and leaves the file untouched', async (_, contents, problem) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, contents);
    const run = start(['--port', '0', '--state', file]);
    expect(await exitWithin(run)).toBe(2);
    expect(run.stderr()).toContain(`keysmith-mock: refusing the state file ${file}: ${problem}`);
    expect(run.stderr()).toContain('The file was left as it is');
    expect(run.stdout()).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(contents);
  });

  it('never prints a secret a refused file holds', async () => {
    const secret = createSecret('production');
    const file = join(dir, 'leaky.json');
    writeFileSync(file, `{"format": "keysmith-mock-state", "version": 1, "${secret}": true}`);
    const run = start(['--port', '0', '--state', file]);
    expect(await exitWithin(run)).toBe(2);
    expect(run.stderr()).not.toContain(secret);
    expect(existsSync(file)).toBe(true);
  });
});
