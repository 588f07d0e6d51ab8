import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { Keysmith } from 'keysmith';
import { createMockApi } from 'keysmith/mock';
import { startMockServer } from 'keysmith/mock/node';
import { main as handling429 } from '../../examples/handling-429.ts';
import { main as pagination } from '../../examples/pagination.ts';
import { main as quickstart } from '../../examples/quickstart.ts';
import { main as rotation } from '../../examples/rotation.ts';
import { buildCommonJsPackage } from './commonjs-package.ts';
import { ROOT } from './site-build.ts';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const NOW = '2026-11-01T09:00:30Z';

/** A fresh mock, and the options that point an example at it. */
function target() {
  const mock = createMockApi({ now: NOW });
  const lines: string[] = [];
  return {
    mock,
    lines,
    options: {
      apiKey: mock.adminKey,
      fetch: (request: Request) => mock.fetch(request),
      log: (line: string) => lines.push(line),
    },
  };
}

test('every file in examples/ is run by this suite', () => {
  const covered = [
    'quickstart.ts',
    'pagination.ts',
    'rotation.ts',
    'handling-429.ts',
    'vitest-with-mock.test.ts',
    'curl-session.sh',
    'python-session.py',
    'jest',
  ];
  expect(readdirSync(join(ROOT, 'examples')).sort()).toEqual([...covered].sort());
});

describe('examples run against the mock', () => {
  test('quickstart creates a key, uses it, revokes it, and the key is refused afterwards', async () => {
    const { mock, lines, options } = target();
    const result = await quickstart(options);
    expect(result.refusedWith).toBe('revoked_api_key');
    const admin = new Keysmith({ apiKey: mock.adminKey, fetch: options.fetch });
    await expect(admin.keys.get(result.keyId)).resolves.toMatchObject({ status: 'revoked', name: 'CI pipeline' });
    expect(lines.join('\n')).not.toMatch(/ks_(prod|stage|dev)_[0-9A-Za-z]{38}/);
  });

  test('pagination sees every key of the environment, 10 per page, three ways', async () => {
    const { options } = target();
    const result = await pagination({ ...options, create: 23 });
    // 23 created plus the seeded production admin key.
    expect(result).toEqual({ firstPage: 10, pages: 3, total: 24, iteratedPages: 3 });
  });

  test('rotation keeps the old secret for the grace period, and stops a leaked one at once', async () => {
    const { mock, lines, options } = target();
    const result = await rotation({ ...options, graceSeconds: 600 });
    expect(result.leakedSecretRefusedWith).toBe('revoked_api_key');
    expect(result.previousSecretExpiresAt).toBe(new Date(Date.parse(NOW) + 600_000).toISOString());
    // The second, emergency regeneration ended the first one's grace period too.
    await expect(new Keysmith({ apiKey: result.oldSecret, fetch: options.fetch }).me()).rejects.toMatchObject({
      code: 'revoked_api_key',
    });
    expect(lines.join('\n')).not.toContain(result.newSecret);
    expect(mock.requests.all().filter((entry) => entry.operation === 'regenerateApiKey')).toHaveLength(2);
  });

  test('handling-429 retries after Retry-After, fails fast when told to, and reads what is left', async () => {
    const { mock, options } = target();
    const waits: number[] = [];
    const result = await handling429({
      ...options,
      sleep: (ms) => {
        waits.push(ms);
        mock.clock.advance(ms);
        return Promise.resolve();
      },
      now: () => mock.clock.now().getTime(),
    });
    expect(result.succeeded).toBe(5);
    expect(result.retries).toBe(1);
    // The mock's minute window resets on the minute: 30 s after 09:00:30.
    expect(waits).toEqual([30_000]);
    expect(result.failFastAfterMs).toBe(60_000);
    expect(result.remaining).toBe(1);
    expect(mock.requests.all().filter((entry) => entry.status === 429).length).toBeGreaterThanOrEqual(2);
  });
});

describe('examples run on their own', () => {
  test.each(['quickstart.ts', 'pagination.ts', 'rotation.ts', 'handling-429.ts'])(
    'npx tsx examples/%s runs against its in-process mock',
    async (file) => {
      const { stdout, stderr } = await run(TSX, [join('examples', file)], { cwd: ROOT, timeout: 80_000 });
      expect(stderr).toBe('');
      expect(stdout.trim().split('\n').length).toBeGreaterThanOrEqual(3);
      expect(stdout).not.toMatch(/ks_(prod|stage|dev)_[0-9A-Za-z]{38}/);
    },
    90_000,
  );

  test('the example vitest suite passes', async () => {
    const { stdout } = await run(
      join(ROOT, 'node_modules/.bin/vitest'),
      ['run', '--config', 'test/docs/vitest.examples.config.ts'],
      {
        cwd: ROOT,
        timeout: 140_000,
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    expect(stdout).toMatch(/Tests\s+6 passed \(6\)/);
  }, 150_000);
});

describe('the Jest suite', () => {
  test('runs under Jest with its own config, on the CommonJS build of the package', async () => {
    // Its own package.json keeps `keysmith` from resolving to this repository (Node's self-reference):
    // the suite must load the CommonJS build made here, as an application's suite loads the package.
    expect(readdirSync(join(ROOT, 'examples/jest')).sort()).toEqual([
      'jest.config.mjs',
      'keys.test.ts',
      'package.json',
    ]);
    const modules = await buildCommonJsPackage();
    try {
      const { stderr } = await run(
        join(ROOT, 'node_modules/.bin/jest'),
        // The build first; then this repository's node_modules, for the package's own dependencies.
        ['--config', 'examples/jest/jest.config.mjs', '--modulePaths', modules, join(ROOT, 'node_modules'), '--ci'],
        { cwd: ROOT, timeout: 110_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
      );
      // Jest reports on stderr.
      expect(stderr).toMatch(/Tests:\s+3 passed, 3 total/);
      expect(stderr).toContain('PASS examples/jest/keys.test.ts');
    } finally {
      rmSync(dirname(modules), { recursive: true, force: true });
    }
  }, 120_000);

  test("the testing guide's Jest config is the example's, verbatim", () => {
    const guide = readFileSync(join(ROOT, 'docs/testing-with-the-mock.md'), 'utf8');
    const section = guide.slice(guide.indexOf('\n## Jest\n'), guide.indexOf('\n## ', guide.indexOf('\n## Jest\n') + 1));
    const block = /```js\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(readFileSync(join(ROOT, 'examples/jest/jest.config.mjs'), 'utf8'));
  });
});

describe('the Python session', () => {
  test('starts keysmith-mock on a free port, drives it with urllib, and stops it with SIGTERM', async () => {
    const { stdout } = await run(
      'python3',
      [join(ROOT, 'examples/python-session.py'), process.execPath, '--import', 'tsx', 'mock/node/cli.ts'],
      { cwd: ROOT, timeout: 80_000 },
    );
    expect(stdout).toContain('list page 3 -> 200');
    expect(stdout).toContain('keysmith-mock stopped with exit code 0');
    expect(stdout).toContain('python session OK: 5 keys created, 6 listed in 3 pages, 1 revoked');
    expect(stdout).not.toMatch(/ks_(prod|stage|dev)_[0-9A-Za-z]{38}/);
  }, 90_000);
});

describe('the curl session', () => {
  test('runs with real curl against keysmith-mock over HTTP', async () => {
    const curl = spawnSync('which', ['curl'], { encoding: 'utf8' }).stdout.trim();
    if (curl === '') throw new Error('curl is not installed: apt-get install -y curl (the curl example needs it).');
    const server = await startMockServer({ port: 0 });
    try {
      const { stdout } = await run('bash', [join(ROOT, 'examples/curl-session.sh')], {
        cwd: ROOT,
        timeout: 80_000,
        env: { ...process.env, KEYSMITH_URL: server.url },
      });
      expect(stdout).toContain('curl session OK');
      expect(stdout).toContain('GET /v1/me -> 503');
      expect(stdout).toContain('expired_api_key');
      expect(stdout).toContain('creates answered 503: 1');
      expect(stdout).toContain('after the restore, the temporary key: invalid_api_key');
      const operations = server.mock.requests.all().map((entry) => `${entry.operation} ${entry.status}`);
      expect(operations).toEqual([
        'getMe 200',
        'createApiKey 201',
        'updateApiKey 200',
        'listApiKeys 200',
        'createApiKey 403',
        'getMe 503',
        'getMe 200',
        'getMe 401',
        'revokeApiKey 200',
        'deleteApiKey 200',
        'getApiKey 404',
        'listApiKeys 200',
        'createApiKey 503',
        'createApiKey 201',
        'getMe 401',
      ]);
    } finally {
      await server.close();
    }
  }, 90_000);
});
