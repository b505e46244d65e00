/**
 * Quarters for clause 1.5 ("тоқсанына кемінде бір рет", at least once per quarter).
 *
 * Two schemes: calendar quarters (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec), labelled `2026-Q2`,
 * and academic quarters (тоқсан) of the school years in the settings' calendar
 * (`calendar.school_years`, default src/calendar/school-years.yaml), labelled `2025-2026-Q3`.
 * The breaks between academic quarters belong to no quarter.
 */
import { formatIso, parseIso, periodsOverlap, type IsoDate, type Period } from '../../src/core/dates.js';
import type { Localized } from '../../src/core/i18n.js';
import type { SchoolYear } from '../../src/engine/settings.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { WorkPlan } from '../../src/schema/collections.js';

export interface Quarter extends Period {
  /** `2026-Q2` or `2025-2026-Q3`: the finding's period. */
  label: string;
  /** "in the II quarter of 2026", per language, for messages. */
  name: Localized;
  /** "per quarter" in the scheme's own word (ru: квартал / четверть). */
  per: Localized;
}

const PER_CALENDAR: Localized = { kk: 'тоқсанына', ru: 'в квартал', en: 'per quarter' };
const PER_ACADEMIC: Localized = { kk: 'тоқсанына', ru: 'в четверть', en: 'per academic quarter' };

const ROMAN = ['I', 'II', 'III', 'IV'];
/** Russian "в"/"во" before a Roman numeral read as an ordinal (во втором, в третьем). */
const RU_IN = ['в', 'во', 'в', 'в'];

function calendarQuarter(y: number, q: number): Quarter {
  const m = q * 3 + 1;
  const last = formatIso(y, m + 2, m + 2 === 3 || m + 2 === 12 ? 31 : 30);
  return {
    from: formatIso(y, m, 1),
    to: last,
    label: `${y}-Q${q + 1}`,
    name: {
      kk: `${y} жылғы ${ROMAN[q]} тоқсанда`,
      ru: `${RU_IN[q]} ${ROMAN[q]} квартале ${y} года`,
      en: `in ${y}-Q${q + 1}`,
    },
    per: PER_CALENDAR,
  };
}

/** The calendar quarter a date falls in. */
export function calendarQuarterOf(d: IsoDate): Quarter {
  const { y, m } = parseIso(d);
  return calendarQuarter(y, Math.floor((m - 1) / 3));
}

/** Every calendar quarter that overlaps the period, in order. */
export function calendarQuarters(p: Period): Quarter[] {
  const out: Quarter[] = [];
  const a = parseIso(p.from), b = parseIso(p.to);
  for (let i = a.y * 4 + Math.floor((a.m - 1) / 3); i <= b.y * 4 + Math.floor((b.m - 1) / 3); i++) {
    out.push(calendarQuarter(Math.floor(i / 4), i % 4));
  }
  return out;
}

/** Every academic quarter of the known school years that overlaps the period, in date order. */
export function academicQuarters(years: readonly SchoolYear[], p: Period): Quarter[] {
  const out: Quarter[] = [];
  for (const sy of years) {
    sy.quarters.forEach((q, i) => {
      if (!periodsOverlap(q, p)) return;
      const year = sy.name.replace('-', '–');
      out.push({
        from: q.from,
        to: q.to,
        label: `${sy.name}-Q${i + 1}`,
        name: {
          kk: `${year} оқу жылының ${ROMAN[i]} тоқсанында`,
          ru: `${RU_IN[i]} ${ROMAN[i]} четверти ${year} учебного года`,
          en: `in ${sy.name}-Q${i + 1} (academic quarter)`,
        },
        per: PER_ACADEMIC,
      });
    });
  }
  return out.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
}

/**
 * The parts of the period that fall in school years the calendar does not know.
 *
 * A school year is taken as 1 September – 31 August (the convention its names follow:
 * "2026-2027" starts in September 2026); it is known when one of the calendar's quarters falls
 * inside it. Summer days after a known year's last quarter are known (no quarter there).
 */
export function unknownSchoolYears(years: readonly SchoolYear[], p: Period): (Period & { name: string })[] {
  const startYear = (d: IsoDate) => {
    const { y, m } = parseIso(d);
    return m >= 9 ? y : y - 1;
  };
  const out: (Period & { name: string })[] = [];
  for (let y = startYear(p.from); y <= startYear(p.to); y++) {
    const span = { from: formatIso(y, 9, 1), to: formatIso(y + 1, 8, 31) };
    const known = years.some((sy) => sy.quarters.some((q) => periodsOverlap(q, span)));
    if (known) continue;
    out.push({ name: `${y}-${y + 1}`, from: span.from > p.from ? span.from : p.from, to: span.to < p.to ? span.to : p.to });
  }
  return out;
}

/** Is some date of the sorted list inside the period? (binary search) */
export function anyDateIn(sorted: readonly IsoDate[], p: Period): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < p.from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] <= p.to;
}

/**
 * Is the period a school-year plan? From 1 September (or the school year's first day in the
 * calendar) to 31 May, 31 August (or the school year's last day in the calendar) of the next
 * year. Returns the school year's name (e.g. 2025-2026), known to the calendar or not.
 */
export function schoolYearOf(years: readonly SchoolYear[], p: Period): string | undefined {
  const a = parseIso(p.from), b = parseIso(p.to);
  const startYear = a.m >= 8 ? a.y : a.y - 1;
  if (b.y !== startYear + 1) return undefined;
  const name = `${startYear}-${startYear + 1}`;
  const sy = years.find((y) => y.name === name);
  const first = sy?.quarters[0]?.from, last = sy?.quarters[sy.quarters.length - 1]?.to;
  const startsRight = p.from === formatIso(startYear, 9, 1) || p.from === first;
  const endsRight = p.to === formatIso(startYear + 1, 5, 31) || p.to === formatIso(startYear + 1, 8, 31) || p.to === last;
  return startsRight && endsRight ? name : undefined;
}

export type QuarterReading = 'plan' | 'calendar' | 'academic';

/** One plan of a centre as clause 1.5 counts it: its period from the regulation's date, and its quarters. */
export interface PlanQuarters {
  plan: WorkPlan;
  period: Period;
  /** Counted in school terms (the plan covers a school year, or settings say academic). */
  academic: boolean;
  quarters: Quarter[];
}

/**
 * What clause 1.5 looks at for one centre — shared by the rule's check and its obligations:
 * the sorted dates of its days that count (not cancelled, on/after the regulation's date), and
 * each of its plans with the quarters it is counted in under the chosen reading of «тоқсан».
 */
export function centrePlanQuarters(data: Dataset, centreId: string, from: IsoDate | null, years: readonly SchoolYear[], reading: QuarterReading): { dates: IsoDate[]; plans: PlanQuarters[] } {
  const dates: IsoDate[] = [];
  for (const e of data.eventsOf(centreId)) {
    if (e.status === 'cancelled' || (from && e.date < from)) continue;
    dates.push(e.date);
  }
  dates.sort();
  const plans: PlanQuarters[] = [];
  for (const plan of data.plansOf(centreId)) {
    const period = { from: from && from > plan.period.from ? from : plan.period.from, to: plan.period.to };
    if (period.from > period.to) continue; // the plan ends before the regulation's date
    const academic = reading === 'academic' || (reading === 'plan' && schoolYearOf(years, plan.period) !== undefined);
    plans.push({ plan, period, academic, quarters: academic ? academicQuarters(years, period) : calendarQuarters(period) });
  }
  return { dates, plans };
}
