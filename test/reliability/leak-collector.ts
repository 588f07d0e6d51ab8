/**
 * The leak scan's collector: one per test run (the run is one file, see suite.ts). Every suite
 * feeds it what a user could see — response bodies and headers, errors in all their printed
 * forms, hook events, log lines, request-log entries — and learns every secret minted and every
 * Authorization value sent. Each text is scanned as it arrives (a secret cannot appear before
 * it exists, and a header value is known before its answer), so nothing large is kept.
 *
 * A hit is any full secret (`ks_(prod|stage|dev)_` + 38 base62) in a scanned text, minted or not,
 * or any Authorization value sent. The one sanctioned place a secret appears — the `secret` field
 * of a create or regenerate answer — is taken out of that body before it is scanned.
 */
import { inspect } from 'node:util';
import type { FetchLike } from 'keysmith';

const SECRET_SHAPE = /ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}/g;
/**
 * Shorter or repetitive credential values could occur in ordinary text by chance ("Bearer ks_" is
 * in a hint; a name of 100 n's is in a listing), so only credential-like tokens are looked for.
 */
const MIN_TOKEN_LENGTH = 16;
const MIN_DISTINCT_CHARACTERS = 6;
const SAMPLE_LIMIT = 20;

/** `JSON.stringify` typed as it behaves: `undefined` for what JSON cannot hold (undefined, a function). */
const jsonOf = (value: unknown): string | undefined => JSON.stringify(value);

/**
 * One hit: where it was found, never the secret itself.
 *
 * @example
 * ```ts
 * const hit: LeakHit = { source: 'corpus body', what: 'secret', where: 'ks_prod_…a1b2 (46 chars) at 12' };
 * ```
 */
export interface LeakHit {
  source: string;
  what: 'secret' | 'authorization';
  /** The hit's masked form and position, for a reader. */
  where: string;
}

/**
 * Whether a request is a create or a regenerate: the two answers that carry a secret.
 *
 * @example
 * ```ts
 * mintsSecret('POST', '/v1/api-keys/key_7Hq2ZbN4xTmW9cLp/regenerate'); // true
 * ```
 */
export function mintsSecret(method: string, path: string): boolean {
  return method === 'POST' && /\/v1\/api-keys(?:\/[^/]+\/regenerate)?$/.test(path);
}

function masked(value: string): string {
  return `${value.slice(0, 8)}…${value.slice(-4)} (${value.length} chars)`;
}

class LeakCollector {
  /** Every secret the run minted or used. */
  readonly secrets = new Set<string>();
  /** Authorization tokens sent that are not secrets themselves (malformed ones, garbage). */
  readonly tokens = new Set<string>();
  readonly hits: LeakHit[] = [];
  readonly counts = {
    texts: 0,
    bytes: 0,
    responses: 0,
    errors: 0,
    hookEvents: 0,
    logLines: 0,
    requestLogEntries: 0,
    serverErrors: 0,
  };

  /** A secret the run minted or holds (create/regenerate answers, seeds, fixtures). */
  secret(value: string): void {
    this.secrets.add(value);
  }

  /** An Authorization header value that was sent. */
  authorization(value: string): void {
    const token = value.replace(/^\s*bearer\s+/i, '').trim();
    for (const candidate of [value.trim(), token]) {
      if (candidate.length < MIN_TOKEN_LENGTH || new Set(candidate).size < MIN_DISTINCT_CHARACTERS) continue;
      if (new RegExp(`^${SECRET_SHAPE.source}$`).test(candidate)) this.secrets.add(candidate);
      else this.tokens.add(candidate);
    }
  }

  /** Scans one text a user could see. */
  text(source: string, text: string): void {
    this.counts.texts += 1;
    this.counts.bytes += text.length;
    for (const match of text.matchAll(SECRET_SHAPE)) {
      this.hit({
        source,
        what: 'secret',
        where: `${masked(match[0])} at ${match.index}${this.secrets.has(match[0]) ? ', minted in this run' : ''}`,
      });
    }
    for (const token of this.tokens) {
      const at = text.indexOf(token);
      if (at !== -1) this.hit({ source, what: 'authorization', where: `${masked(token)} at ${at}` });
    }
  }

  /**
   * A response: its status, headers and body. `mints` says the request was a create or a
   * regenerate, whose 2xx body may carry the new secret in its `secret` field (and only there).
   * Returns an unread copy of the response for the caller.
   */
  async response(source: string, response: Response, mints: boolean): Promise<Response> {
    this.counts.responses += 1;
    let head = String(response.status);
    response.headers.forEach((value, name) => {
      head += `\n${name}: ${value}`;
    });
    this.text(`${source} headers`, head);
    // Reading once and rebuilding is much cheaper than clone(), which tees the stream.
    const body = await response.text();
    this.text(`${source} body`, mints ? this.withoutSanctionedSecret(response.status, body) : body);
    return new Response(body === '' && response.status === 204 ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  }

  /** A raw HTTP answer (status line and headers, then the body) as it came off the socket. */
  rawAnswer(source: string, head: string, body: string): void {
    this.counts.responses += 1;
    this.text(`${source} head`, head);
    this.text(`${source} body`, body);
  }

  /** An error in every form a program prints it. */
  error(source: string, error: unknown): void {
    this.counts.errors += 1;
    const forms: [string, () => string][] = [
      ['message', () => (error instanceof Error ? error.message : String(error))],
      ['toString()', () => String(error)],
      ['JSON.stringify', () => jsonOf(error) ?? ''],
      ['util.inspect', () => inspect(error, { depth: 8 })],
      ['util.inspect showHidden', () => inspect(error, { depth: 8, showHidden: true })],
    ];
    for (const [form, print] of forms) this.text(`${source} error ${form}`, print());
  }

  /**
   * A hook's event (`onRetry`, `onRateLimit`, a server's `onError`), printed as a logger would:
   * as JSON, and with `util.inspect` when it holds an error (plain data prints the same either way).
   */
  event(source: string, value: unknown): void {
    this.counts.hookEvents += 1;
    this.text(`${source} JSON`, jsonOf(value) ?? '');
    const holdsError =
      value instanceof Error ||
      (typeof value === 'object' && value !== null && Object.values(value).some((field) => field instanceof Error));
    if (holdsError) this.text(`${source} inspect`, inspect(value, { depth: 8 }));
  }

  /**
   * What a mock server reports through `onError` (an unexpected exception it answered with a
   * 500): scanned, and counted, since the run expects none.
   */
  serverError(source: string, error: unknown): void {
    this.counts.serverErrors += 1;
    this.event(`${source} server onError`, error);
  }

  /** One log line (console output). */
  logLine(source: string, line: string): void {
    this.counts.logLines += 1;
    this.text(source, line);
  }

  /** Request-log entries (`mock.requests.all()` or `GET /__mock/requests`). */
  requestLog(source: string, entries: readonly unknown[]): void {
    this.counts.requestLogEntries += entries.length;
    this.text(`${source} JSON`, JSON.stringify(entries));
    this.text(`${source} inspect`, inspect(entries, { depth: 4, maxArrayLength: null }));
  }

  /**
   * Wraps a fetch so every request's Authorization value is learnt and every answer scanned.
   *
   * @example
   * ```ts
   * const client = new Keysmith({ apiKey, fetch: leaks.wrapFetch((request) => mock.fetch(request)) });
   * ```
   */
  wrapFetch(source: string, fetch: FetchLike): FetchLike {
    return async (request, init) => {
      const authorization = request.headers.get('authorization');
      if (authorization !== null) this.authorization(authorization);
      const response = await fetch(request, init);
      const path = new URL(request.url).pathname;
      return this.response(`${source} ${request.method} ${path}`, response, mintsSecret(request.method, path));
    };
  }

  /** Ends a console capture: the lines written since `start` go through the scan. */
  captureConsole(): () => void {
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound so the very same functions go back; the stand-ins call them on console
    const originals = methods.map((name) => [name, console[name]] as const);
    for (const [name, original] of originals) {
      console[name] = (...args: unknown[]): void => {
        this.logLine(
          `console.${name}`,
          args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 8 }))).join(' '),
        );
        original.apply(console, args);
      };
    }
    return () => {
      for (const [name, original] of originals) console[name] = original;
    };
  }

  /** The hits, at most a few, for a failure message. */
  sample(): LeakHit[] {
    return this.hits.slice(0, SAMPLE_LIMIT);
  }

  private hit(hit: LeakHit): void {
    this.hits.push(hit);
  }

  private withoutSanctionedSecret(status: number, body: string): string {
    if (status < 200 || status > 299 || !body.includes('"secret"')) return body;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return body;
    }
    if (typeof parsed !== 'object' || parsed === null || !('secret' in parsed) || typeof parsed.secret !== 'string')
      return body;
    const { secret, ...rest } = parsed as { secret: string };
    this.secrets.add(secret);
    return JSON.stringify(rest);
  }
}

/**
 * The run's collector. One module instance per test file, and the reliability run is one file.
 *
 * @example
 * ```ts
 * leaks.error('create', caught);
 * expect(leaks.hits).toEqual([]);
 * ```
 */
export const leaks = new LeakCollector();
