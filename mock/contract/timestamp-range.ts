/**
 * The moments the API deals in, as `openapi.yaml`'s `Timestamp` states them: from
 * 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC. Before, an epoch-seconds header
 * (`X-RateLimit-Reset`) would be negative; after, a timestamp needs a five-digit year
 * (`+010000-01-01T…`), which is no RFC 3339 date-time. A request timestamp outside is a 400 naming
 * its field, the clock cannot be moved outside, and nothing outside is ever written.
 */

/** 1970-01-01T00:00:00.000Z, the earliest timestamp the API accepts or writes. */
export const EARLIEST_TIMESTAMP_MS = 0;
/** 9999-12-31T23:59:59.999Z, the latest timestamp the API accepts or writes. */
export const LATEST_TIMESTAMP_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * 9999-12-24T00:00:00.000Z, the latest moment the mock clock shows: the mock writes times up to
 * 7 days and 1 hour after its clock (a regeneration's grace period, an hour window's reset), and
 * they must stay in range too.
 */
export const LATEST_CLOCK_MS = Date.UTC(9999, 11, 24);

/** Whether `ms` is a moment the API accepts in a timestamp. */
export function isTimestampInRange(ms: number): boolean {
  return ms >= EARLIEST_TIMESTAMP_MS && ms <= LATEST_TIMESTAMP_MS;
}

/** The range as a message says it. */
export const TIMESTAMP_RANGE_TEXT = 'from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (in UTC)';
/** The clock's range as a message says it. */
export const CLOCK_RANGE_TEXT = 'from 1970-01-01T00:00:00Z to 9999-12-24T00:00:00Z';

/**
 * Epoch milliseconds as the API writes a timestamp: RFC 3339 in UTC with milliseconds
 * (`2026-11-01T12:00:00.000Z`).
 *
 * @throws RangeError for a moment outside the range, rather than write `+010000-…`.
 */
export function formatTimestamp(ms: number): string {
  if (!isTimestampInRange(ms)) throw new RangeError(`A timestamp must lie ${TIMESTAMP_RANGE_TEXT}; got ${ms} ms.`);
  return new Date(ms).toISOString();
}
