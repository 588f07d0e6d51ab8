/**
 * The smoke suite's entry for server runtimes (Node, Deno, Bun). The orchestrator bundles it (ESM,
 * and CJS for Node) with every package left as an import, so each runtime resolves the installed
 * tarball itself, then runs it as:
 *
 *   <runtime> smoke.mjs --cells core,msw,http --server http://127.0.0.1:PORT
 *
 * `core`: the mock's core as the SDK's fetch; `msw`: `setupServer` from msw/node; `http`: the
 * `keysmith-mock` server the orchestrator started at `--server`.
 */
import process from 'node:process';
import { createMockApi } from 'keysmith/mock';
import { formatCell, runCell, type CellReport } from './report';
import { runSmoke } from './smoke';
import { coreTarget, httpTarget, mswTarget } from './targets';

function option(name: string): string | undefined {
  const args = process.argv;
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

async function mswCell() {
  // Imported here, not at the top, so a runtime where msw/node breaks fails this cell alone.
  const { setupServer } = await import('msw/node');
  const mock = createMockApi();
  const server = setupServer(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    return await runSmoke(mswTarget(mock));
  } finally {
    server.close();
  }
}

async function httpCell() {
  const origin = option('server');
  if (!origin) throw new Error('the http cell needs --server <origin>');
  return runSmoke(await httpTarget(origin));
}

const cells: Record<string, () => Promise<CellReport['results']>> = {
  core: () => runSmoke(coreTarget(createMockApi())),
  msw: mswCell,
  http: httpCell,
};

async function main(): Promise<number> {
  const wanted = (option('cells') ?? Object.keys(cells).join(',')).split(',');
  let failed = 0;
  for (const name of wanted) {
    const cell = cells[name];
    const report = cell
      ? await runCell(name, cell)
      : { cell: name, results: [{ name: 'is a known cell', ok: false, ms: 0, error: `unknown cell ${name}` }] };
    failed += report.results.filter((result) => !result.ok).length;
    console.log(formatCell(report));
  }
  return failed === 0 ? 0 : 1;
}

// No top-level await: the same source is also bundled as CommonJS for `require`. An explicit exit,
// because a kept-alive socket must not hold a runtime open after its verdict.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
