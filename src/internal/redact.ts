/**
 * Scrubbing of anything that looks like a credential out of text the SDK shows to people.
 *
 * @internal
 */
import { maskSecret } from '../secret-format.js';

const SECRET = /ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}/g;
// No backslash in the credential: in JSON text (redactDeep) one starts the escape of the quote after it.
const BEARER = /\bBearer\s+[^\s"',;\\]+/gi;

/**
 * Replaces every Keysmith secret with its masked label and every bearer credential with a
 * placeholder: error text may quote a server message or a fetch failure, and neither is trusted
 * to be free of secrets.
 */
export function redact(text: string): string {
  return text.replace(SECRET, maskSecret).replace(BEARER, 'Bearer [redacted]');
}

/** {@link redact} applied to every string inside a JSON-like value. */
export function redactDeep<T>(value: T): T {
  return JSON.parse(redact(JSON.stringify(value))) as T;
}
