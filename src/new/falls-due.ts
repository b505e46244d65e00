/**
 * `ereje new`'s preview of what the new record makes fall due: the same obligations `ereje
 * agenda` lists (from the rules' own `obligations`, on the data as it would be with the record),
 * those whose subject is the new record — e.g. a planned open door day's order, due on the day,
 * so a day months away is not a finding yet but its date is said at once.
 */
import { addDays, formatDotted, type IsoDate } from '../core/dates.js';
import { fmt, type Lang, type Localized } from '../core/i18n.js';
import { collectAgenda } from '../agenda/collect.js';
import type { Registry } from '../engine/registry.js';
import type { LoadedSettings } from '../engine/settings.js';
import type { Dataset } from '../model/dataset.js';
import { loadTheme } from '../render/theme.js';

const HEAD: Localized = { kk: 'Мерзімі келетін міндеттер (ereje agenda):', ru: 'Что станет обязательным (ereje agenda):', en: 'What falls due (ereje agenda):' };
const LINE: Localized = { kk: '  {date} дейін: {title}  ({rule}, {clause})', ru: '  до {date}: {title}  ({rule}, п. {clause})', en: '  by {date}: {title}  ({rule}, {clause})' };
const MOVED: Localized = { kk: ' — {due} демалыс күні', ru: ' — {due} выходной', en: ' — {due} is a day off' };
const OVERDUE: Localized = { kk: '  {date} өтіп кетті: {title}  ({rule}, {clause})', ru: '  срок {date} прошёл: {title}  ({rule}, п. {clause})', en: '  overdue since {date}: {title}  ({rule}, {clause})' };

/** How far ahead the preview looks (a school year and a half covers any plan's events). */
const HORIZON_DAYS = 550;

export function fallsDueLines(opts: { registry: Registry; data: Dataset; settings: LoadedSettings; asOf: IsoDate; id: string; lang: Lang }): string[] {
  const { lang } = opts;
  const theme = loadTheme(opts.settings);
  const agenda = collectAgenda({
    registry: opts.registry,
    data: opts.data,
    settings: opts.settings,
    from: opts.asOf,
    to: addDays(opts.asOf, HORIZON_DAYS),
    days: { recommendations: theme.recommendationsDays, council: theme.councilDays, reference: theme.referenceDays },
  });
  const mine = agenda.items.filter((i) => i.subject === opts.id);
  if (!mine.length) return [];
  const show = (d: IsoDate) => (lang === 'en' ? d : formatDotted(d));
  return [
    HEAD[lang],
    ...mine.map((i) => {
      const data = { date: show(i.overdue ? i.due : i.doBy), title: i.title[lang], rule: i.rule, clause: i.clause };
      const line = fmt((i.overdue ? OVERDUE : LINE)[lang], data, lang);
      return i.dueOff && !i.overdue ? line + fmt(MOVED[lang], { due: show(i.due) }, lang) : line;
    }),
    '',
  ];
}
