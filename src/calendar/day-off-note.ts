/**
 * `ereje new`'s warning when an event is put on a day off (a weekend, a public holiday, a day
 * off moved by the Government, or a day off of the settings' calendar.working_days).
 */
import { addDays, formatDotted, isValidIsoDate, type IsoDate } from '../core/dates.js';
import { fmt, type Lang, type Localized } from '../core/i18n.js';
import type { Settings } from '../engine/settings.js';
import { workingCalendar, whyOff } from './working-days.js';

const NOTE: Localized = {
  kk: 'Назар аударыңыз: {date} — демалыс күні ({why})',
  ru: 'Внимание: {date} — выходной день ({why})',
  en: 'Note: {date} is a day off ({why})',
};

/** The event's days: an open door day's `date`, a landing's `dates` (at most a year of them). */
function eventDays(record: Record<string, unknown>): IsoDate[] {
  if (typeof record.date === 'string' && isValidIsoDate(record.date)) return [record.date];
  const dates = record.dates as { from?: unknown; to?: unknown } | undefined;
  if (dates && typeof dates.from === 'string' && typeof dates.to === 'string' && isValidIsoDate(dates.from) && isValidIsoDate(dates.to)) {
    const out: IsoDate[] = [];
    for (let d = dates.from; d <= dates.to && out.length < 366; d = addDays(d, 1)) out.push(d);
    return out;
  }
  return [];
}

/** One line per day off the new event falls on (none for other records). */
export function dayOffNotes(collection: string, record: Record<string, unknown>, settings: Settings, lang: Lang): string[] {
  if (collection !== 'open_door_days' && collection !== 'landings') return [];
  const cal = workingCalendar(settings);
  return eventDays(record)
    .map((d) => cal.info(d))
    .filter((i) => i.off)
    .map((i) => fmt(NOTE[lang], { date: lang === 'en' ? i.date : formatDotted(i.date), why: whyOff(i, lang) }, lang));
}
