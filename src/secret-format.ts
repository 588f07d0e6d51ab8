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

/** The base62 digit for 0–61: `0`–`9`, `A`–`Z`, `a`–`z` (computed: the 62-character alphabet costs more in a bundle). */
const base62Digit = (value: number): string => String.fromCharCode(value + (value < 10 ? 48 : value < 36 ? 55 : 61));
/** Random characters after the prefix. */
export const SECRET_BODY_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const SECRET_PATTERN = /^ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}$/;

function crc32(text: string): number {
  let crc = ~0;
  // Bit by bit rather than by a 256-entry table: a secret is 38 ASCII characters, so this is
  // microseconds, and the SDK's browser bundle is smaller without the table's code.
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return ~crc >>> 0;
}

function checksumOf(text: string): string {
  let value = crc32(text);
  let out = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = base62Digit(value % 62) + out;
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
  if (!SECRET_PATTERN.test(secret)) return { ok: false, problem: 'format' };
  const head = secret.slice(0, secret.length - CHECKSUM_LENGTH);
  if (checksumOf(head) !== secret.slice(-CHECKSUM_LENGTH)) return { ok: false, problem: 'checksum' };
  return { ok: true, environment: environmentOf(secret)! };
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
      if (byte < 248) out += base62Digit(byte % 62);
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
