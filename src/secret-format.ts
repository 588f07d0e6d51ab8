/**
 * The format of a Keysmith secret, checked offline: `ks_<env>_` + 32 random base62 characters +
 * a 6-character base62 CRC32 checksum of everything before it (GitHub-style), so a mistyped or
 * truncated key is rejected before it is ever sent.
 *
 * Pure and dependency-free: the SDK uses it to fail fast, the mock to mint secrets.
 */

/**
 * The three environments of the Keysmith API.
 *
 * @example
 * ```ts
 * const environment: Environment = 'staging';
 * ```
 */
export type Environment = 'production' | 'staging' | 'development';

/**
 * The secret prefix of each environment.
 *
 * @example
 * ```ts
 * SECRET_PREFIXES.production; // "ks_prod_"
 * ```
 */
export const SECRET_PREFIXES = {
  production: 'ks_prod_',
  staging: 'ks_stage_',
  development: 'ks_dev_',
} as const satisfies Record<Environment, string>;

/** The base62 digits, in value order: `BASE62.charAt(n)` is the digit for n. */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Random characters after the prefix. */
export const SECRET_BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const SECRET_PATTERN = /^ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}$/;

/** CRC-32 (IEEE 802.3, the zlib one) of an ASCII text, whose char codes are its bytes. */
function crc32(text: string): number {
  const POLYNOMIAL = 0xedb88320;
  let crc = 0xffffffff;
  // Bit by bit rather than through a 256-entry table: a secret is 38 characters, so the loop
  // takes microseconds and there is no table to build.
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) {
      const lowBitSet = (crc & 1) === 1;
      crc >>>= 1;
      if (lowBitSet) crc ^= POLYNOMIAL;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function checksumOf(text: string): string {
  let value = crc32(text);
  let out = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = BASE62.charAt(value % 62) + out;
    value = Math.floor(value / 62);
  }
  return out;
}

/** The environment whose prefix `secret` starts with, if any. */
const environmentOf = (secret: string): Environment | undefined =>
  (Object.keys(SECRET_PREFIXES) as Environment[]).find((environment) =>
    secret.startsWith(SECRET_PREFIXES[environment]),
  );

/**
 * What {@link inspectSecret} found wrong with a secret: `format` (not a prefix and 38 base62
 * characters) or `checksum` (mistyped or truncated).
 *
 * @example
 * ```ts
 * const result = inspectSecret('ks_prod_typo');
 * const problem: SecretProblem | undefined = result.ok ? undefined : result.problem; // "format"
 * ```
 */
export type SecretProblem = 'format' | 'checksum';

/**
 * Checks a secret's shape and checksum without any I/O.
 *
 * @returns the secret's environment, or the problem found.
 * @example
 * ```ts
 * const result = inspectSecret(process.env.KEYSMITH_API_KEY ?? '');
 * if (!result.ok) console.error(`bad key (${result.problem})`);
 * ```
 */
export function inspectSecret(secret: string):
  | {
      /** The secret is well formed and its checksum matches. */
      ok: true;
      /** The environment its prefix names. */
      environment: Environment;
    }
  | {
      /** The secret is malformed. */
      ok: false;
      /** What is wrong with it. */
      problem: SecretProblem;
    } {
  const environment = environmentOf(secret);
  if (environment === undefined || !SECRET_PATTERN.test(secret)) return { ok: false, problem: 'format' };
  const head = secret.slice(0, secret.length - CHECKSUM_LENGTH);
  if (checksumOf(head) !== secret.slice(-CHECKSUM_LENGTH)) return { ok: false, problem: 'checksum' };
  return { ok: true, environment };
}

/**
 * Builds a secret from a prefix and a random body, appending its checksum.
 * `randomBody` must be {@link SECRET_BODY_LENGTH} base62 characters.
 *
 * @example
 * ```ts
 * const secret = composeSecret('production', 'a'.repeat(32));
 * inspectSecret(secret).ok; // true
 * ```
 */
export function composeSecret(environment: Environment, randomBody: string): string {
  const head = SECRET_PREFIXES[environment] + randomBody;
  return head + checksumOf(head);
}

/**
 * Turns random bytes into base62 characters (rejection sampling keeps it unbiased).
 *
 * @example
 * ```ts
 * const body = randomBase62(32, (n) => crypto.getRandomValues(new Uint8Array(n)));
 * ```
 */
export function randomBase62(length: number, randomBytes: (count: number) => Uint8Array): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // 248 = 4 × 62: bytes at or above it would favour the first characters.
      if (byte < 248) out += BASE62.charAt(byte % 62);
      if (out.length === length) break;
    }
  }
  return out;
}

/**
 * The label that stands for a secret wherever it may be shown: prefix, four bullets, last four
 * characters (`ks_prod_••••a1b2`).
 *
 * @example
 * ```ts
 * maskSecret('ks_prod_…1a2b'); // "ks_prod_••••1a2b"
 * ```
 */
export function maskSecret(secret: string): string {
  const environment = environmentOf(secret);
  return `${environment ? SECRET_PREFIXES[environment] : ''}••••${secret.slice(-4)}`;
}
