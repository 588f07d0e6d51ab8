import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FULL_SECRET = /ks_(prod|stage|dev)_[0-9A-Za-z]{38}/;
/** Far above the few seconds the tour takes; only a hung tour meets it. */
const KILL_AFTER_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/tour.ts` as `npm start` does (through tsx), killing it if it hangs. */
function runTour(): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/tour.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start (the tour)', () => {
  let run: Run;
  beforeAll(async () => {
    run = await runTour();
  }, KILL_AFTER_MS + 5_000);

  test('exits 0 with nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  test('prints every step of a key’s life, numbered, in order', () => {
    const titles = [...run.stdout.matchAll(/^ ?(\d+)\. (\S.*?)  +/gm)].map((match) => `${match[1]}. ${match[2]}`);
    expect(titles).toEqual([
      '1. create',
      '2. list',
      '3. me()',
      '4. rate limit',
      '5. 429 and retry',
      '6. regenerate',
      '7. revoke',
      '8. 401 after revoke',
    ]);
  });

  test('shows the rate-limit headers, the SDK’s retry of the 429 and the 401 revoked_api_key that follows the revoke', () => {
    expect(run.stdout).toMatch(/X-RateLimit-Limit 100, -Remaining \d+, -Reset \d{10}/);
    expect(run.stdout).toContain('the mock answered 429 rate_limited with Retry-After: 1');
    expect(run.stdout).toContain('onRetry: attempt 1 of 2 after 1000 ms (server-requested: true)');
    expect(run.stdout).toContain('the old secret is refused: 401 revoked_api_key');
    expect(run.stdout).toMatch(/AuthenticationError 401 revoked_api_key, request req_[0-9A-Za-z]+/);
    expect(run.stdout).toMatch(/Done in \d+\.\d s\. The mock server is stopped\./);
  });

  test('never prints a full secret, only masked labels', () => {
    expect(run.stdout).not.toMatch(FULL_SECRET);
    expect(run.stderr).not.toMatch(FULL_SECRET);
    expect(run.stdout).toMatch(/secret ks_prod_••••[0-9A-Za-z]{4}: returned once/);
  });
});
