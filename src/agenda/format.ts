/** The agenda as text for people (grouped by week, overdue first) and as JSON for programs. */
import { addDays, formatDotted, toDayNumber, type IsoDate } from '../core/dates.js';
import { fmt, type Lang, type Localized } from '../core/i18n.js';
import { WEEKDAYS, weekdayOf } from '../calendar/working-days.js';
import type { Agenda, AgendaItem } from './collect.js';

const T: Record<string, Localized> = {
  head: { kk: 'Мерзімдер: {from} – {to}', ru: 'Сроки: {from} – {to}', en: 'What falls due: {from} – {to}' },
  overdue: { kk: 'Мерзімі өткен ({n})', ru: 'Просрочено ({n})', en: 'Overdue ({n})' },
  week: { kk: '{from} – {to} аптасы', ru: 'Неделя {from} – {to}', en: 'Week of {from} – {to}' },
  none: { kk: 'Бұл аралықта мерзімі келетін ештеңе жоқ.', ru: 'В этом периоде сроков нет.', en: 'Nothing falls due in this window.' },
  moved: { kk: 'мерзімі {due} ({why}) → {doBy} дейін орындаңыз', ru: 'срок {due} ({why}) → выполнить до {doBy}', en: 'due {due} ({why}) → do it by {doBy}' },
  was: { kk: 'мерзімі {due} болған', ru: 'срок был {due}', en: 'was due {due}' },
  responsible: { kk: 'жауапты', ru: 'ответственный', en: 'responsible' },
  unknown: {
    kk: 'Ескерту: {years} жылдың діни мерекелері мен ауыстырылған демалыстары белгісіз (src/calendar/kz-holidays.yaml) — тек сенбі, жексенбі және тұрақты мерекелер ескерілді.',
    ru: 'Внимание: религиозные праздники и переносы выходных за {years} год неизвестны (src/calendar/kz-holidays.yaml) — учтены только выходные и постоянные праздники.',
    en: 'Note: the religious holidays and transfers of days off of {years} are not known (src/calendar/kz-holidays.yaml): only weekends and fixed holidays are counted.',
  },
  total: { kk: 'Барлығы: {n}, оның ішінде мерзімі өткен: {o}', ru: 'Всего: {n}, из них просрочено: {o}', en: 'Total: {n}, overdue: {o}' },
};

const t = (k: string, lang: Lang, data: Record<string, unknown> = {}) => fmt(T[k][lang], data, lang);

function day(d: IsoDate, lang: Lang): string {
  return `${lang === 'en' ? d : formatDotted(d)} ${WEEKDAYS[lang][weekdayOf(d)]}`;
}

function mondayOf(d: IsoDate): IsoDate {
  return addDays(d, -weekdayOf(d));
}

function itemLines(item: AgendaItem, lang: Lang): string[] {
  const when = item.overdue ? day(item.due, lang) : day(item.doBy, lang);
  const out = [`  ${item.overdue ? '!' : '•'} ${when}  ${item.title[lang]}`];
  const notes: string[] = [item.clause ? `${item.rule} (${item.clause})` : item.rule, `${item.file}:${item.line}:${item.column}`];
  if (item.responsible) notes.push(`${t('responsible', lang)}: ${item.responsibleName ?? item.responsible}`);
  out.push(`      ${notes.join(' · ')}`);
  if (!item.overdue && item.dueOff && item.doBy !== item.due) {
    out.push(`      ${t('moved', lang, { due: lang === 'en' ? item.due : formatDotted(item.due), why: item.dueOff[lang], doBy: day(item.doBy, lang) })}`);
  }
  return out;
}

export function formatPretty(agenda: Agenda, lang: Lang): string {
  const out: string[] = [t('head', lang, { from: agenda.from, to: agenda.to }), ''];
  const overdue = agenda.items.filter((i) => i.overdue);
  const upcoming = agenda.items.filter((i) => !i.overdue);
  if (overdue.length) {
    out.push(t('overdue', lang, { n: overdue.length }));
    for (const i of overdue) out.push(...itemLines(i, lang));
    out.push('');
  }
  let week: IsoDate | null = null;
  for (const i of upcoming) {
    const w = mondayOf(i.doBy);
    if (w !== week) {
      week = w;
      out.push(t('week', lang, { from: w, to: addDays(w, 6) }));
    }
    out.push(...itemLines(i, lang));
  }
  if (!agenda.items.length) out.push(t('none', lang));
  else out.push('', t('total', lang, { n: agenda.items.length, o: overdue.length }));
  if (agenda.unknownYears.length) out.push('', t('unknown', lang, { years: agenda.unknownYears.join(', ') }));
  return out.join('\n') + '\n';
}

export function formatJson(agenda: Agenda, lang: Lang): string {
  const items = agenda.items.map((i) => ({
    uid: i.uid,
    rule: i.rule,
    regulation: i.regulation,
    clause: i.clause,
    subject: i.subject,
    period: i.period,
    kind: i.kind,
    due: i.due,
    do_by: i.doBy,
    due_is_day_off: i.dueOff ? i.dueOff[lang] : null,
    overdue: i.overdue,
    days_left: toDayNumber(i.doBy) - toDayNumber(agenda.from),
    title: i.title[lang],
    org: i.org,
    responsible: i.responsible,
    file: i.file,
    line: i.line,
    column: i.column,
  }));
  return JSON.stringify({ from: agenda.from, to: agenda.to, lang, unknown_years: agenda.unknownYears, items }, null, 2) + '\n';
}
