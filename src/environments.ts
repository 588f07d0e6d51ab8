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
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL without its trailing slashes, or `undefined`. */
function httpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) ? url.href.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the key offline and picks the environment and base URL:
 * the key defaults to `KEYSMITH_API_KEY`; the environment defaults to the key's prefix; the base
 * URL defaults to the environment's. Throws {@link InvalidApiKeyError} before any request when the
 * key is missing, malformed, fails its checksum, or names another environment than the configured
 * one (or than a known base URL's). No message quotes more of the key than its masked label.
 *
 * @internal
 */
export function resolveConnection(options: {
  apiKey?: string | undefined;
  environment?: Environment | undefined;
  baseUrl?: string | undefined;
}): Connection {
  const apiKey = options.apiKey ?? readEnvVar('KEYSMITH_API_KEY');
  if (!apiKey) throw new InvalidApiKeyError('missing_api_key', 'No API key: pass apiKey, or set KEYSMITH_API_KEY.');
  const checked = inspectSecret(apiKey);
  const masked = maskSecret(apiKey);
  if (!checked.ok) {
    const problem =
      checked.problem === 'checksum'
        ? 'fails its checksum'
        : `is not ks_prod_, ks_stage_ or ks_dev_ + 38 letters and digits (it has ${apiKey.length} characters${/\s/.test(apiKey) ? ', with whitespace' : ''})`;
    throw new InvalidApiKeyError('malformed_api_key', `The API key ${masked} ${problem}: copy the whole key again.`);
  }

  const { environment = checked.environment } = options;
  const baseUrl = options.baseUrl === undefined ? ENVIRONMENT_BASE_URLS[environment] : httpUrl(options.baseUrl);
  if (!ENVIRONMENTS.includes(environment))
    throw new KeysmithError(`Unknown environment "${String(environment)}": use ${ENVIRONMENTS.join(', ')}.`);
  if (!baseUrl) throw new KeysmithError(`baseUrl "${options.baseUrl}" is not an absolute http(s) URL.`);
  // The key's environment must be the configured one, and the base URL's when it is a known one.
  const other =
    environment !== checked.environment
      ? environment
      : ENVIRONMENTS.find((env) => ENVIRONMENT_BASE_URLS[env] === baseUrl && env !== environment);
  if (other) {
    throw new InvalidApiKeyError(
      'environment_mismatch',
      `The API key ${masked} is a ${checked.environment} key, not a ${other} key (${baseUrl}): use a ${SECRET_PREFIXES[other]}… key, or leave out environment and baseUrl.`,
    );
  }
  return { apiKey, environment, baseUrl };
}
