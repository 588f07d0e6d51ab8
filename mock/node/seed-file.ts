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
 * Every field is optional; unknown fields are errors (a typo must not be silently ignored). The
 * shape is checked against the JSON Schema of `seed-file-schema.ts` (shipped as
 * `schemas/seed-file.schema.json`) by the validator the API uses, so a seed field is refused for
 * exactly what a create request would be. Problems name their field (`keys.2.secret ...`) and
 * never quote a secret.
 */
import { readFile } from 'node:fs/promises';
import { inspectSecret, SECRET_PREFIXES, type Environment } from '../../src/secret-format.js';
import { allViolations } from '../contract/all-violations.js';
import { parseDateTime } from '../contract/date-time.js';
import type { JsonSchema } from '../contract/json-schema.js';
import { checkedSchema } from '../contract/local-refs.js';
import {
  CLOCK_RANGE_TEXT,
  isTimestampInRange,
  LATEST_CLOCK_MS,
  TIMESTAMP_RANGE_TEXT,
} from '../contract/timestamp-range.js';
import { openapi } from '../generated/openapi.js';
import { scrubSecrets } from '../pipeline/scrub-secrets.js';
import type { MockApiOptions } from '../types.js';
import { seedFileSchema } from './seed-file-schema.js';

/** The mock options a seed file can set. */
export type SeedOptions = Pick<MockApiOptions, 'now' | 'plan' | 'adminKeys' | 'keys' | 'owner'>;

/** A checked seed, or every problem found (at most {@link MAX_PROBLEMS}). */
export type SeedResult = { ok: true; seed: SeedOptions } | { ok: false; problems: string[] };

/** How many problems are reported at most: enough to fix a file in one pass without flooding the terminal. */
export const MAX_PROBLEMS = 20;

const specSchemas: Readonly<Record<string, JsonSchema>> = openapi.components.schemas;
/** The seed file's schema, checked like the spec's when this module loads. */
const SEED = checkedSchema(seedFileSchema(specSchemas), 'the seed file schema');
const SECRET_SHAPE = /^ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}$/;

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

/**
 * Checks a parsed seed value: its shape against the seed file's JSON Schema (the one the package
 * ships), then what a schema cannot say — each secret's checksum, and no secret or id used twice.
 */
export function checkSeed(value: unknown): SeedResult {
  if (!isObject(value)) return { ok: false, problems: ['the file must hold a JSON object'] };
  const explained = adminKeysOfAnotherEnvironment(value.adminKeys);
  const problems = seedSchemaProblems(value).map((problem) => explained.get(fieldOf(problem)) ?? problem);
  const report = (problem: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  checkMoments(value, report);
  const secrets = new Map<string, string>();
  const adminKeys = isObject(value.adminKeys) ? value.adminKeys : {};
  for (const [environment, secret] of Object.entries(adminKeys))
    checkSecret(secret, `adminKeys.${environment}`, secrets, report);
  const keys: readonly unknown[] = Array.isArray(value.keys) ? value.keys : [];
  const ids = new Map<string, string>();
  keys.forEach((key, index) => {
    if (!isObject(key)) return;
    checkSecret(key.secret, `keys.${index}.secret`, secrets, report);
    const id = key.id;
    if (typeof id !== 'string') return;
    const earlier = ids.get(id);
    if (earlier === undefined) ids.set(id, `keys.${index}`);
    else report(`keys.${index}.id repeats the id of ${earlier}.`);
  });
  if (problems.length > 0) return { ok: false, problems };
  // Checked above: the value holds only the fields the schema allows; `$schema` is for editors.
  const seed = Object.fromEntries(Object.entries(value).filter(([name]) => name !== '$schema')) as SeedOptions;
  return { ok: true, seed };
}

/**
 * What the seed file's JSON Schema finds wrong with `value` (at most {@link MAX_PROBLEMS}), with
 * secrets masked; empty when the schema accepts it.
 */
export function seedSchemaProblems(value: unknown): string[] {
  return allViolations(SEED.schema, value, SEED.resolve, MAX_PROBLEMS).map((violation) =>
    scrubSecrets(violation.message),
  );
}

type Report = (problem: string) => void;

/** The field a problem is about: problems start with its path (`adminKeys.production must be …`). */
function fieldOf(problem: string): string {
  return problem.split(' ', 1)[0] ?? '';
}

/**
 * A valid secret of one environment given as another's admin key (a staging secret under
 * `adminKeys.production`) is a mix-up the schema can only report as a pattern mismatch. Says which
 * environment the secret belongs to and how to make the right one, by field; never quotes it.
 */
function adminKeysOfAnotherEnvironment(adminKeys: unknown): Map<string, string> {
  const explained = new Map<string, string>();
  if (!isObject(adminKeys)) return explained;
  for (const [field, secret] of Object.entries(adminKeys)) {
    if (!Object.hasOwn(SECRET_PREFIXES, field) || typeof secret !== 'string') continue;
    const wanted = field as Environment;
    const inspected = inspectSecret(secret);
    if (!inspected.ok || inspected.environment === wanted) continue;
    explained.set(
      `adminKeys.${wanted}`,
      `adminKeys.${wanted} is a ${inspected.environment} secret (${SECRET_PREFIXES[inspected.environment]}…); ` +
        `a ${wanted} admin key starts with ${SECRET_PREFIXES[wanted]}. Make one with \`keysmith-mock secret ${wanted}\`.`,
    );
  }
  return explained;
}

/** The timestamps the schema let through, against the ranges the API and the clock keep to. */
function checkMoments(value: Record<string, unknown>, report: Report): void {
  const now = typeof value.now === 'string' ? parseDateTime(value.now) : null;
  if (now !== null && (now < 0 || now > LATEST_CLOCK_MS)) report(`now must lie ${CLOCK_RANGE_TEXT}.`);
  const keys: readonly unknown[] = Array.isArray(value.keys) ? value.keys : [];
  keys.forEach((key, index) => {
    const expiry = isObject(key) && typeof key.expires_at === 'string' ? parseDateTime(key.expires_at) : null;
    if (expiry !== null && !isTimestampInRange(expiry))
      report(`keys.${index}.expires_at must lie ${TIMESTAMP_RANGE_TEXT}.`);
  });
}

/** A secret the schema let through (its shape is right): its checksum, and whether it was used before. */
function checkSecret(secret: unknown, path: string, seen: Map<string, string>, report: Report): void {
  if (typeof secret !== 'string' || !SECRET_SHAPE.test(secret)) return;
  // Never quote the secret: say what is wrong with it, and where.
  if (!inspectSecret(secret).ok) {
    report(`${path} is not a valid Keysmith secret: its checksum is wrong (mistyped or cut short?).`);
    return;
  }
  const earlier = seen.get(secret);
  if (earlier === undefined) seen.set(secret, path);
  else report(`${path} repeats the secret of ${earlier}.`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
