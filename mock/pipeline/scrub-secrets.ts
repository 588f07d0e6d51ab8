/**
 * Secrets never leave the mock by accident: anything shaped like one in an error message or a
 * logged URL shows as its masked label.
 */

const SECRET_PATTERN = /ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}/g;

/**
 * Replaces anything shaped like a secret in `text` with its masked label, so a secret a client put
 * where it does not belong (a URL, a field name) never reaches a log line or an error.
 */
export function scrubSecrets(text: string): string {
  if (!text.includes('ks_')) return text;
  return text.replace(
    SECRET_PATTERN,
    (secret) => `${secret.slice(0, secret.indexOf('_', 3) + 1)}••••${secret.slice(-4)}`,
  );
}
