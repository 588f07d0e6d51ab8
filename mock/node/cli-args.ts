/**
 * The command line of `keysmith-mock`: parsing and the usage text. Pure, so every flag is tested
 * without starting a process.
 */
import { parseArgs } from 'node:util';

/** What the command line asks for. */
export type CliCommand =
  | { kind: 'help' }
  | {
      kind: 'serve';
      port: number;
      host: string;
      seed: string | undefined;
      /** The state file: loaded at start when it exists, written on every exit. */
      state: string | undefined;
      /** Keep serving after the process that started it is gone. */
      detached: boolean;
    }
  | { kind: 'error'; message: string };

/** The documented port of the mock. */
export const DEFAULT_PORT = 4010;

/** The `--help` text. */
export const USAGE = `Usage: keysmith-mock [--port 4010] [--host 127.0.0.1] [--seed FILE] [--state FILE] [--detached]
       keysmith-mock secret ENVIRONMENT

Serves the stateful Keysmith mock over HTTP, for clients in any language.

Options:
  --port N       Port to listen on (default ${DEFAULT_PORT}; 0 picks a free port).
  --host HOST    Interface to bind (default 127.0.0.1). The controls below answer
                 loopback clients only, but the API answers anyone who can connect.
  --seed FILE    JSON fixtures to start with:
                   { "now"?: "2026-11-01T09:00:00Z",
                     "plan"?: { "per_minute": 100, "per_hour": 1000 },
                     "adminKeys"?: { "production"?: "ks_prod_…", "staging"?: …, "development"?: … },
                     "keys"?: [{ "secret": "ks_dev_…", "name"?, "permissions"?, "status"?,
                                 "rate_limit"?, "expires_at"?, "metadata"?, "id"?, "description"? }],
                     "owner"?: { "id": "acct_1", "name": "Acme" } }
  --state FILE   Keep the mock's state across restarts: loaded at start when FILE
                 exists (a bad file is refused and left as it is), written on exit
                 (atomically: a temporary file, then a rename). Keys, counters,
                 idempotency records and the clock; secrets as hashes only.
  --detached     Keep running when the process that started it exits (by default
                 the mock stops with its parent: \`npx keysmith-mock &\`, then
                 \`kill $!\`, stops it).
  -h, --help     Show this text.

Commands:
  secret ENVIRONMENT   Print a fresh, valid secret of production, staging or development
                       (prefix, random body, checksum) and exit: a key for a seed file.

Environments (one port, a path prefix each):
  production     http://HOST:PORT/v1/...
  staging        http://HOST:PORT/staging/v1/...
  development    http://HOST:PORT/development/v1/...

Controls (loopback only; JSON in and out, bodies sent with Content-Type: application/json;
errors as {"error": {...}}):
  POST   /__mock/reset       back to the seeded state
  GET    /__mock/clock       {"now": "…"}
  POST   /__mock/clock       {"advance_ms": 60000} or {"set": "2026-11-01T12:00:00Z"}
  GET    /__mock/faults      {"pending": n, "rules": [pending rules]}
  POST   /__mock/faults      {"fault": {"status": 503, "headers"?: {…}, "body"?: …}, "count"?: 1}
                             or "fault": {"network": true} (connection reset), {"latency": 250},
                             {"delayMs": 250}; "afterCommit": true on a status or network fault
                             lets the request take effect and only replaces (or loses) its
                             answer; "latency" on any fault. Beside "fault": "operation",
                             "keyId", "targetKeyId", "callerKeyId", "probability" (0 to 1),
                             "count" (a number, or "unlimited" until DELETE)
  DELETE /__mock/faults      drop pending faults
  GET    /__mock/latency     {"latency": {"min", "max", "wait"} or null}
  PUT    /__mock/latency     {"latency": 200}, {"latency": {"min": 50, "max": 400,
                             "wait"?: "clock" | "real"}} or {"latency": null}
  GET    /__mock/requests    {"data": [request log entries]}; filter with
                             ?operation=createApiKey&status=201&keyId=key_…
  DELETE /__mock/requests    clear the request log
  GET    /__mock/state       the whole state (keys as hashes, counters, clock)
  PUT    /__mock/state       restore a state GET /__mock/state gave
  GET    /__mock/keys        {"adminKeys": {…}, "baseUrls": {…}}

The admin keys (scope admin:*) are printed at start. Stop with Ctrl+C (SIGINT) or SIGTERM;
it also stops when the process that started it goes away, unless --detached.
`;

/** Parses the arguments after the command name. */
export function parseCliArgs(args: readonly string[]): CliCommand {
  let values: { port?: string; host?: string; seed?: string; state?: string; detached?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        state: { type: 'string' },
        detached: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const portText = values.port ?? String(DEFAULT_PORT);
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    return { kind: 'error', message: '--port must be an integer from 0 to 65535.' };
  }
  if (values.host !== undefined && values.host.trim() === '')
    return { kind: 'error', message: '--host must not be empty.' };
  if (values.seed !== undefined && values.seed === '') return { kind: 'error', message: '--seed needs a file path.' };
  if (values.state === '') return { kind: 'error', message: '--state needs a file path.' };
  return {
    kind: 'serve',
    port: Number(portText),
    host: values.host ?? '127.0.0.1',
    seed: values.seed,
    state: values.state,
    detached: values.detached === true,
  };
}
