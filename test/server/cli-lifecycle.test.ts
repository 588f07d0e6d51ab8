/**
 * `keysmith-mock` stops with the process that started it, as users start it: through `sh -c`
 * and through `npx` (which runs the command through `sh -c` too), and writes `--state` on that
 * exit like on any other. The mock checks its parent every 250 ms; the bound below is generous
 * for a loaded machine, and only catches a mock that never stops.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockSnapshot } from 'keysmith/mock';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { alive, banner, exitWithin, line, NODE_CLI, run, runCli, until, type Run } from './cli-process.js';

const STOP_WITHIN_MS = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'keysmith-lifecycle-'));
const pids = new Set<number>();
const runs = new Set<Run>();

afterEach(() => {
  for (const started of runs) started.child.kill('SIGKILL');
  runs.clear();
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  pids.clear();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The pid the command line printed as `pid <n>` before the banner. */
async function mockPid(started: Run): Promise<number> {
  await until(() => /^pid \d+$/m.test(started.stdout()), `a pid; stderr: ${started.stderr()}`);
  const pid = Number(/^pid (\d+)$/m.exec(started.stdout())?.[1]);
  pids.add(pid);
  return pid;
}

/** Starts the mock under `sh -c`, which stays as its parent and prints the mock's pid. */
function underShell(args: string): Run {
  const started = run('sh', ['-c', `${NODE_CLI} ${args} & echo "pid $!"; wait $!`]);
  runs.add(started);
  return started;
}

/** Creates a key over HTTP, so a written state has something of its own to show. */
async function createKey(text: string): Promise<string> {
  const res = await fetch(`${line(text, 'Base URLs:', 'production')}/v1/api-keys`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${line(text, 'Admin keys', 'production')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'before the end', permissions: [] }),
  });
  return ((await res.json()) as { id: string }).id;
}

const savedKeyIds = (file: string): string[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as MockSnapshot).keys.map((key) => key.id);

describe('keysmith-mock stops with its parent', () => {
  it('stops when the shell that started it is killed, writing --state', async () => {
    const file = join(dir, 'shell.json');
    const shell = underShell(`--port 0 --state "${file}"`);
    const pid = await mockPid(shell);
    const text = await banner(shell);
    const id = await createKey(text);
    shell.child.kill('SIGKILL');
    await until(() => !alive(pid), 'the mock to stop', STOP_WITHIN_MS);
    expect(savedKeyIds(file)).toContain(id);
    await expect(fetch(`${line(text, 'Base URLs:', 'production')}/v1/me`)).rejects.toThrow(TypeError);
  });

  it('stops when `npx keysmith-mock` is killed, as `kill $!` does, writing --state', async () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    writeFileSync(join(project, 'package.json'), '{"name": "consumer", "private": true}');
    // The bin npm links for an installed keysmith, running the source instead of dist/cli.js.
    const bin = join(project, 'node_modules', '.bin', 'keysmith-mock');
    writeFileSync(bin, `#!/bin/sh\necho "pid $$"\nexec ${NODE_CLI} "$@"\n`);
    chmodSync(bin, 0o755);
    const file = join(dir, 'npx.json');
    const npx = run('npx', ['--no-install', 'keysmith-mock', '--port', '0', '--state', file], project);
    runs.add(npx);
    const pid = await mockPid(npx);
    const id = await createKey(await banner(npx));
    npx.child.kill('SIGTERM');
    await until(() => !alive(pid), 'the mock to stop', STOP_WITHIN_MS);
    expect(savedKeyIds(file)).toContain(id);
  });

  it('keeps running without its parent with --detached, until a signal stops it', async () => {
    const file = join(dir, 'detached.json');
    const shell = underShell(`--port 0 --detached --state "${file}"`);
    const pid = await mockPid(shell);
    const text = await banner(shell);
    shell.child.kill('SIGKILL');
    await exitWithin(shell);
    // Four of the mock's checks of its parent.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(alive(pid)).toBe(true);
    const me = await fetch(`${line(text, 'Base URLs:', 'production')}/v1/me`, {
      headers: { Authorization: `Bearer ${line(text, 'Admin keys', 'production')}` },
    });
    expect(me.status).toBe(200);
    process.kill(pid, 'SIGTERM');
    await until(() => !alive(pid), 'the mock to stop', STOP_WITHIN_MS);
    expect(savedKeyIds(file)).toHaveLength(3);
  });

  it('writes --state on SIGINT as on SIGTERM, through the same shutdown', async () => {
    const file = join(dir, 'sigint.json');
    const direct = runCli(['--port', '0', '--state', file]);
    runs.add(direct);
    const id = await createKey(await banner(direct));
    direct.child.kill('SIGINT');
    expect(await exitWithin(direct)).toBe(0);
    expect(direct.stderr()).toContain('stopped (SIGINT); state saved to');
    expect(savedKeyIds(file)).toContain(id);
  });

  it('exits 1 and says so when the state cannot be written', async () => {
    const file = join(dir, 'missing-folder', 'state.json');
    const direct = runCli(['--port', '0', '--state', file]);
    runs.add(direct);
    await banner(direct);
    direct.child.kill('SIGTERM');
    expect(await exitWithin(direct)).toBe(1);
    expect(direct.stderr()).toContain('stopped (SIGTERM), but cannot write the state: ENOENT');
  });
});
