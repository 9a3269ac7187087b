/**
 * Day arithmetic for the tests, the one copy every test folder uses. Nothing here imports
 * `src/`: days go through `Date.UTC` and `toISOString`, never the host's zone.
 */

export const MS_PER_DAY = 86_400_000;
/** Japan's offset from UTC (no daylight saving time since 1951). */
export const JST_OFFSET_MS = 9 * 3_600_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

/** The `YYYY-MM-DD` date of a day number. */
export function isoOf(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `iso` plus `n` days. */
export function addDays(iso: string, n: number): string {
  return isoOf(dayNumber(iso) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(dayNumber(iso) * MS_PER_DAY).getUTCDay();
}

/** The date in Japan of an epoch millisecond. */
export function japanDayOf(epochMs: number): string {
  return isoOf(Math.floor((epochMs + JST_OFFSET_MS) / MS_PER_DAY));
}

/** 00:00 JST of a `YYYY-MM-DD` date, in epoch milliseconds. */
export function jstMidnightMs(iso: string): number {
  return dayNumber(iso) * MS_PER_DAY - JST_OFFSET_MS;
}

/**
 * `epochMs` written as an ISO 8601 date-time in the zone `offsetMinutes`, to the given precision
 * (`nanos` adds six zeros to the milliseconds); `Z` for offset 0 unless `zulu` is false.
 */
export function formatInstant(epochMs: number, offsetMinutes: number, precision: 'minutes' | 'seconds' | 'millis' | 'nanos', zulu = true): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString();
  const body =
    precision === 'minutes' ? local.slice(0, 16) : precision === 'seconds' ? local.slice(0, 19) : precision === 'millis' ? local.slice(0, 23) : `${local.slice(0, 23)}000000`;
  if (offsetMinutes === 0 && zulu) return `${body}Z`;
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${body}${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
}
