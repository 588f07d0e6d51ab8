/**
 * The request log: what a test asserts on. It keeps the newest `limit` entries, so a long
 * benchmark or stress run does not grow the mock without bound.
 */
import type { LoggedRequest, MockRequestLog } from '../types.js';

/**
 * The log plus the core's way to append to it.
 *
 * @example
 * ```ts
 * log.add(entry);
 * log.all().length; // 1
 * ```
 */
export interface CoreRequestLog extends MockRequestLog {
  add(entry: LoggedRequest): void;
}

/**
 * Creates an empty log that holds at most `limit` entries (the oldest are dropped first).
 *
 * @example
 * ```ts
 * const log = createRequestLog(1000);
 * log.all().length; // 0
 * ```
 */
export function createRequestLog(limit: number): CoreRequestLog {
  let entries: LoggedRequest[] = [];
  return {
    add(entry) {
      entries.push(entry);
      // Trimming in halves keeps `add` amortised O(1) instead of shifting on every request.
      if (entries.length > limit * 2 || (limit < 64 && entries.length > limit)) entries = entries.slice(-limit);
    },
    all: () => (entries.length > limit ? entries.slice(-limit) : entries.slice()),
    clear() {
      entries = [];
    },
  };
}

const SECRET_PATTERN = /ks_(?:prod|stage|dev)_[0-9A-Za-z]{38}/g;

/**
 * Replaces anything shaped like a secret in `text` with its masked label, so a secret a client
 * put where it does not belong (a URL, a field name) never reaches a log line or an error.
 *
 * @example
 * ```ts
 * scrubSecrets('https://api.keysmith.example/v1/me?key=ks_prod_…'); // "…?key=ks_prod_••••abcd"
 * ```
 */
export function scrubSecrets(text: string): string {
  if (!text.includes('ks_')) return text;
  return text.replace(
    SECRET_PATTERN,
    (secret) => `${secret.slice(0, secret.indexOf('_', 3) + 1)}••••${secret.slice(-4)}`,
  );
}
