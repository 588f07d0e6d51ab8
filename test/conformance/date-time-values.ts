/**
 * Date-time strings for the fuzzers: RFC 3339 ones in every shape the RFC allows (lower-case `t`
 * and `z`, offsets, long fractions, leap seconds), and near misses that only a careful validator
 * refuses.
 */
import fc from 'fast-check';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `Z`, `z` or `±hh:mm`, as minutes east of UTC (0 for `Z`). */
const offset = fc.oneof(
  fc.constantFrom({ text: 'Z', minutes: 0 }, { text: 'z', minutes: 0 }),
  fc
    .tuple(fc.constantFrom(1, -1), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([sign, hours, minutes]) => ({
      text: `${sign > 0 ? '+' : '-'}${pad(hours)}:${pad(minutes)}`,
      minutes: sign * (hours * 60 + minutes),
    })),
);

/**
 * RFC 3339 date-times: years `fromYear` to `toYear`, any offset, 0 to 12 fraction digits, and now
 * and then a leap second (second 60 where the UTC time is 23:59).
 *
 * @example
 * ```ts
 * fc.sample(dateTimeText(), 2); // ['2031-06-30T23:59:60Z', '1999-01-05t07:08:09.123456+05:30']
 * ```
 */
export function dateTimeText(fromYear = 1970, toYear = 9999): fc.Arbitrary<string> {
  return fc
    .record({
      // Uniform, and now and then the edges: the first and last year, the last day, the last hour.
      year: fc.oneof(fc.integer({ min: fromYear, max: toYear }), fc.constantFrom(fromYear, toYear)),
      month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 12)),
      day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constantFrom(1, 31)),
      hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 23)),
      minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(0, 59)),
      second: fc.integer({ min: 0, max: 59 }),
      fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{1,12}$/)),
      separator: fc.constantFrom('T', 'T', 't'),
      offset,
      leap: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ year, month, day, hour, minute, second, fraction, separator, offset: zone, leap }) => {
      const realDay = Math.min(day, daysIn(year, month));
      // One in ten: the leap second, at the local time that is 23:59 in UTC.
      if (leap === 0) {
        const local = (((23 * 60 + 59 + zone.minutes) % 1440) + 1440) % 1440;
        [hour, minute, second] = [Math.floor(local / 60), local % 60, 60];
      }
      return `${pad(year, 4)}-${pad(month)}-${pad(realDay)}${separator}${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${zone.text}`;
    });
}

/** Strings that look like date-times and are not RFC 3339 ones (or are, narrowly). */
export const NEAR_MISS_DATE_TIMES: readonly string[] = [
  '2026-02-30T00:00:00Z',
  '2025-02-29T00:00:00Z',
  '2024-02-29T00:00:00Z',
  '1900-02-29T00:00:00Z',
  '2000-02-29T00:00:00Z',
  '2026-04-31T00:00:00Z',
  '2026-11-01T24:00:00Z',
  '2026-11-01T12:60:00Z',
  '2026-11-01T12:00:60Z',
  '2031-06-30T23:59:60Z',
  '2031-06-30T23:59:60.5Z',
  '2031-06-30T23:59:61Z',
  '2031-07-01T00:59:60+01:00',
  '2031-06-30T23:59:60+01:00',
  '2031-06-30T24:59:60+01:00',
  '2031-06-30T25:59:60+02:00',
  '2026-11-01T12:00:00.1234567891Z',
  '2026-11-01T12:00:00.Z',
  '2026-11-01T12:00:00+0530',
  '2026-11-01T12:00:00+05',
  '2026-11-01T12:00:00+24:00',
  '2026-11-01T12:00:00+05:60',
  '2026-11-01 12:00:00Z',
  '2026-11-01t12:00:00z',
  '2026-11-01T12:00:00',
  '2026-11-01',
  '+010000-01-01T00:00:00Z',
  '9999-12-31T23:59:59-23:37',
  '0000-01-01T00:00:00Z',
  '0099-01-01T00:00:00Z',
  '2026-11-01T12:00:00Z\n',
  ' 2026-11-01T12:00:00Z',
  '２０２６-11-01T12:00:00Z',
  '2026-1-01T12:00:00Z',
];
