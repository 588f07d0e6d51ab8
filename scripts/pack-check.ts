/**
 * `npm run check:package`: the packed package, installed from its tarball into a throw-away project
 * under the OS temp dir, works as users get it.
 *
 * - `import` (ESM) and `require` (CJS) of keysmith, keysmith/mock and keysmith/mock/node, each doing a real call;
 *   the ESM build follows KEYSMITH_BASE_URL;
 * - its .d.ts files type-check a consumer file under moduleResolution node16 (.mts and .cts) and bundler,
 *   with exactOptionalPropertyTypes on;
 * - `npx keysmith-mock --help` runs, and the installed bin serves on 127.0.0.1:0;
 * - without msw (an optional peer): keysmith, keysmith/mock (all but `mock.handlers`) and
 *   keysmith/mock/node load by `import` and `require` and work, their types check with
 *   `skipLibCheck: false`, and the bin serves;
 * - `publint --strict` and `attw` (profile: see attwProfile) report nothing on the same tarball.
 *
 * Flags: `--no-build` packs the dist/ there is; `--tarball FILE` checks an already packed tarball.
 * Ends with `N passed, N failed`; exits 1 on any failure.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServerCommand } from './runtimes/cli-server';
import { run, runOrThrow, seconds } from './runtimes/exec';
import { createConsumer, packKeysmith } from './runtimes/package-under-test';
import { finishTempDirs, repoBin, repoRoot } from './runtimes/paths';
import { typeCheck } from './runtimes/type-check';

/**
 * attw's default profile ("strict") also resolves every entry the node10 way (`moduleResolution:
 * node`), which ignores `exports`: the subpaths `keysmith/mock` and `keysmith/mock/node` resolve
 * there only through a `typesVersions` map. Without one the check uses the node16 profile, which
 * still covers node16 from ESM and from CJS, and bundler.
 */
async function attwProfile(): Promise<{ profile: 'strict' | 'node16'; why: string }> {
  const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { typesVersions?: unknown };
  return manifest.typesVersions
    ? { profile: 'strict', why: 'typesVersions maps the subpaths for node10' }
    : { profile: 'node16', why: 'no typesVersions, so node10 cannot resolve keysmith/mock*' };
}

const fixtures = join(repoRoot, 'scripts', 'pack-check');
const results: { name: string; ok: boolean; ms: number; detail?: string }[] = [];

async function check(name: string, work: () => Promise<string | undefined> | Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    const detail = await work();
    results.push({ name, ok: true, ms: performance.now() - started, ...(detail ? { detail } : {}) });
    console.log(`✓ ${name} (${seconds(performance.now() - started)})${detail ? `\n    ${detail}` : ''}`);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, ms: performance.now() - started, detail });
    console.log(`✗ ${name} (${seconds(performance.now() - started)})\n${detail.replace(/^/gm, '    ')}`);
  }
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const tsconfig = (
  module: 'node16' | 'esnext',
  moduleResolution: 'node16' | 'bundler',
  files: string[],
  skipLibCheck: boolean,
) => ({
  compilerOptions: {
    module,
    moduleResolution,
    target: 'es2022',
    lib: ['es2022', 'dom', 'dom.iterable'],
    types: ['node'],
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck,
  },
  files,
});

async function main(): Promise<number> {
  const started = performance.now();
  const build = !process.argv.includes('--no-build');
  let tarball = option('tarball');
  if (!tarball) {
    const t = performance.now();
    tarball = await packKeysmith({ build });
    console.log(`${build ? 'built and ' : ''}packed ${tarball} (${seconds(performance.now() - t)})`);
  }
  const packed = tarball;

  let consumer = '';
  await check('installs the tarball with msw 2.15.0 into a fresh project', async () => {
    consumer = await createConsumer(packed, { with: ['msw@2.15.0', '@types/node@^20'], label: 'pack-check' });
    return consumer;
  });
  if (consumer) {
    await copyFile(join(fixtures, 'consumer-esm.mjs'), join(consumer, 'consumer-esm.mjs'));
    await copyFile(join(fixtures, 'consumer-cjs.cjs'), join(consumer, 'consumer-cjs.cjs'));
    for (const extension of ['mts', 'cts', 'ts']) {
      await copyFile(join(fixtures, 'consumer-types.ts'), join(consumer, `consumer-types.${extension}`));
    }
    // node16 checks the packed .d.ts/.d.cts files themselves (skipLibCheck off); bundler reads the
    // same .d.ts as node16's ESM side, so it checks resolution and use only, in a third of the time.
    const node16Files = ['consumer-types.mts', 'consumer-types.cts'];
    await writeFile(
      join(consumer, 'tsconfig.node16.json'),
      JSON.stringify(tsconfig('node16', 'node16', node16Files, false)),
    );
    await writeFile(
      join(consumer, 'tsconfig.bundler.json'),
      JSON.stringify(tsconfig('esnext', 'bundler', ['consumer-types.ts'], true)),
    );
    const at = { cwd: consumer, timeoutMs: 120_000 };

    await check('import (ESM) of keysmith, keysmith/mock, keysmith/mock/node', async () => {
      return (await runOrThrow(process.execPath, ['consumer-esm.mjs'], at)).stdout.trim();
    });
    await check('require (CJS) of keysmith, keysmith/mock, keysmith/mock/node', async () => {
      return (await runOrThrow(process.execPath, ['consumer-cjs.cjs'], at)).stdout.trim();
    });
    const verdict = async (project: string) => {
      const { ours, thirdParty } = await typeCheck(consumer, project);
      if (ours.length > 0) throw new Error(ours.join('\n'));
      if (thirdParty.length > 0)
        return `errors inside other packages' declarations (not keysmith's):\n    ${thirdParty.join('\n    ')}`;
    };
    await check('types resolve and check: moduleResolution node16 (.mts ESM, .cts CJS)', () =>
      verdict('tsconfig.node16.json'),
    );
    await check('types resolve: moduleResolution bundler', () => verdict('tsconfig.bundler.json'));
    await check('`npx keysmith-mock --help` prints the usage', async () => {
      const { stdout } = await runOrThrow('npx', ['--no-install', 'keysmith-mock', '--help'], at);
      if (!/usage/i.test(stdout)) throw new Error(`no usage text in:\n${stdout}`);
      return stdout.trim().split('\n')[0];
    });
    await check('the installed `keysmith-mock` bin serves on 127.0.0.1:0', async () => {
      const server = await startServerCommand(join(consumer, 'node_modules', '.bin', 'keysmith-mock'), [], consumer);
      try {
        const keys = (await (await fetch(`${server.origin}/__mock/keys`)).json()) as {
          adminKeys: { production: string };
        };
        const me = await fetch(`${server.origin}/v1/me`, {
          headers: { authorization: `Bearer ${keys.adminKeys.production}` },
        });
        if (me.status !== 200) throw new Error(`GET /v1/me answered ${me.status}`);
        return `${server.origin}: GET /v1/me → 200`;
      } finally {
        await server.stop();
      }
    });
  }

  // msw is an optional peer: npm does not install it, and only `mock.handlers` may need it.
  let bare = '';
  await check('installs the tarball without msw (an optional peer) into a fresh project', async () => {
    bare = await createConsumer(packed, { with: ['@types/node@^20'], label: 'no-msw' });
    return bare;
  });
  if (bare) {
    for (const file of ['consumer-no-msw.mjs', 'consumer-no-msw.cjs'])
      await copyFile(join(fixtures, file), join(bare, file));
    for (const extension of ['mts', 'cts']) {
      await copyFile(join(fixtures, 'consumer-no-msw-types.ts'), join(bare, `consumer-no-msw-types.${extension}`));
    }
    const files = ['consumer-no-msw-types.mts', 'consumer-no-msw-types.cts'];
    await writeFile(join(bare, 'tsconfig.json'), JSON.stringify(tsconfig('node16', 'node16', files, false)));
    const at = { cwd: bare, timeoutMs: 120_000 };

    await check('without msw: import (ESM) of keysmith, keysmith/mock, keysmith/mock/node', async () => {
      return (await runOrThrow(process.execPath, ['consumer-no-msw.mjs'], at)).stdout.trim();
    });
    await check('without msw: require (CJS) of keysmith, keysmith/mock', async () => {
      return (await runOrThrow(process.execPath, ['consumer-no-msw.cjs'], at)).stdout.trim();
    });
    // Every error counts here, inside any package's declarations: none may name a missing msw.
    await check('without msw: types check with skipLibCheck false (node16, .mts ESM and .cts CJS)', async () => {
      const { ours, thirdParty } = await typeCheck(bare, 'tsconfig.json');
      if (ours.length + thirdParty.length > 0) throw new Error([...ours, ...thirdParty].join('\n'));
    });
    await check('without msw: the keysmith-mock bin serves', async () => {
      const server = await startServerCommand(join(bare, 'node_modules', '.bin', 'keysmith-mock'), [], bare);
      await server.stop();
      return `keysmith-mock served at ${server.origin}`;
    });
  }

  await check('publint --strict reports nothing', async () => {
    const result = await run(repoBin('publint'), ['--strict', packed], { cwd: repoRoot, timeoutMs: 120_000 });
    const output = (result.stdout + result.stderr).trim();
    if (result.code !== 0 || !output.includes('All good!')) throw new Error(output);
  });
  const { profile, why } = await attwProfile();
  await check(`attw --profile ${profile} reports nothing (${why})`, async () => {
    const result = await run(repoBin('attw'), [packed, '--profile', profile, '--format', 'table', '--no-color'], {
      cwd: repoRoot,
      timeoutMs: 120_000,
    });
    // attw's exit code is the verdict: problems the profile ignores are printed but do not fail it.
    if (result.code !== 0) throw new Error((result.stdout + result.stderr).trim());
  });

  const failed = results.filter((result) => !result.ok).length;
  await finishTempDirs({ keep: failed > 0 });
  console.log(`\npack check finished in ${seconds(performance.now() - started)}`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
