/**
 * `npm run mock:prism`: serves `openapi.yaml` statically with Prism, for anyone who wants a
 * stateless mock that answers from the spec's examples (`Prefer: code=429` picks a status). It
 * keeps no state — a created key cannot be used — so for tests that mean something use the
 * stateful `keysmith-mock` instead.
 *
 * Runs `prism mock openapi.yaml -p 4011 -h 127.0.0.1`; `--port` and `--host` change the last two
 * (`--port 0` picks a free port, printed by Prism), and any other argument goes to Prism as is.
 *
 * @example
 * ```sh
 * npm run mock:prism
 * npm run mock:prism -- --port 4012 --dynamic
 * curl -H 'Authorization: Bearer ks_prod_x' -H 'Prefer: code=429' http://127.0.0.1:4011/v1/me
 * ```
 * @module
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PRISM_CLI = join(
  dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')),
  'dist',
  'index.js',
);

let port = '4011';
let host = '127.0.0.1';
const passThrough: string[] = [];
const args = process.argv.slice(2).values();
for (const arg of args) {
  const isPort = arg === '--port' || arg === '-p';
  const isHost = arg === '--host' || arg === '-h';
  if (!isPort && !isHost) {
    passThrough.push(arg);
    continue;
  }
  // The flag's value is the next argument.
  const value = args.next().value;
  if (value === undefined) {
    process.stderr.write(`mock:prism: ${arg} needs a value.\n`);
    process.exit(2);
  }
  if (isPort) port = value;
  else host = value;
}

// The Node running this script runs Prism too: no shell, so it works the same on Windows.
const prism = spawn(
  process.execPath,
  [PRISM_CLI, 'mock', join(ROOT, 'openapi.yaml'), '-p', port, '-h', host, ...passThrough],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => prism.kill(signal));
prism.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));
