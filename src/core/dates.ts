/**
 * Calendar dates: `YYYY-MM-DD` strings, compared as strings, computed as day numbers.
 *
 * A calendar date has no time and no time zone, so nothing here touches `Date` or `TZ`:
 * day numbers come from Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
 * ISO strings of equal length sort like the dates they name, so `a < b` is a date comparison.
 */

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** True when `s` is `YYYY-MM-DD` and names a real day (no 2026-02-30). */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_RE.exec(s);
  if (!m) return false;
  const y = +m[1], mo = +m[2], d = +m[3];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export interface Ymd { y: number; m: number; d: number }

export function parseIso(s: IsoDate): Ymd {
  return { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
}

export function formatIso(y: number, m: number, d: number): IsoDate {
  // Arithmetic past the data format's four-digit years (a due date five years after
  // 9999-12-31) stays on the calendar's edge, so that dates still compare as strings.
  if (y > 9999) return '9999-12-31';
  if (y < 0) return '0000-01-01';
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(s: IsoDate): number {
  let y = +s.slice(0, 4);
  const m = +s.slice(5, 7), d = +s.slice(8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z: number): IsoDate {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatIso(y, m, d);
}

/** `b − a` in calendar days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function addDays(s: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(s) + n);
}

/**
 * Adds calendar months; a day past the end of the target month becomes its last day
 * (2020-02-29 + 12 months = 2021-02-28; 2026-01-31 + 1 month = 2026-02-28).
 */
export function addMonths(s: IsoDate, n: number): IsoDate {
  const { y, m, d } = parseIso(s);
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12), nm = idx - ny * 12 + 1;
  return formatIso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Adds (or with a negative n, subtracts) years: 2020-02-29 + 5 = 2025-02-28; 2028-02-29 − 3 = 2025-02-28. */
export function addYears(s: IsoDate, n: number): IsoDate {
  return addMonths(s, 12 * n);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

export interface Period { from: IsoDate; to: IsoDate }

export function inPeriod(d: IsoDate, p: Period): boolean {
  return d >= p.from && d <= p.to;
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Today in Kazakhstan (one zone, UTC+5, since 2024-03-01), whatever the machine's TZ. */
export function todayInKazakhstan(now: number = Date.now()): IsoDate {
  return fromDayNumber(Math.floor((now + 5 * 3600_000) / 86_400_000));
}

/** 14.11.2026 — the form used in tables. */
export function formatDotted(s: IsoDate): string {
  return `${s.slice(8, 10)}.${s.slice(5, 7)}.${s.slice(0, 4)}`;
}
