/**
 * Masks every secret in a parsed JSON value, strings and field names alike, with the mock's one
 * masking rule ({@link scrubSecrets}). A secret written with JSON escapes (`\u006bs_prod_…`) only
 * looks like one once parsed, so a logged body is masked after parsing as well as before.
 */
import { scrubSecrets } from './scrub-secrets.js';

/** A copy of `value` with every secret-shaped string masked. */
export function scrubJson(value: unknown): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  if (Array.isArray(value)) return value.map(scrubJson);
  if (typeof value !== 'object' || value === null) return value;
  // fromEntries defines own properties, so a `__proto__` field stays a field.
  return Object.fromEntries(Object.entries(value).map(([name, field]) => [scrubSecrets(name), scrubJson(field)]));
}
