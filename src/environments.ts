/**
 * The base URL of each environment, and how the client picks one from the key and its options.
 *
 * @module
 */
import { InvalidApiKeyError, KeysmithError } from './errors.js';
import { readEnvVar } from './internal/env.js';
import { inspectSecret, maskSecret, SECRET_PREFIXES, type SecretProblem } from './secret-format.js';
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

/** The environment whose base URL this is, if it is one of them. */
function environmentOfBaseUrl(baseUrl: string): Environment | undefined {
  return ENVIRONMENTS.find((environment) => ENVIRONMENT_BASE_URLS[environment] === baseUrl);
}

/** What is wrong with a key that fails the offline check, and how to fix it; quotes no more of it than its masked label. */
function describeMalformedKey(apiKey: string, problem: SecretProblem): string {
  const masked = maskSecret(apiKey);
  if (problem === 'checksum') {
    return `The API key ${masked} fails its checksum: it was mistyped or truncated. Copy the whole key again.`;
  }
  const whitespace = /\s/.test(apiKey) ? ' It contains whitespace: trim it.' : '';
  return (
    `The API key ${masked} is malformed: a key is ks_prod_, ks_stage_ or ks_dev_ followed by 38 letters and digits, ` +
    `and this one has ${apiKey.length} characters.${whitespace} Copy the whole key again.`
  );
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
 * URL defaults to `KEYSMITH_BASE_URL` when neither `baseUrl` nor `environment` is given (an
 * explicit option wins), else to the environment's. Throws {@link InvalidApiKeyError} before any
 * request when the key is missing, malformed, fails its checksum, or names another environment
 * than the configured one (or than a known base URL's). No message quotes more of the key than its masked label.
 *
 * @internal
 */
export function resolveConnection(options: {
  apiKey?: string | undefined;
  environment?: Environment | undefined;
  baseUrl?: string | undefined;
}): Connection {
  const apiKey = options.apiKey ?? readEnvVar('KEYSMITH_API_KEY');
  if (apiKey === undefined || apiKey === '') {
    throw new InvalidApiKeyError(
      'missing_api_key',
      'No API key: pass apiKey to new Keysmith(), or set the KEYSMITH_API_KEY environment variable.',
    );
  }
  const checked = inspectSecret(apiKey);
  if (!checked.ok) throw new InvalidApiKeyError('malformed_api_key', describeMalformedKey(apiKey, checked.problem));

  const environment = options.environment ?? checked.environment;
  // A JavaScript caller can pass any string, whatever the type says.
  if (!ENVIRONMENTS.includes(environment)) {
    throw new KeysmithError(`Unknown environment "${environment}": use ${ENVIRONMENTS.join(', ')}.`);
  }
  // Where the base URL comes from, for the messages: an `environment` option names its own URL.
  const fromEnv = options.baseUrl === undefined && options.environment === undefined;
  const baseUrlSource = fromEnv ? 'KEYSMITH_BASE_URL' : 'baseUrl';
  const baseUrlGiven = fromEnv ? readEnvVar('KEYSMITH_BASE_URL') : options.baseUrl;
  let baseUrl: string = ENVIRONMENT_BASE_URLS[environment];
  if (baseUrlGiven !== undefined) {
    const url = httpUrl(baseUrlGiven);
    if (url === undefined) {
      throw new KeysmithError(
        `${baseUrlSource} "${baseUrlGiven}" is not an absolute http(s) URL: give one such as http://127.0.0.1:4010 (a local mock), or leave ${baseUrlSource} out.`,
      );
    }
    baseUrl = url;
  }

  // The key's environment must be the configured one, and the base URL's when it is a known one.
  const configured = environment === checked.environment ? environmentOfBaseUrl(baseUrl) : environment;
  if (configured !== undefined && configured !== checked.environment) {
    throw new InvalidApiKeyError(
      'environment_mismatch',
      `The API key ${maskSecret(apiKey)} is a ${checked.environment} key, but the client is set up for ${configured} (${baseUrl}). ` +
        `Use a ${configured} key (${SECRET_PREFIXES[configured]}…), or leave out environment and ${baseUrlSource} so the key's own environment is used.`,
    );
  }
  return { apiKey, environment, baseUrl };
}
