/**
 * How one port serves three environments: production at the root, the others under a path prefix
 * (`/staging/v1/...`, `/development/v1/...`). Pure string work, run on every request.
 */
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

/**
 * The base URL of each environment on a server at `origin`.
 *
 * @example
 * ```ts
 * serverBaseUrls('http://127.0.0.1:4010').development; // "http://127.0.0.1:4010/development"
 * ```
 */
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
 *
 * @example
 * ```ts
 * splitEnvironment('/development/v1/api-keys'); // { environment: 'development', rest: '/v1/api-keys' }
 * splitEnvironment('/v1/me'); // { environment: 'production', rest: '/v1/me' }
 * ```
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
