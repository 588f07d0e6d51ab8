/**
 * From a URL to an environment and an operation: the base URLs decide the environment (the
 * longest matching base wins, so production at `http://127.0.0.1:4010` and staging at
 * `http://127.0.0.1:4010/staging` can share an origin), then the path is matched segment by
 * segment against the spec's route table. Plain string work: no `URL` object per request.
 */
import type { Environment } from '../../src/secret-format.js';
import { routes, type RouteSpec } from '../contract/spec.js';

/**
 * The reserved hosts of the three environments.
 *
 * @example
 * ```ts
 * DEFAULT_BASE_URLS.staging; // "https://api.staging.keysmith.example"
 * ```
 */
export const DEFAULT_BASE_URLS: Readonly<Record<Environment, string>> = {
  production: 'https://api.keysmith.example',
  staging: 'https://api.staging.keysmith.example',
  development: 'https://api.dev.keysmith.example',
};

const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];

/**
 * Where a request landed: its environment, and its path and query below the base URL.
 *
 * @example
 * ```ts
 * table.land('https://api.keysmith.example/v1/api-keys?limit=5'); // { environment: 'production', path: '/v1/api-keys', query: 'limit=5' }
 * ```
 */
export interface Landing {
  environment: Environment;
  path: string;
  query: string;
}

/**
 * Maps request URLs to environments.
 *
 * @example
 * ```ts
 * createBaseUrlTable().land('https://api.dev.keysmith.example/v1/me')?.environment; // "development"
 * ```
 */
export interface BaseUrlTable {
  /** Each environment's base URL, normalised (no trailing slash). */
  readonly baseUrls: Readonly<Record<Environment, string>>;
  /** The environment a URL belongs to, or `null` when it is under none of the base URLs. */
  land(url: string): Landing | null;
}

function normalize(environment: Environment, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(`baseUrls.${environment} must be an absolute http(s) URL.`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search !== '' || url.hash !== '') {
    throw new TypeError(`baseUrls.${environment} must be an http(s) URL without query or fragment.`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * Builds the table from `options.baseUrls` over the defaults.
 *
 * @throws TypeError when a base URL is not an absolute http(s) URL, or two environments share one.
 * @example
 * ```ts
 * const table = createBaseUrlTable({ staging: 'http://127.0.0.1:4010/staging' });
 * table.land('http://127.0.0.1:4010/staging/v1/me')?.environment; // "staging"
 * ```
 */
export function createBaseUrlTable(overrides: Partial<Record<Environment, string>> = {}): BaseUrlTable {
  const baseUrls = {} as Record<Environment, string>;
  for (const environment of ENVIRONMENTS)
    baseUrls[environment] = normalize(environment, overrides[environment] ?? DEFAULT_BASE_URLS[environment]);
  const entries = ENVIRONMENTS.map((environment) => ({ environment, base: baseUrls[environment] }));
  if (new Set(entries.map((entry) => entry.base)).size !== entries.length) {
    throw new TypeError('Each environment needs its own base URL.');
  }
  entries.sort((a, b) => b.base.length - a.base.length);
  return {
    baseUrls,
    land(url) {
      for (const { environment, base } of entries) {
        if (!url.startsWith(base)) continue;
        const next = url.charCodeAt(base.length);
        // The base must end at a path boundary: `/staging` must not capture `/stagingfoo`.
        if (url.length !== base.length && next !== 47 /* / */ && next !== 63 /* ? */ && next !== 35 /* # */) continue;
        let rest = url.slice(base.length);
        const hash = rest.indexOf('#');
        if (hash !== -1) rest = rest.slice(0, hash);
        const question = rest.indexOf('?');
        const path = question === -1 ? rest : rest.slice(0, question);
        return { environment, path: path === '' ? '/' : path, query: question === -1 ? '' : rest.slice(question + 1) };
      }
      return null;
    },
  };
}

/**
 * A matched route and its decoded path parameters.
 *
 * @example
 * ```ts
 * const match: RouteMatch | null = matchRoute('/v1/api-keys/key_7Hq2ZbN4xTmW9cLp');
 * ```
 */
export interface RouteMatch {
  route: RouteSpec;
  params: Record<string, string>;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Broken percent-encoding stays as sent; validation then names the parameter.
    return segment;
  }
}

/**
 * The route of the spec that matches a path, or `null`.
 *
 * @example
 * ```ts
 * matchRoute('/v1/api-keys/key_7Hq2ZbN4xTmW9cLp/revoke')?.params.id; // "key_7Hq2ZbN4xTmW9cLp"
 * ```
 */
export function matchRoute(path: string): RouteMatch | null {
  const parts = path.split('/');
  next: for (const route of routes) {
    if (route.segments.length !== parts.length - 1) continue;
    let index = 0;
    for (let i = 0; i < route.segments.length; i++) {
      const literal = route.segments[i];
      if (literal !== null && literal !== parts[i + 1]) continue next;
    }
    const params: Record<string, string> = {};
    for (let i = 0; i < route.segments.length; i++) {
      if (route.segments[i] === null) params[route.parameterNames[index++]!] = decodeSegment(parts[i + 1]!);
    }
    return { route, params };
  }
  return null;
}
