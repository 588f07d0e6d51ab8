/**
 * `keysmith-mock`: the stateful Keysmith mock on a local port (see `--help`).
 *
 * It stops on SIGINT, SIGTERM or SIGHUP, and when the process that started it goes away (unless
 * `--detached`), every time through the same shutdown, which writes `--state` last.
 *
 * Exit codes: 0 after a shutdown or `--help`; 1 when the server cannot start (port in use) or the
 * state cannot be written; 2 for a bad command line, seed file or state file.
 *
 * @example
 * ```sh
 * keysmith-mock --port 4010 --seed fixtures/keys.json --state .keysmith-mock.json
 * keysmith-mock secret staging   # prints a fresh valid ks_stage_… secret, for a seed file
 * ```
 *
 * @module
 */
import { parseCliArgs, USAGE } from './cli-args.js';
import { runSecretCommand, SECRET_COMMAND } from './cli-secret.js';
import { formatBanner } from './banner.js';
import { startMockServer } from './index.js';
import { watchParent } from './parent-watch.js';
import { readSeedFile, type SeedOptions } from './seed-file.js';
import { createShutdown, type ShutdownReason } from './shutdown.js';
import { readStateFile, writeStateFile } from './state-file.js';
import type { MockSnapshot } from '../snapshot/snapshot-format.js';

async function main(): Promise<number | undefined> {
  if (process.argv[2] === SECRET_COMMAND) {
    const { code, stdout, stderr } = runSecretCommand(process.argv.slice(3));
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    return code;
  }
  const command = parseCliArgs(process.argv.slice(2));
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === 'error') {
    process.stderr.write(`keysmith-mock: ${command.message}\nRun keysmith-mock --help for usage.\n`);
    return 2;
  }
  let seed: SeedOptions = {};
  if (command.seed !== undefined) {
    const result = await readSeedFile(command.seed);
    if (!result.ok) {
      process.stderr.write(
        `keysmith-mock: bad seed file ${command.seed}:\n${result.problems.map((problem) => `  - ${problem}\n`).join('')}`,
      );
      return 2;
    }
    seed = result.seed;
  }
  let state: MockSnapshot | undefined;
  if (command.state !== undefined) {
    const read = await readStateFile(command.state);
    if (read.kind === 'refused') return refuseState(command.state, read.problem);
    if (read.kind === 'loaded') state = read.snapshot;
  }

  let server;
  try {
    server = await startMockServer({
      ...seed,
      port: command.port,
      host: command.host,
      onError: reportInternalError,
      ...(state === undefined ? {} : { state }),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The snapshot passed its checks, but cannot go into this mock (its admin key's secret is taken).
    if (command.state !== undefined && error instanceof TypeError && error.message.startsWith('mock.restore')) {
      return refuseState(command.state, error.message.replace(/^mock\.restore\(snapshot\): /, '').replace(/\.$/, ''));
    }
    // The mock refused the seed (a bad scope, a name too long): its messages name the field, never the secret.
    if (
      command.seed !== undefined &&
      code === undefined &&
      (error instanceof TypeError || error instanceof RangeError)
    ) {
      process.stderr.write(
        `keysmith-mock: bad seed file ${command.seed}:\n  - ${error.message.replace(/^options\./, '')}\n`,
      );
      return 2;
    }
    const reason =
      code === 'EADDRINUSE'
        ? `port ${command.port} is in use; pick another with --port (0 picks a free one)`
        : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
          ? `cannot bind to ${command.host}`
          : (error as Error).message;
    process.stderr.write(`keysmith-mock: cannot start: ${reason}\n`);
    return 1;
  }
  const { mock } = server;
  const statePath = command.state;
  const shutdown = createShutdown({
    close: () => server.close(),
    ...(statePath === undefined
      ? {}
      : {
          save: async () => {
            const snapshot = mock.snapshot();
            const bytes = await writeStateFile(statePath, snapshot);
            return `state saved to ${statePath} (${snapshot.keys.length} keys, ${bytes} bytes)`;
          },
        }),
    report: (message) => {
      process.stderr.write(`keysmith-mock: ${message}\n`);
    },
    exit: (code) => process.exit(code),
  });
  const stopOn = (reason: ShutdownReason) => () => {
    void shutdown(reason);
  };
  process.on('SIGINT', stopOn('SIGINT'));
  process.on('SIGTERM', stopOn('SIGTERM'));
  process.on('SIGHUP', stopOn('SIGHUP'));
  if (!command.detached) watchParent(stopOn('parent gone'));
  // Printed last: whoever waits for the banner may signal the server at once, and must find the
  // handlers in place.
  process.stdout.write(formatBanner(server));
  return undefined;
}

function refuseState(path: string, problem: string): number {
  process.stderr.write(
    `keysmith-mock: refusing the state file ${path}: ${problem}.\n` +
      'The file was left as it is: fix it, move it away, or pass another --state path.\n',
  );
  return 2;
}

/**
 * Logs an unexpected exception by name and stack frames only: its message could quote a request
 * (and so a secret), which this process must never print.
 */
function reportInternalError(error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames =
    error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')) : [];
  process.stderr.write(`keysmith-mock: internal error (${name}); answered 500\n${frames.slice(0, 5).join('\n')}\n`);
}

// Whoever started us may be gone, and its end of our stdout and stderr with it: a write to a
// closed pipe must not crash the shutdown that is saving the state.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    reportInternalError(error);
    process.exitCode = 1;
  },
);
