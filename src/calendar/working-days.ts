/**
 * Kazakhstan's working days: weekends, public holidays (moved to the next working day when they
 * fall on a weekend), religious days off that never move, the Government's transfers of days
 * off, and the user's own changes (settings `calendar.working_days`).
 *
 * The dates are data (kz-holidays.yaml beside this file's source); this file only applies them.
 * Calendar dates only: nothing here touches `Date` or the machine's time zone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { addDays, isValidIsoDate, parseIso, toDayNumber, type IsoDate } from '../core/dates.js';
import type { Lang, Localized } from '../core/i18n.js';
import { parseYaml } from '../load/yaml.js';
import { CalDate } from '../schema/collections.js';
import type { WorkingDaysSettings } from '../engine/settings.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// src/calendar when run from source, dist/src/calendar when built: the YAML stays in src/.
const candidates = [path.join(here, 'kz-holidays.yaml'), path.resolve(here, '../../../src/calendar/kz-holidays.yaml')];

const Name = z.strictObject({ kk: z.string(), ru: z.string(), en: z.string() });
const HolidayFile = z.strictObject({
  fixed: z.array(
    z.strictObject({
      day: z.string().regex(/^\d{2}-\d{2}$/),
      name: Name,
      moves: z.boolean().optional(),
      since: z.number().int().optional(),
      until: z.number().int().optional(),
    }),
  ),
  years: z.array(
    z.strictObject({
      year: z.number().int(),
      source: z.string().min(1),
      note: z.string().optional(),
      religious: z.array(z.strictObject({ date: CalDate, name: Name })),
      transfers: z.array(z.strictObject({ off: CalDate, work: CalDate })),
    }),
  ),
});
export type HolidayFile = z.infer<typeof HolidayFile>;

let fileCache: HolidayFile | null = null;

/** The shipped holidays file, parsed. */
export function shippedHolidays(): HolidayFile {
  if (fileCache) return fileCache;
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error('kz-holidays.yaml is missing from the installation');
  fileCache = HolidayFile.parse(JSON.parse(JSON.stringify(parseYaml(fs.readFileSync(file, 'utf8')))));
  return fileCache;
}

export type DayKind = 'working' | 'weekend' | 'holiday' | 'moved-holiday' | 'transfer' | 'local';

export interface DayInfo {
  date: IsoDate;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  off: boolean;
  kind: DayKind;
  /** The holiday's name (for a moved day off: the holiday it stands for). */
  name?: Localized;
  /** A Saturday or Sunday worked by the Government's transfer or the settings. */
  workedWeekend?: boolean;
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(d: IsoDate): number {
  return (((toDayNumber(d) + 3) % 7) + 7) % 7;
}

export const WEEKDAYS: Record<Lang, readonly string[]> = {
  kk: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const DAY_OFF: Localized = { kk: 'демалыс күні', ru: 'выходной день', en: 'day off' };
const MOVED: Localized = { kk: 'ауыстырылған демалыс', ru: 'перенесённый выходной', en: 'moved day off' };

export class WorkingCalendar {
  private readonly days = new Map<IsoDate, DayInfo>();
  private readonly builtYears = new Set<number>();
  private readonly knownYears: Map<number, HolidayFile['years'][number]>;
  private readonly week: 5 | 6;
  private readonly extraOff = new Map<IsoDate, string | undefined>();
  private readonly extraWork = new Set<IsoDate>();

  constructor(
    private readonly file: HolidayFile = shippedHolidays(),
    settings: WorkingDaysSettings | undefined = undefined,
  ) {
    this.knownYears = new Map(file.years.map((y) => [y.year, y]));
    this.week = settings?.week ?? 5;
    for (const d of settings?.days_off ?? []) {
      if (typeof d === 'string') this.extraOff.set(d, undefined);
      else this.extraOff.set(d.date, d.name);
    }
    for (const d of settings?.working_days ?? []) this.extraWork.add(d);
  }

  /** Does the holidays file list this year (its religious days and transfers)? */
  knows(year: number): boolean {
    return this.knownYears.has(year);
  }

  /** The year's source and note, when the file lists it. */
  yearInfo(year: number): { source: string; note?: string } | undefined {
    const y = this.knownYears.get(year);
    return y ? { source: y.source, note: y.note } : undefined;
  }

  private isWeekend(weekday: number): boolean {
    return weekday === 6 || (this.week === 5 && weekday === 5);
  }

  /** The national calendar of a year (five-day week), before the settings' own changes. */
  private build(year: number): void {
    if (this.builtYears.has(year)) return;
    this.builtYears.add(year);
    const national = new Map<IsoDate, DayInfo>();
    const movable: { date: IsoDate; name: Localized }[] = [];
    for (const f of this.file.fixed) {
      if ((f.since !== undefined && year < f.since) || (f.until !== undefined && year > f.until)) continue;
      const date = `${String(year).padStart(4, '0')}-${f.day}`;
      if (!isValidIsoDate(date)) continue;
      national.set(date, { date, weekday: weekdayOf(date), off: true, kind: 'holiday', name: f.name });
      if (f.moves !== false) movable.push({ date, name: f.name });
    }
    const y = this.knownYears.get(year);
    for (const r of y?.religious ?? []) national.set(r.date, { date: r.date, weekday: weekdayOf(r.date), off: true, kind: 'holiday', name: r.name });
    // A holiday on a Saturday or Sunday moves the day off to the next working day that is not
    // itself a holiday or an earlier moved day (Nauryz 2026: 21 Sat, 22 Sun → 24 and 25 March).
    const natWeekend = (d: IsoDate) => weekdayOf(d) >= 5;
    for (const h of movable.sort((a, b) => (a.date < b.date ? -1 : 1))) {
      if (!natWeekend(h.date)) continue;
      let d = addDays(h.date, 1);
      while (natWeekend(d) || national.has(d)) d = addDays(d, 1);
      national.set(d, { date: d, weekday: weekdayOf(d), off: true, kind: 'moved-holiday', name: h.name });
    }
    for (const t of y?.transfers ?? []) {
      national.set(t.off, { date: t.off, weekday: weekdayOf(t.off), off: true, kind: 'transfer' });
      national.set(t.work, { date: t.work, weekday: weekdayOf(t.work), off: false, kind: 'working', workedWeekend: true });
    }
    for (const [d, info] of national) if (parseIso(d).y === year || !this.days.has(d)) this.days.set(d, info);
  }

  /** What kind of day it is, with the settings applied. */
  info(date: IsoDate): DayInfo {
    const { y } = parseIso(date);
    this.build(y);
    this.build(y - 1); // a December holiday may move into January
    const weekday = weekdayOf(date);
    if (this.extraWork.has(date)) return { date, weekday, off: false, kind: 'working', workedWeekend: this.isWeekend(weekday) };
    if (this.extraOff.has(date)) {
      const n = this.extraOff.get(date);
      return { date, weekday, off: true, kind: 'local', name: n ? { kk: n, ru: n, en: n } : undefined };
    }
    const known = this.days.get(date);
    if (known) return known;
    if (this.isWeekend(weekday)) return { date, weekday, off: true, kind: 'weekend' };
    return { date, weekday, off: false, kind: 'working' };
  }

  isDayOff(date: IsoDate): boolean {
    return this.info(date).off;
  }

  /** The date itself when it is a working day, else the last working day before it. */
  lastWorkingDayOnOrBefore(date: IsoDate): IsoDate {
    let d = date;
    for (let i = 0; i < 60 && this.isDayOff(d); i++) d = addDays(d, -1);
    return d;
  }

  /** The days off in [from, to] (inclusive), in order. */
  daysOffIn(from: IsoDate, to: IsoDate): DayInfo[] {
    const out: DayInfo[] = [];
    for (let d = from, i = 0; d <= to && i < 3700; d = addDays(d, 1), i++) {
      const info = this.info(d);
      if (info.off) out.push(info);
    }
    return out;
  }
}

/** "Sunday", "Nauryz", "moved day off (Nauryz)": why a day is off, in a language. */
export function whyOff(info: DayInfo, lang: Lang): string {
  const wd = WEEKDAYS[lang][info.weekday];
  if (info.kind === 'holiday' || (info.kind === 'local' && info.name)) return `${wd}, ${info.name![lang]}`;
  if (info.kind === 'moved-holiday') return `${wd}, ${info.name![lang]}: ${MOVED[lang]}`;
  if (info.kind === 'transfer') return `${wd}, ${MOVED[lang]}`;
  if (info.kind === 'local') return `${wd}, ${DAY_OFF[lang]}`;
  return wd;
}

/** The calendar for a run: the shipped file with the settings' changes. */
export function workingCalendar(settings: { calendar?: { working_days?: WorkingDaysSettings } } | undefined): WorkingCalendar {
  return new WorkingCalendar(shippedHolidays(), settings?.calendar?.working_days);
}
