/**
 * How one port serves three environments: production at the root, the others under a path prefix
 * (`/staging/v1/...`, `/development/v1/...`). The prefix gives the environment, handed to the
 * mock as it is: the mock never parses the URL again. Run on every request.
 */
import { pathAndQuery } from '../pipeline/base-urls.js';
import type { CallTarget } from '../pipeline/mock-call.js';
import type { Environment } from '../types.js';

/**
 * The path prefix of each environment on the server.
 *
 * @example
 * ```ts
 * `${origin}${ENVIRONMENT_PATH_PREFIXES.staging}/v1/me`; // "http://127.0.0.1:4010/staging/v1/me"
 * ```
 */
export const ENVIRONMENT_PATH_PREFIXES = {
  /** Production is served at the root. */
  production: '',
  /** Staging is served under `/staging`. */
  staging: '/staging',
  /** Development is served under `/development`. */
  development: '/development',
} as const satisfies Record<Environment, string>;

/** The base URL of each environment on a server at `origin`. */
export function serverBaseUrls(origin: string): Record<Environment, string> {
  return {
    production: origin + ENVIRONMENT_PATH_PREFIXES.production,
    staging: origin + ENVIRONMENT_PATH_PREFIXES.staging,
    development: origin + ENVIRONMENT_PATH_PREFIXES.development,
  };
}

/**
 * Splits a request target (`/staging/v1/me?x=1`) into its environment and the rest (`/v1/me?x=1`).
 * A prefix counts only as a whole path segment: `/stagingx` is a production path.
 */
export function splitEnvironment(target: string): { environment: Environment; rest: string } {
  if (hasPrefix(target, ENVIRONMENT_PATH_PREFIXES.staging)) {
    return { environment: 'staging', rest: target.slice(ENVIRONMENT_PATH_PREFIXES.staging.length) };
  }
  if (hasPrefix(target, ENVIRONMENT_PATH_PREFIXES.development)) {
    return { environment: 'development', rest: target.slice(ENVIRONMENT_PATH_PREFIXES.development.length) };
  }
  return { environment: 'production', rest: target };
}

function hasPrefix(target: string, prefix: string): boolean {
  if (!target.startsWith(prefix)) return false;
  const next = target.charCodeAt(prefix.length);
  // End of string, "/" or "?".
  return Number.isNaN(next) || next === 0x2f || next === 0x3f;
}

/** Any origin: the request target is normalised as a URL's path would be, apart from any host. */
const PLACEHOLDER_ORIGIN = 'http://h';

/** Where a request to the server lands in the mock it serves. */
export interface ServerLanding {
  /** The URL in the mock's own base URL of the environment: what the request log shows. */
  readonly url: string;
  readonly target: CallTarget;
}

/**
 * Where a request target (`/staging/v1/x/../me?y=1`) lands: normalised once as a `Request` would
 * normalise its URL (dot segments, percent-encoding), its environment by its prefix, the rest the
 * path and query below the mock's base URL of that environment (`baseUrls`).
 *
 * @throws TypeError when the target cannot be a URL's path (callers answer 400).
 */
export function landOnServer(requestTarget: string, baseUrls: Readonly<Record<Environment, string>>): ServerLanding {
  const normalised = new URL(PLACEHOLDER_ORIGIN + requestTarget).href.slice(PLACEHOLDER_ORIGIN.length);
  const { environment, rest } = splitEnvironment(normalised);
  return { url: joinUrl(baseUrls[environment], rest), target: { environment, ...pathAndQuery(rest) } };
}

/** `base` + `rest`, written as `new URL` would: below a bare origin the path is at least `/`. */
function joinUrl(base: string, rest: string): string {
  if (rest.startsWith('/')) return base + rest;
  const isOrigin = !base.slice(base.indexOf('//') + 2).includes('/');
  return isOrigin ? `${base}/${rest}` : base + rest;
}
