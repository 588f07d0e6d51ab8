/**
 * The `--seed FILE` of `keysmith-mock`: a JSON file of fixtures the mock starts with.
 *
 * ```json
 * {
 *   "now": "2026-11-01T09:00:00Z",
 *   "plan": { "per_minute": 100, "per_hour": 1000 },
 *   "adminKeys": { "production": "ks_prod_…" },
 *   "keys": [{ "secret": "ks_dev_…", "name": "ci", "permissions": ["keys:read"] }],
 *   "owner": { "id": "acct_1", "name": "Acme" }
 * }
 * ```
 *
 * Every field is optional; unknown fields are errors (a typo must not be silently ignored). Problems
 * are reported by path (`keys[2].secret: ...`) and never quote a secret.
 */
import { readFile } from 'node:fs/promises';
import { inspectSecret, type Environment } from '../../src/secret-format.js';
import type { MockApiOptions, SeedKey } from '../types.js';

/** The mock options a seed file can set. */
export type SeedOptions = Pick<MockApiOptions, 'now' | 'plan' | 'adminKeys' | 'keys' | 'owner'>;

/** A checked seed, or every problem found (at most {@link MAX_PROBLEMS}). */
export type SeedResult = { ok: true; seed: SeedOptions } | { ok: false; problems: string[] };

/** How many problems are reported at most: enough to fix a file in one pass without flooding the terminal. */
export const MAX_PROBLEMS = 20;

const ENVIRONMENTS: readonly Environment[] = ['production', 'staging', 'development'];
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const KEY_ID = /^key_[0-9A-Za-z]{16}$/;
const SEED_KEY_FIELDS = [
  'secret',
  'id',
  'name',
  'description',
  'permissions',
  'status',
  'rate_limit',
  'expires_at',
  'metadata',
];

/** Reads and checks a seed file. A missing file or invalid JSON is a problem like any other. */
export async function readSeedFile(path: string): Promise<SeedResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problems: [code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? 'error'})`],
    };
  }
  return parseSeedText(text);
}

/**
 * Parses seed JSON. A syntax error is reported by line and column only: V8's own message quotes
 * the text around it, which may be a secret.
 */
export function parseSeedText(text: string): SeedResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = describeSyntaxError(error instanceof Error ? error.message : String(error), text);
    return {
      ok: false,
      problems: [detail === undefined ? 'the file is not valid JSON' : `the file is not valid JSON: ${detail}`],
    };
  }
  return checkSeed(value);
}

/**
 * V8's message minus the text it quotes (`Unexpected token 'k', "…" is not valid JSON`), with a
 * position turned into a line and column; `undefined` when nothing safe is left.
 */
function describeSyntaxError(message: string, text: string): string | undefined {
  const withoutQuote = message.endsWith('is not valid JSON')
    ? message.slice(0, Math.max(0, message.indexOf(', ')))
    : message;
  if (withoutQuote === '' || withoutQuote.includes('"')) return undefined;
  const position = /\s*(?:in JSON )?at position (\d+).*$/s.exec(withoutQuote);
  if (position === null) return withoutQuote;
  const before = text.slice(0, Number(position[1])).split('\n');
  return `${withoutQuote.slice(0, position.index)} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** Checks a parsed seed value against the shape above. */
export function checkSeed(value: unknown): SeedResult {
  const problems: string[] = [];
  const report = (path: string, problem: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(`${path}: ${problem}`);
  };
  if (!isObject(value)) return { ok: false, problems: ['the file must hold a JSON object'] };
  reportUnknown(value, ['now', 'plan', 'adminKeys', 'keys', 'owner'], '', report);
  const seed: SeedOptions = {};

  if (value['now'] !== undefined) {
    if (isTime(value['now'])) seed.now = value['now'];
    else report('now', 'must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z');
  }
  if (value['plan'] !== undefined) {
    const plan = value['plan'];
    if (!isObject(plan)) report('plan', 'must be an object like {"per_minute": 100, "per_hour": 1000}');
    else {
      reportUnknown(plan, ['per_minute', 'per_hour'], 'plan.', report);
      checkLimits(plan, 'plan', report);
      seed.plan = plan;
    }
  }
  if (value['owner'] !== undefined) {
    const owner = value['owner'];
    if (!isObject(owner) || typeof owner['id'] !== 'string' || typeof owner['name'] !== 'string') {
      report('owner', 'must be an object like {"id": "acct_1", "name": "Acme"}');
    } else {
      reportUnknown(owner, ['id', 'name'], 'owner.', report);
      seed.owner = { id: owner['id'], name: owner['name'] };
    }
  }
  const secrets = new Map<string, string>();
  if (value['adminKeys'] !== undefined) {
    const adminKeys = value['adminKeys'];
    if (!isObject(adminKeys)) report('adminKeys', 'must be an object like {"production": "ks_prod_…"}');
    else {
      reportUnknown(adminKeys, ENVIRONMENTS, 'adminKeys.', report);
      const checked: Partial<Record<Environment, string>> = {};
      for (const environment of ENVIRONMENTS) {
        const secret = adminKeys[environment];
        if (secret === undefined) continue;
        if (checkSecret(secret, `adminKeys.${environment}`, environment, secrets, report))
          checked[environment] = secret;
      }
      seed.adminKeys = checked;
    }
  }
  if (value['keys'] !== undefined) {
    const keys = value['keys'];
    if (!Array.isArray(keys)) report('keys', 'must be an array of keys');
    else seed.keys = checkKeys(keys, secrets, report);
  }
  return problems.length === 0 ? { ok: true, seed } : { ok: false, problems };
}

type Report = (path: string, problem: string) => void;

function checkKeys(keys: unknown[], secrets: Map<string, string>, report: Report): SeedKey[] {
  const ids = new Map<string, string>();
  keys.forEach((key, index) => {
    const path = `keys[${index}]`;
    if (!isObject(key)) {
      report(path, 'must be an object with at least a secret');
      return;
    }
    reportUnknown(key, SEED_KEY_FIELDS, `${path}.`, report);
    checkSecret(key['secret'], `${path}.secret`, undefined, secrets, report);
    const { id, name, description, permissions, status, rate_limit, expires_at, metadata } = key;
    if (id !== undefined) {
      if (typeof id !== 'string' || !KEY_ID.test(id))
        report(`${path}.id`, 'must look like key_ followed by 16 letters or digits');
      else if (ids.has(id)) report(`${path}.id`, `repeats the id of ${ids.get(id)}`);
      else ids.set(id, path);
    }
    if (name !== undefined && (typeof name !== 'string' || name.length === 0 || name.length > 100)) {
      report(`${path}.name`, 'must be a string of 1 to 100 characters');
    }
    if (description !== undefined && description !== null && typeof description !== 'string') {
      report(`${path}.description`, 'must be a string or null');
    }
    if (
      permissions !== undefined &&
      (!Array.isArray(permissions) || !permissions.every((p) => typeof p === 'string' && p !== ''))
    ) {
      report(`${path}.permissions`, 'must be an array of scopes such as ["keys:read"]');
    }
    if (status !== undefined && status !== 'active' && status !== 'inactive' && status !== 'revoked') {
      report(`${path}.status`, 'must be "active", "inactive" or "revoked"');
    }
    if (rate_limit !== undefined) {
      if (!isObject(rate_limit)) report(`${path}.rate_limit`, 'must be an object like {"per_minute": 10}');
      else {
        reportUnknown(rate_limit, ['per_minute', 'per_hour'], `${path}.rate_limit.`, report);
        checkLimits(rate_limit, `${path}.rate_limit`, report);
      }
    }
    if (expires_at !== undefined && expires_at !== null && !isTime(expires_at)) {
      report(`${path}.expires_at`, 'must be an RFC 3339 date-time or null');
    }
    if (
      metadata !== undefined &&
      (!isObject(metadata) || !Object.values(metadata).every((v) => typeof v === 'string'))
    ) {
      report(`${path}.metadata`, 'must be an object of string values');
    }
  });
  // Each entry was checked field by field above; the problems list decides whether it is used.
  return keys as SeedKey[];
}

function checkSecret(
  secret: unknown,
  path: string,
  environment: Environment | undefined,
  seen: Map<string, string>,
  report: Report,
): secret is string {
  if (typeof secret !== 'string') {
    report(path, 'must be a secret string (ks_prod_…, ks_stage_… or ks_dev_…)');
    return false;
  }
  const inspected = inspectSecret(secret);
  if (!inspected.ok) {
    report(
      path,
      inspected.problem === 'checksum'
        ? 'is not a valid Keysmith secret (its checksum is wrong)'
        : 'is not a valid Keysmith secret (prefix + 32 base62 characters + 6 checksum characters)',
    );
    return false;
  }
  if (environment !== undefined && inspected.environment !== environment) {
    report(path, `is a ${inspected.environment} secret, not a ${environment} one`);
    return false;
  }
  const earlier = seen.get(secret);
  if (earlier !== undefined) {
    report(path, `repeats the secret of ${earlier}`);
    return false;
  }
  seen.set(secret, path);
  return true;
}

function checkLimits(limits: Record<string, unknown>, path: string, report: Report): void {
  for (const field of ['per_minute', 'per_hour']) {
    const limit = limits[field];
    if (limit !== undefined && (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1)) {
      report(`${path}.${field}`, 'must be a positive integer');
    }
  }
}

function reportUnknown(value: Record<string, unknown>, known: readonly string[], prefix: string, report: Report): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      report(`${prefix}${printable(key)}`, `unknown field (expected one of ${known.join(', ')})`);
  }
}

/** A field name as shown in a problem: short, one line, and never a secret. */
function printable(key: string): string {
  if (inspectSecret(key).ok || /^ks_(?:prod|stage|dev)_/.test(key)) return '<a secret>';
  const clean = key.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
