/**
 * `npm start` in a terminal: the tour keeps the mock running at its end, prints the inspector's
 * address, and stops cleanly on Ctrl+C. A terminal is given by util-linux's `script`, which runs
 * the tour on a pseudo-terminal; Ctrl+C is the byte a keyboard sends, so the terminal itself
 * delivers the SIGINT.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INSPECTOR_URL = /http:\/\/127\.0\.0\.1:\d+\/__mock\//;
const CTRL_C = '\u0003';
const hasScript = spawnSync('which', ['script']).status === 0;

interface Run {
  code: number | null;
  output: string;
  page: { status: number; type: string | null } | undefined;
}

/** Runs the tour on a pseudo-terminal, opens the printed address, then presses Ctrl+C. */
function runInTerminal(): Promise<Run> {
  return new Promise((resolve, reject) => {
    // `exec`, so that the shell `script` starts (dash on Debian) is replaced by the tour instead of
    // waiting for it: a waiting dash takes the Ctrl+C too and ends with 130 whatever the tour did.
    const command = `exec ${process.execPath} --import tsx scripts/tour.ts`;
    const child = spawn('script', ['--quiet', '--flush', '--return', '--command', command, '/dev/null'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let page: Run['page'];
    let opened = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = INSPECTOR_URL.exec(output)?.[0];
      if (url === undefined || opened || !output.includes('Press Ctrl+C to stop.')) return;
      opened = true;
      fetch(url)
        .then((res) => {
          page = { status: res.status, type: res.headers.get('content-type') };
        })
        .finally(() => child.stdin.write(CTRL_C))
        .catch(reject);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, page });
    });
  });
}

describe.runIf(hasScript)('npm start in a terminal', () => {
  test('ends by printing the inspector’s address, serves it until Ctrl+C, then exits 0', async () => {
    const run = await runInTerminal();
    expect(run.output).toMatch(
      /The mock is still running: see the tour's keys and requests in its inspector,\r?\n {2}http/,
    );
    expect(run.page).toEqual({ status: 200, type: 'text/html; charset=utf-8' });
    expect(run.output).not.toContain('The tour failed');
    expect(run.code).toBe(0);
  }, 70_000);
});
