/**
 * The agenda as an RFC 5545 calendar (.ics) that Google Calendar, Outlook and Apple Calendar
 * import or subscribe to.
 *
 * Written by hand, because what goes wrong in calendar exports is exactly what a generic writer
 * leaves to the caller:
 * - all-day events are `DTSTART;VALUE=DATE` with an exclusive `DTEND;VALUE=DATE` (the next day),
 *   from calendar dates alone — no `Date`, no time zone, so no off-by-one under any TZ;
 * - a UID from the rule, subject, period and kind: re-running, or editing another record, gives
 *   the same UIDs, so a subscribed calendar updates events instead of duplicating them;
 * - TEXT values escaped (backslash, semicolon, comma, newline), lines ended by CRLF and folded
 *   at 75 octets without splitting a UTF-8 character (Kazakh letters are two bytes);
 * - reminders are written into the description: Google and Outlook drop a feed's VALARMs.
 */
import { addDays, formatDotted, type IsoDate } from '../core/dates.js';
import type { Lang, Localized } from '../core/i18n.js';
import { WEEKDAYS, weekdayOf } from '../calendar/working-days.js';
import type { Agenda, AgendaItem } from './collect.js';

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines begin with one space,
 * which counts; a multi-octet character (or a surrogate pair) is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of the continuation line
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (d: IsoDate) => d.replace(/-/g, '');

const L: Record<string, Localized> = {
  calName: { kk: 'ereje: мерзімдер', ru: 'ereje: сроки', en: 'ereje: what falls due' },
  overdue: { kk: 'МЕРЗІМІ ӨТКЕН', ru: 'ПРОСРОЧЕНО', en: 'OVERDUE' },
  due: { kk: 'Мерзімі', ru: 'Срок', en: 'Due' },
  doBy: { kk: 'демалыс күні — орындау мерзімі', ru: 'выходной — выполнить до', en: 'a day off — do it by' },
  rule: { kk: 'Ереже', ru: 'Правило', en: 'Rule' },
  clause: { kk: 'тармақ', ru: 'пункт', en: 'clause' },
  where: { kk: 'Деректер', ru: 'Данные', en: 'Data' },
  org: { kk: 'Ұйым', ru: 'Организация', en: 'Organization' },
  responsible: { kk: 'Жауапты', ru: 'Ответственный', en: 'Responsible' },
  remind: {
    kk: 'Еске салу: {week} дейін (бір апта бұрын) дайындықты бастаңыз',
    ru: 'Напоминание: начните подготовку с {week} (за неделю)',
    en: 'Reminder: start by {week} (a week before)',
  },
};

function dayName(d: IsoDate, lang: Lang): string {
  return `${WEEKDAYS[lang][weekdayOf(d)]} ${lang === 'en' ? d : formatDotted(d)}`;
}

function description(item: AgendaItem, lang: Lang): string {
  const lines: string[] = [item.title[lang]];
  let due = `${L.due[lang]}: ${dayName(item.due, lang)}`;
  if (item.dueOff && item.doBy !== item.due) due += ` (${item.dueOff[lang]}: ${L.doBy[lang]} ${dayName(item.doBy, lang)})`;
  lines.push(due);
  lines.push(item.clause ? `${L.rule[lang]}: ${item.rule} (${item.regulation}, ${L.clause[lang]} ${item.clause})` : `${L.rule[lang]}: ${item.rule}`);
  lines.push(`${L.where[lang]}: ${item.file}:${item.line}:${item.column}`);
  if (item.orgName) lines.push(`${L.org[lang]}: ${item.orgName[lang === 'en' ? 'kk' : lang]} (${item.org})`);
  if (item.responsible) lines.push(`${L.responsible[lang]}: ${item.responsibleName ?? item.responsible} (${item.responsible})`);
  if (!item.overdue) lines.push(L.remind[lang].replace('{week}', dayName(addDays(item.doBy, -7), lang)));
  return lines.join('\n');
}

export interface IcsOptions {
  lang: Lang;
  /** ereje's version, for PRODID. */
  version: string;
}

/** The agenda as one VCALENDAR; every line ends with CRLF. */
export function formatIcs(agenda: Agenda, opts: IcsOptions): string {
  const { lang } = opts;
  // Deterministic: the same data and window give the same bytes (a feed diffed in git stays quiet).
  const stamp = `${compact(agenda.from)}T000000Z`;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//ereje//ereje ${opts.version}//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(L.calName[lang])}`,
    // A subscribed copy is refreshed daily (RFC 7986; X-PUBLISHED-TTL for Outlook).
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  for (const item of agenda.items) {
    const day = item.overdue ? agenda.from : item.doBy;
    const summary = `${item.overdue ? `${L.overdue[lang]}: ` : ''}${item.title[lang]}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(day)}`,
      `DTEND;VALUE=DATE:${compact(addDays(day, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description(item, lang))}`,
      `CATEGORIES:${escapeText(item.module)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
