/**
 * The conversions between the store's numbers (epoch milliseconds, epoch days and minutes, year ×
 * 12 + month) and the readable strings a snapshot holds. A store's `-1` ("never counted yet")
 * is a snapshot's `null`.
 */

const DAY = 86_400_000;

/** RFC 3339 UTC, or `null`. */
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Epoch milliseconds of an RFC 3339 string the schema has checked, or `null`. */
export const msOrNull = (text: string | null): number | null => (text === null ? null : Date.parse(text));

/** `2026-11-01` for an epoch day; `null` for `-1`. */
export const dayText = (day: number): string | null =>
  day < 0 ? null : new Date(day * DAY).toISOString().slice(0, 10);

/** The epoch day of `2026-11-01`; `-1` for `null`. */
export const dayOf = (text: string | null): number => (text === null ? -1 : Date.parse(`${text}T00:00:00Z`) / DAY);

/** `2026-11` for year × 12 + month (0-based); `null` for `-1`. */
export function monthText(month: number): string | null {
  if (month < 0) return null;
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** Year × 12 + month (0-based) of `2026-11`; `-1` for `null`. */
export function monthOf(text: string | null): number {
  if (text === null) return -1;
  return Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
}

/** The start of a fixed window (`size` ms) as RFC 3339; `null` for `-1`. */
export const windowText = (window: number, size: number): string | null =>
  window < 0 ? null : new Date(window * size).toISOString();

/** The window (in units of `size` ms) that starts at an RFC 3339 time; `-1` for `null`. */
export const windowOf = (text: string | null, size: number): number =>
  text === null ? -1 : Math.floor(Date.parse(text) / size);
