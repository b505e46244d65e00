/**
 * Calendar-date arithmetic for the generator, on day numbers (days since 1970-01-01, UTC).
 * Only pure arithmetic on given dates: no clock, no time zone.
 */
const DAY = 86_400_000;

export function toDays(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}

export function fromDays(d) {
  return new Date(d * DAY).toISOString().slice(0, 10);
}

export function addDays(iso, n) {
  return fromDays(toDays(iso) + n);
}

/** Same month and day `n` years later (Feb 29 → Feb 28). */
export function addYears(iso, n) {
  const y = +iso.slice(0, 4) + n;
  let md = iso.slice(5);
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) md = '02-28';
  return `${y}-${md}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso) {
  return (((toDays(iso) + 4) % 7) + 7) % 7;
}

/** The date itself if a weekday, else the next Monday. */
export function toWeekday(iso) {
  const w = weekday(iso);
  return w === 6 ? addDays(iso, 2) : w === 0 ? addDays(iso, 1) : iso;
}

/** A weekday date inside [from, to] (both given as ISO dates). */
export function weekdayBetween(rng, from, to) {
  const a = toDays(from);
  const b = toDays(to);
  for (let k = 0; k < 20; k++) {
    const iso = fromDays(rng.int(a, b));
    const w = weekday(iso);
    if (w !== 0 && w !== 6) return iso;
  }
  return toWeekday(from);
}

export const pad = (n, w = 2) => String(n).padStart(w, '0');
