/**
 * Official date forms of Kazakhstan's papers, from our own month tables (Node's ICU gives only
 * the nominative Kazakh month: «2026 ж. 14 қараша»). calendar.md lists the forms:
 *
 *   kk running text  «2026 жылғы 14 қарашадағы»   (locative + -ғы/-гі: "dated 14 November")
 *   kk on forms      2026 жылғы 14 қараша (the requisite's official Kazakh order: year, day, month)
 *   ru running text  «14 ноября 2026 года»
 *   tables           14.11.2026
 *
 * Pure string work on `YYYY-MM-DD`: no Date, no time zone.
 */
import { formatDotted, parseIso, type IsoDate } from '../core/dates.js';

/** Kazakh month names and the case forms documents need, January first. */
export const KK_MONTHS: readonly {
  nom: string; // қараша            «14 қараша»
  loc: string; // қарашада          «14 қарашада өткізілсін» (on that day)
  attr: string; // қарашадағы       «14 қарашадағы № 15-н бұйрық» (dated)
  dat: string; // қарашаға          «20 қарашаға дейін» (by, until)
  abl: string; // қарашадан         «14 қарашадан бастап» (from)
}[] = [
  { nom: 'қаңтар', loc: 'қаңтарда', attr: 'қаңтардағы', dat: 'қаңтарға', abl: 'қаңтардан' },
  { nom: 'ақпан', loc: 'ақпанда', attr: 'ақпандағы', dat: 'ақпанға', abl: 'ақпаннан' },
  { nom: 'наурыз', loc: 'наурызда', attr: 'наурыздағы', dat: 'наурызға', abl: 'наурыздан' },
  { nom: 'сәуір', loc: 'сәуірде', attr: 'сәуірдегі', dat: 'сәуірге', abl: 'сәуірден' },
  { nom: 'мамыр', loc: 'мамырда', attr: 'мамырдағы', dat: 'мамырға', abl: 'мамырдан' },
  { nom: 'маусым', loc: 'маусымда', attr: 'маусымдағы', dat: 'маусымға', abl: 'маусымнан' },
  { nom: 'шілде', loc: 'шілдеде', attr: 'шілдедегі', dat: 'шілдеге', abl: 'шілдеден' },
  { nom: 'тамыз', loc: 'тамызда', attr: 'тамыздағы', dat: 'тамызға', abl: 'тамыздан' },
  { nom: 'қыркүйек', loc: 'қыркүйекте', attr: 'қыркүйектегі', dat: 'қыркүйекке', abl: 'қыркүйектен' },
  { nom: 'қазан', loc: 'қазанда', attr: 'қазандағы', dat: 'қазанға', abl: 'қазаннан' },
  { nom: 'қараша', loc: 'қарашада', attr: 'қарашадағы', dat: 'қарашаға', abl: 'қарашадан' },
  { nom: 'желтоқсан', loc: 'желтоқсанда', attr: 'желтоқсандағы', dat: 'желтоқсанға', abl: 'желтоқсаннан' },
];

/** Russian months: nominative (for «ноябрь 2026 г.» headings) and genitive (dates). */
export const RU_MONTHS: readonly { nom: string; gen: string }[] = [
  { nom: 'январь', gen: 'января' },
  { nom: 'февраль', gen: 'февраля' },
  { nom: 'март', gen: 'марта' },
  { nom: 'апрель', gen: 'апреля' },
  { nom: 'май', gen: 'мая' },
  { nom: 'июнь', gen: 'июня' },
  { nom: 'июль', gen: 'июля' },
  { nom: 'август', gen: 'августа' },
  { nom: 'сентябрь', gen: 'сентября' },
  { nom: 'октябрь', gen: 'октября' },
  { nom: 'ноябрь', gen: 'ноября' },
  { nom: 'декабрь', gen: 'декабря' },
];

export type KkCase = 'nom' | 'loc' | 'attr' | 'dat' | 'abl';

/** «2026 жылғы 14 қарашадағы» (attr), «2026 жылғы 14 қарашада» (loc), «2026 жылғы 20 қарашаға» (dat)… */
export function kkDate(d: IsoDate, form: KkCase = 'attr'): string {
  const { y, m, d: day } = parseIso(d);
  return `${y} жылғы ${day} ${KK_MONTHS[m - 1][form]}`;
}

/**
 * «2026 жылғы 14 қараша» — the date requisite (date line of an order, approval stamps). Kazakh
 * puts the year first; «"14" қараша 2026 ж.» is the Russian word order and is not used.
 */
export function kkFormDate(d: IsoDate): string {
  return kkDate(d, 'nom');
}

/** «14 ноября 2026 года». */
export function ruDate(d: IsoDate): string {
  const { y, m, d: day } = parseIso(d);
  return `${day} ${RU_MONTHS[m - 1].gen} ${y} года`;
}

/** «14» ноября 2026 г. */
export function ruFormDate(d: IsoDate): string {
  const { y, m, d: day } = parseIso(d);
  return `«${String(day).padStart(2, '0')}» ${RU_MONTHS[m - 1].gen} ${y} г.`;
}

/**
 * A period in running text.
 * kk: «2026 жылғы 10–12 наурызда», «2026 жылғы 28 ақпан – 3 наурызда», across years
 *     «2025 жылғы 29 желтоқсан – 2026 жылғы 7 қаңтарда» (the last word takes the case).
 * ru: «с 10 по 12 марта 2026 года», «с 28 февраля по 3 марта 2026 года»,
 *     «с 29 декабря 2025 года по 7 января 2026 года».
 */
export function kkPeriod(from: IsoDate, to: IsoDate, form: KkCase = 'loc'): string {
  if (from === to) return kkDate(from, form);
  const a = parseIso(from), b = parseIso(to);
  if (a.y !== b.y) return `${a.y} жылғы ${a.d} ${KK_MONTHS[a.m - 1].nom} – ${kkDate(to, form)}`;
  if (a.m !== b.m) return `${a.y} жылғы ${a.d} ${KK_MONTHS[a.m - 1].nom} – ${b.d} ${KK_MONTHS[b.m - 1][form]}`;
  return `${a.y} жылғы ${a.d}–${b.d} ${KK_MONTHS[b.m - 1][form]}`;
}

export function ruPeriod(from: IsoDate, to: IsoDate): string {
  if (from === to) return ruDate(from);
  const a = parseIso(from), b = parseIso(to);
  if (a.y !== b.y) return `с ${ruDate(from)} по ${ruDate(to)}`;
  if (a.m !== b.m) return `с ${a.d} ${RU_MONTHS[a.m - 1].gen} по ${ruDate(to)}`;
  return `с ${a.d} по ${ruDate(to)}`;
}

/** 10.03.2026 – 12.03.2026 (tables). */
export function dottedPeriod(from: IsoDate, to: IsoDate): string {
  return from === to ? formatDotted(from) : `${formatDotted(from)} – ${formatDotted(to)}`;
}

/**
 * Every form of one date, handed to templates as `{{ x.text }}`, `{{ x.form }}`, `{{ x.table }}`
 * and, in Kazakh, the case forms `{{ x.loc }}`, `{{ x.dat }}`, `{{ x.abl }}`, `{{ x.nom }}`.
 */
export interface DateValue {
  iso: string;
  /** running text: kk «2026 жылғы 14 қарашадағы», ru «14 ноября 2026 года» */
  text: string;
  /** the date requisite: kk «2026 жылғы 14 қараша», ru «14» ноября 2026 г. */
  form: string;
  /** tables: 14.11.2026 */
  table: string;
  /** kk «2026 жылғы 14 қараша»; ru = text */
  nom: string;
  /** kk «2026 жылғы 14 қарашада» (on the day); ru = text */
  loc: string;
  /** kk «2026 жылғы 14 қарашаға» (by: «… дейін»); ru = text */
  dat: string;
  /** kk «2026 жылғы 14 қарашадан» (from: «… бастап»); ru = text */
  abl: string;
  year: number;
}

export function dateValue(d: IsoDate, lang: 'kk' | 'ru'): DateValue {
  const table = formatDotted(d);
  const year = parseIso(d).y;
  if (lang === 'kk') {
    return { iso: d, text: kkDate(d, 'attr'), form: kkFormDate(d), table, nom: kkDate(d, 'nom'), loc: kkDate(d, 'loc'), dat: kkDate(d, 'dat'), abl: kkDate(d, 'abl'), year };
  }
  const text = ruDate(d);
  return { iso: d, text, form: ruFormDate(d), table, nom: text, loc: text, dat: text, abl: text, year };
}

export interface PeriodValue {
  from: DateValue;
  to: DateValue;
  /** kk «2026 жылғы 10–12 наурызда», ru «с 10 по 12 марта 2026 года» */
  text: string;
  /** kk «2026 жылғы 10–12 наурыз аралығы» style nominative; ru = text */
  nom: string;
  /** 10.03.2026 – 12.03.2026 */
  table: string;
}

export function periodValue(p: { from: IsoDate; to: IsoDate }, lang: 'kk' | 'ru'): PeriodValue {
  return {
    from: dateValue(p.from, lang),
    to: dateValue(p.to, lang),
    text: lang === 'kk' ? kkPeriod(p.from, p.to, 'loc') : ruPeriod(p.from, p.to),
    nom: lang === 'kk' ? kkPeriod(p.from, p.to, 'nom') : ruPeriod(p.from, p.to),
    table: dottedPeriod(p.from, p.to),
  };
}
