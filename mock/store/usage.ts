/**
 * Usage counters on UTC day and month boundaries of the mock clock.
 */
import type { KeyRecord } from './key-record.js';

const DAY = 86_400_000;

/**
 * The UTC month of an epoch day as year × 12 + month (0-based), by pure arithmetic: it runs on
 * every request, where a `Date` would be an allocation. (Howard Hinnant's civil-from-days.)
 */
export function monthOfDay(day: number): number {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  // Months counted from March, so that February's leap day falls at the end of the year.
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 2 : marchMonth - 10;
  const year = yearOfEra + era * 400 + (month < 2 ? 1 : 0);
  return year * 12 + month;
}

/** Counts one request by `key` at `now` and sets its `last_used_at`. */
export function countUse(key: KeyRecord, now: number): void {
  const day = Math.floor(now / DAY);
  const month = monthOfDay(day);
  if (key.usageDay !== day) {
    key.usageDay = day;
    key.requestsToday = 0;
  }
  if (key.usageMonth !== month) {
    key.usageMonth = month;
    key.requestsThisMonth = 0;
  }
  key.requestsToday++;
  key.requestsThisMonth++;
  key.lastUsedAt = now;
}

/** The key's counters as seen at `now`: yesterday's requests do not count today. */
export function usageAt(key: KeyRecord, now: number): { requests_today: number; requests_this_month: number } {
  const day = Math.floor(now / DAY);
  return {
    requests_today: key.usageDay === day ? key.requestsToday : 0,
    requests_this_month: key.usageMonth === monthOfDay(day) ? key.requestsThisMonth : 0,
  };
}
