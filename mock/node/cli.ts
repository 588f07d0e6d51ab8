/**
 * `keysmith-mock`: the stateful Keysmith mock on a local port (see `--help`).
 *
 * Exit codes: 0 after SIGINT/SIGTERM or `--help`; 1 when the server cannot start (port in use);
 * 2 for a bad command line or seed file.
 *
 * @example
 * ```sh
 * keysmith-mock --port 4010 --seed fixtures/keys.json
 * keysmith-mock secret staging   # prints a fresh valid ks_stage_… secret, for a seed file
 * ```
 *
 * @module
 */
import { parseCliArgs, USAGE } from './cli-args.js';
import { runSecretCommand, SECRET_COMMAND } from './cli-secret.js';
import { formatBanner } from './banner.js';
import { startMockServer } from './index.js';
import { readSeedFile, type SeedOptions } from './seed-file.js';

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

  let server;
  try {
    server = await startMockServer({ ...seed, port: command.port, host: command.host, onError: reportInternalError });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
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
  process.stdout.write(formatBanner(server));

  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return undefined;
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

main().then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error: unknown) => {
    reportInternalError(error);
    process.exitCode = 1;
  },
);
