/**
 * The base URL of each environment, and how the client picks one from the key and its options.
 *
 * @module
 */
import { InvalidApiKeyError, KeysmithError } from './errors.js';
import { inspectSecret, maskSecret, SECRET_PREFIXES } from './secret-format.js';
import type { Environment } from './types.js';

/**
 * The base URL of each environment. These are reserved names: a request can never reach a
 * stranger's host.
 *
 * @example
 * ```ts
 * ENVIRONMENT_BASE_URLS.staging; // "https://api.staging.keysmith.example"
 * ```
 */
export const ENVIRONMENT_BASE_URLS = {
  /** For `ks_prod_` keys. */
  production: 'https://api.keysmith.example',
  /** For `ks_stage_` keys. */
  staging: 'https://api.staging.keysmith.example',
  /** For `ks_dev_` keys. */
  development: 'https://api.dev.keysmith.example',
} as const satisfies Record<Environment, string>;

const ENVIRONMENTS = Object.keys(ENVIRONMENT_BASE_URLS) as Environment[];

/** What the client connects to, resolved from its options. */
export interface Connection {
  apiKey: string;
  environment: Environment;
  baseUrl: string;
}

function readEnvVar(name: string): string | undefined {
  try {
    // `process` is absent in browsers; in Deno reading env may need a permission and throw.
    const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
    return env?.[name];
  } catch {
    return undefined;
  }
}

function describeBadKey(apiKey: string): string {
  const prefix = Object.values(SECRET_PREFIXES).find((p) => apiKey.startsWith(p));
  const shape = prefix ? `starts with ${prefix} and has ${apiKey.length} characters` : `has ${apiKey.length} characters and no ks_prod_, ks_stage_ or ks_dev_ prefix`;
  const spaces = /\s/.test(apiKey) ? ' It contains whitespace: trim it.' : '';
  return `The API key is malformed: it ${shape}; a key is a prefix and 38 letters and digits.${spaces}`;
}

/**
 * Checks the key offline and picks the environment and base URL:
 * the key defaults to `KEYSMITH_API_KEY`; the environment defaults to the key's prefix; the base
 * URL defaults to the environment's. Throws {@link InvalidApiKeyError} before any request when the
 * key is missing, malformed, fails its checksum, or names another environment than the configured
 * one (or than a known base URL's).
 *
 * @internal
 */
export function resolveConnection(options: { apiKey?: string | undefined; environment?: Environment | undefined; baseUrl?: string | undefined }): Connection {
  const apiKey = options.apiKey ?? readEnvVar('KEYSMITH_API_KEY');
  if (apiKey === undefined || apiKey === '') {
    throw new InvalidApiKeyError('missing_api_key', 'No API key: pass apiKey to new Keysmith() or set the KEYSMITH_API_KEY environment variable.');
  }
  const checked = inspectSecret(apiKey);
  if (!checked.ok) {
    throw new InvalidApiKeyError(
      'malformed_api_key',
      checked.problem === 'checksum'
        ? `The API key ${maskSecret(apiKey)} fails its checksum: it was mistyped or truncated. Copy the whole key again.`
        : describeBadKey(apiKey),
    );
  }

  const { environment = checked.environment } = options;
  if (!ENVIRONMENTS.includes(environment)) {
    throw new KeysmithError(`Unknown environment "${String(environment)}": use ${ENVIRONMENTS.join(', ')}.`);
  }
  if (environment !== checked.environment) {
    throw new InvalidApiKeyError(
      'environment_mismatch',
      `The API key ${maskSecret(apiKey)} is a ${checked.environment} key, but the client is configured for ${environment}. Use a ${environment} key (${SECRET_PREFIXES[environment]}…) or drop the environment option.`,
    );
  }

  let baseUrl: string = ENVIRONMENT_BASE_URLS[environment];
  if (options.baseUrl !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(options.baseUrl);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
      throw new KeysmithError(`baseUrl "${options.baseUrl}" is not an absolute http(s) URL (e.g. http://127.0.0.1:4010).`);
    }
    baseUrl = url.href.replace(/\/+$/, '');
    const named = ENVIRONMENTS.find((env) => ENVIRONMENT_BASE_URLS[env] === baseUrl);
    if (named !== undefined && named !== environment) {
      throw new InvalidApiKeyError(
        'environment_mismatch',
        `The API key ${maskSecret(apiKey)} is a ${environment} key, but baseUrl ${baseUrl} is the ${named} API. Drop baseUrl or use a ${named} key.`,
      );
    }
  }
  return { apiKey, environment, baseUrl };
}
