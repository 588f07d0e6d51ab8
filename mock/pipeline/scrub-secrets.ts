/**
 * Secrets never leave the mock by accident: anything shaped like one — or like the start of one —
 * in an error message or a logged URL shows as its masked label.
 */

// A prefix and four or more base62 characters: a whole secret (38 after the prefix), a secret cut
// short, or one with more characters run on. Never fewer than the whole run is masked.
const SECRET_PATTERN = /ks_(?:prod|stage|dev)_[0-9A-Za-z]{4,}/g;
/** Characters of a whole secret after its prefix; a masked label keeps the last four of only those. */
const SECRET_BODY = 38;

/**
 * Replaces anything shaped like a secret in `text` with its masked label, so a secret a client put
 * where it does not belong (a URL, a field name) never reaches a log line or an error. A whole
 * secret becomes `ks_prod_••••a1b2`, as in listings; a piece of one, or a secret with characters
 * run on, becomes `ks_prod_••••` (the last four of a piece could be any four of the secret).
 */
export function scrubSecrets(text: string): string {
  if (!text.includes('ks_')) return text;
  return text.replace(SECRET_PATTERN, (found) => {
    const prefix = found.slice(0, found.indexOf('_', 3) + 1);
    const body = found.length - prefix.length;
    return body === SECRET_BODY ? `${prefix}••••${found.slice(-4)}` : `${prefix}••••`;
  });
}

/**
 * A piece of client input (a field name, a path, a method) as an error message may quote it:
 * secrets masked first, then cut to `limit` characters — cutting first could halve a secret so
 * that it no longer looks like one, and then most of it would go out.
 */
export function quoteInput(text: string, limit = 100): string {
  const masked = scrubSecrets(text);
  return masked.length > limit ? `${masked.slice(0, limit)}…` : masked;
}
