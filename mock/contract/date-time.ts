/**
 * The `date-time` format of JSON Schema: RFC 3339, section 5.6, with the calendar and clock checks
 * of section 5.7. Parsed by hand rather than by `Date.parse`, which rolls 30 February over to
 * March, reads two-digit years as 19xx and gives up on a leap second.
 */

// RFC 3339 §5.6: `T` and `Z` may be lower case (the note under the ABNF); a numeric offset has its colon.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The moment an RFC 3339 date-time names, in epoch milliseconds, or `null` when `text` is not one.
 * Fraction digits past the millisecond are dropped (truncated, never rounded up into the next
 * second). A leap second (`23:59:60` in UTC, which RFC 3339 allows) is the moment the next minute
 * starts, as POSIX time has no 61st second.
 */
export function parseDateTime(text: string): number | null {
  const match = DATE_TIME.exec(text);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  const sign = match[8] === '-' ? -1 : 1;
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const offset = sign * (offsetHours * 60 + offsetMinutes);
  const minuteOfDay = hour * 60 + minute;
  // A leap second ends the last minute of a UTC day; in local time that minute may be another.
  if (second === 60 && (((minuteOfDay - offset) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY !== 1439)
    return null;
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const minutes = daysFromCivil(year, month, day) * MINUTES_PER_DAY + minuteOfDay - offset;
  return minutes * MS_PER_MINUTE + second * 1000 + millis;
}

/** Whether `text` is an RFC 3339 date-time with a real calendar date and clock time (no 30 February). */
export function isDateTime(text: string): boolean {
  return parseDateTime(text) !== null;
}
