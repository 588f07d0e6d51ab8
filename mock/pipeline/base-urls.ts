/**
 * From a URL to where a call landed: the base URLs decide the environment (the longest matching
 * base wins, so production at `http://127.0.0.1:4010` and staging at
 * `http://127.0.0.1:4010/staging` can share an origin), and the rest of the URL is the path and
 * query below it. Plain string work, no `URL` object per request; the fetch door and the MSW
 * handler run it once per call.
 */
import type { Environment } from '../../src/secret-format.js';
import type { CallTarget } from './mock-call.js';

/** The reserved hosts of the three environments. */
export const DEFAULT_BASE_URLS: Readonly<Record<Environment, string>> = {
  production: 'https://api.keysmith.example',
  staging: 'https://api.staging.keysmith.example',
  development: 'https://api.dev.keysmith.example',
};

const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];

/** Maps request URLs to environments. */
export interface BaseUrlTable {
  /** Each environment's base URL, normalised (no trailing slash). */
  readonly baseUrls: Readonly<Record<Environment, string>>;
  /** Where a URL lands, or `null` when it is under none of the base URLs. */
  land(url: string): CallTarget | null;
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
 * The path and query of what follows a base URL (`/v1/api-keys?limit=5#top`): the fragment
 * dropped, the path at least `/`.
 */
export function pathAndQuery(rest: string): { path: string; query: string } {
  const hash = rest.indexOf('#');
  const withoutHash = hash === -1 ? rest : rest.slice(0, hash);
  const question = withoutHash.indexOf('?');
  const path = question === -1 ? withoutHash : withoutHash.slice(0, question);
  return { path: path === '' ? '/' : path, query: question === -1 ? '' : withoutHash.slice(question + 1) };
}

/**
 * Builds the table from `options.baseUrls` over the defaults.
 *
 * @throws TypeError when a base URL is not an absolute http(s) URL, or two environments share one.
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
        return { environment, ...pathAndQuery(url.slice(base.length)) };
      }
      return null;
    },
  };
}
