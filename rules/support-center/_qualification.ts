/**
 * Qualification status of a staff member under clause 8.3 (a course at least once every
 * `cycle_years` years) — pure, no I/O: the qualification rules and the qualification list
 * (`ereje render report qualification ORG`) both use it.
 *
 * - The last completed course is the one with the latest `completed` date on or before the
 *   as-of date (not the last one listed; a course dated after as-of is not completed yet).
 * - With no such course the cycle counts from `hired`; with neither there is no basis.
 * - due = addYears(last, cycle_years) (2020-02-29 + 5 years = 2025-02-28).
 * - overdue when as-of > due (exactly `cycle_years` years passes); due when
 *   as-of ≤ due ≤ addMonths(as-of, horizon_months); ok otherwise.
 */
import { z } from 'zod';
import { addMonths, addYears, daysBetween, parseIso, type IsoDate } from '../../src/core/dates.js';
import type { ParamSpec } from '../../src/engine/rule.js';
import type { Localized } from '../../src/core/i18n.js';
import { ENUMS, type Staff } from '../../src/schema/collections.js';

export const CYCLE_YEARS: ParamSpec<number> = {
  schema: z.number().int().min(1).max(50),
  default: 5,
  description: {
    kk: 'Қызметкерлер біліктілігін кемінде осынша жылда бір рет арттырады («кемінде 5 жылда бір рет»).',
    ru: 'Сотрудники повышают квалификацию не реже одного раза в столько лет («не реже одного раза в 5 лет»).',
    en: 'Staff improve their qualification at least once every this many years (кемінде 5 жылда бір рет / не реже одного раза в 5 лет).',
  },
  clause: '8.3',
};

export const HORIZON_MONTHS: ParamSpec<number> = {
  schema: z.number().int().min(0).max(120),
  default: 12,
  description: {
    kk: 'Біліктілікті арттыру тізімінің алдағы кезеңі (2.2.7): курсының мерзімі тексеру күнінен бастап осынша ай ішінде келетін қызметкерлер. Ереже мұндай кезеңді белгілемейді; 12 ай бір жоспарлау жылын қамтиды.',
    ru: 'Горизонт списка на повышение квалификации (пункт 2.2.7): сотрудники, у которых срок курса наступает в течение стольких месяцев от даты проверки. Положение такого срока не устанавливает; 12 месяцев охватывают плановый год.',
    en: 'Look-ahead of the qualification list (2.2.7): staff whose course falls due within this many months of as-of. The regulation sets no period; 12 months covers a planning year.',
  },
};

export type StaffScope = 'center' | 'all';
export const SCOPE: ParamSpec<StaffScope> = {
  schema: z.enum(['center', 'all']),
  default: 'center',
  description: {
    kk: '`center`: тек әдістемелік орталықтардың (түрі `center` ұйымдардың) қызметкерлері — 8.3-тармақ орталық басшысын өз қызметкерлеріне жауапты етеді; `all`: өңірдегі барлық ұйымның қызметкерлері.',
    ru: '`center`: только сотрудники методических центров (организаций типа `center`) — пункт 8.3 обязывает руководителя центра в отношении собственных сотрудников; `all`: сотрудники всех организаций региона.',
    en: '`center`: staff of methodological centres (organizations of type center) only — 8.3 binds the head of the centre to its own staff; `all`: the staff of every organization in the region.',
  },
  clause: '8.3',
};

type Position = (typeof ENUMS.position)[number];
export const POSITIONS: ParamSpec<Position[]> = {
  schema: z.array(z.enum(ENUMS.position as unknown as [Position, ...Position[]])),
  default: ENUMS.position.filter((p) => p !== 'other') as Position[],
  description: {
    kk: 'Тексерілетін қызметкерлердің лауазымдары. Әдепкі бойынша: `other` лауазымынан (жүргізушілер, бухгалтерлер…) басқа барлық лауазым, себебі ол лауазымдағылар біліктілікті арттыру курсынан өтпейді; 8.3-тармақтың өзі барлық қызметкерлер туралы айтады («қызметкерлердің»), сондықтан мәтіннің әрпін ұстану үшін `other` қосыңыз.',
    ru: 'Должности проверяемых сотрудников. По умолчанию — все должности, кроме `other` (водители, бухгалтеры…): таких сотрудников на курсы повышения квалификации не направляют; сам пункт 8.3 говорит обо всех работниках («работников»), поэтому, чтобы следовать букве текста, добавьте `other`.',
    en: 'Positions whose holders are checked. Default: every position but `other` (drivers, accountants…), whose holders take no qualification-improvement course; 8.3 itself says all staff («қызметкерлердің» / «работников»), so add `other` to follow its letter.',
  },
  clause: '8.3',
};

export interface QualificationParams {
  cycle_years: number;
  /** Default: HORIZON_MONTHS.default. */
  horizon_months?: number;
}

/** A calendar distance: whole years and months, then days. */
export interface Span {
  years: number;
  months: number;
  days: number;
  /** The same distance in days. */
  totalDays: number;
}

export interface QualificationStatus {
  status: 'overdue' | 'due' | 'ok' | 'no-basis';
  /** What the cycle counts from. */
  basis: 'course' | 'hired' | null;
  /** The last completed course's date, or the hiring date. */
  last: IsoDate | null;
  /** Index of the last completed course in `qualification`. */
  courseIndex: number | null;
  /** The day by which the next course is due (last + cycle_years). */
  due: IsoDate | null;
  /** Where `last` is inside the staff record (for positions): ['qualification', i, 'completed'], ['hired'] or []. */
  path: (string | number)[];
  /** From due to as-of, when overdue. */
  overdueBy: Span | null;
  /** From as-of to due, when not overdue. */
  left: Span | null;
}

type QualifiedPerson = Pick<Staff, 'hired' | 'qualification'>;

/** The last completed course (latest `completed` on or before as-of; the first listed of equal dates). */
export function lastCourse(staff: QualifiedPerson, asOf: IsoDate): { index: number; completed: IsoDate } | null {
  let best: { index: number; completed: IsoDate } | null = null;
  (staff.qualification ?? []).forEach((c, index) => {
    const d = c.completed;
    if (!d || d > asOf) return;
    if (!best || d > best.completed) best = { index, completed: d };
  });
  return best;
}

export function qualificationStatus(staff: QualifiedPerson, asOf: IsoDate, params: QualificationParams): QualificationStatus {
  const horizon = params.horizon_months ?? HORIZON_MONTHS.default;
  const course = lastCourse(staff, asOf);
  let basis: QualificationStatus['basis'] = null;
  let last: IsoDate | null = null;
  let path: (string | number)[] = [];
  if (course) {
    basis = 'course';
    last = course.completed;
    path = ['qualification', course.index, 'completed'];
  } else if (staff.hired) {
    basis = 'hired';
    last = staff.hired;
    path = ['hired'];
  }
  if (!last) return { status: 'no-basis', basis, last, courseIndex: null, due: null, path, overdueBy: null, left: null };
  const due = addYears(last, params.cycle_years);
  const base = { basis, last, courseIndex: course?.index ?? null, due, path };
  if (asOf > due) return { ...base, status: 'overdue', overdueBy: spanBetween(due, asOf), left: null };
  const status = due <= addMonths(asOf, horizon) ? 'due' : 'ok';
  return { ...base, status, overdueBy: null, left: spanBetween(asOf, due) };
}

/** The calendar distance from a to b (a ≤ b): as many whole months as fit, then days. */
export function spanBetween(a: IsoDate, b: IsoDate): Span {
  const pa = parseIso(a), pb = parseIso(b);
  let k = (pb.y - pa.y) * 12 + (pb.m - pa.m);
  if (k > 0 && addMonths(a, k) > b) k--;
  if (k < 0) k = 0;
  const days = daysBetween(addMonths(a, k), b);
  return { years: Math.floor(k / 12), months: k % 12, days, totalDays: daysBetween(a, b) };
}

function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10, m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

/** "1 жыл 2 ай 3 күн" / "1 год 2 месяца 3 дня" / "1 year 2 months 3 days" (zero parts left out). */
export function formatSpan(s: Pick<Span, 'years' | 'months' | 'days'>): Localized {
  const parts: [number, string, [string, string, string], [string, string]][] = [
    [s.years, 'жыл', ['год', 'года', 'лет'], ['year', 'years']],
    [s.months, 'ай', ['месяц', 'месяца', 'месяцев'], ['month', 'months']],
    [s.days, 'күн', ['день', 'дня', 'дней'], ['day', 'days']],
  ];
  let shown = parts.filter(([n]) => n > 0);
  if (shown.length === 0) shown = [parts[2]];
  return {
    kk: shown.map(([n, kk]) => `${n} ${kk}`).join(' '),
    ru: shown.map(([n, , ru]) => `${n} ${ruPlural(n, ...ru)}`).join(' '),
    en: shown.map(([n, , , en]) => `${n} ${n === 1 ? en[0] : en[1]}`).join(' '),
  };
}

/** A number of years as a phrase: "5 жыл" / "5 лет" / "5 years". */
export function formatYears(n: number): Localized {
  return formatSpan({ years: n, months: 0, days: 0 });
}
