/**
 * The work plan / academic-year schedule (A 1.5, 3.4.3; B 5.3): its entries as a table grouped
 * by quarter — the academic quarters of the school year when the plan covers one (settings or
 * the shipped calendar), else calendar quarters — and the approval block.
 */
import type { IsoDate } from '../../core/dates.js';
import { defaultSchoolYears } from '../../calendar/school-years.js';
import type { WorkPlan } from '../../schema/collections.js';
import { dateValue } from '../dates.js';
import { EVENT_STATUS, type DocLang } from '../grammar.js';
import { dateOrNull, numbered, orgById, periodOrNull, personById, txt } from '../values.js';
import { authorOf, requireRecord } from './common.js';
import type { LangPart, Prepared, PrepareEnv } from './types.js';

const ROMAN = ['I', 'II', 'III', 'IV'];

interface Quarter {
  n: number;
  from: IsoDate;
  to: IsoDate;
  academic: boolean;
}

/** A plan that starts in the summer or autumn covers a school year: its quarters are the school's. */
function isSchoolYearPlan(plan: WorkPlan): boolean {
  return plan.period.from.slice(5, 7) >= '06';
}

function quartersFor(plan: WorkPlan, env: PrepareEnv): Quarter[] {
  const years = env.settings.settings.calendar?.school_years ?? defaultSchoolYears();
  const sy = years.find((y) => plan.period.from <= y.quarters[3].to && plan.period.to >= y.quarters[0].from && isSchoolYearPlan(plan));
  if (sy) return sy.quarters.map((q, i) => ({ n: i + 1, from: q.from, to: q.to, academic: true }));
  const out: Quarter[] = [];
  const y0 = Number(plan.period.from.slice(0, 4));
  const y1 = Number(plan.period.to.slice(0, 4));
  for (let y = y0; y <= y1; y++) {
    for (let q = 0; q < 4; q++) {
      const from = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
      const to = `${y}-${String(q * 3 + 3).padStart(2, '0')}-${q === 0 || q === 3 ? '31' : '30'}`;
      if (to >= plan.period.from && from <= plan.period.to) out.push({ n: q + 1, from, to, academic: false });
    }
  }
  return out;
}

export function prepareSchedule(env: PrepareEnv, id: string): Prepared {
  const { data } = env;
  const plan = requireRecord(data, 'work_plans', id);
  const quarters = quartersFor(plan, env);
  const y0 = plan.period.from.slice(0, 4);
  const missingYear = isSchoolYearPlan(plan) && !quarters.some((q) => q.academic);
  const warnings = missingYear
    ? [
        {
          kk: `${plan.id}: ${y0}–${Number(y0) + 1} оқу жылы күнтізбеде жоқ, сондықтан кесте оқу тоқсандарымен емес, күнтізбелік тоқсандармен топталды; оқу жылының тоқсандарын ereje.yaml ішіндегі calendar.school_years-ке қосыңыз`,
          ru: `${plan.id}: ${y0}–${Number(y0) + 1} учебного года нет в календаре, поэтому график сгруппирован по календарным кварталам, а не по четвертям; добавьте четверти этого года в calendar.school_years в ereje.yaml`,
          en: `${plan.id}: the school year ${y0}–${Number(y0) + 1} is not in the calendar, so the schedule is grouped by calendar quarters, not school terms; add its terms to calendar.school_years in ereje.yaml`,
        },
      ]
    : [];
  return {
    template: 'schedule',
    fileBase: plan.id,
    created: plan.approved?.date ?? plan.period.from,
    guard: [plan.id],
    build(lang): LangPart {
      const org = orgById(plan.org, data, lang);
      const entries = (plan.entries ?? []).map((e) => {
        const odd = data.get('open_door_days', e.event);
        const landing = data.get('landings', e.event);
        const date = odd?.date ?? landing?.dates.from ?? e.window?.from ?? plan.period.from;
        if (odd) {
          const topic = txt(odd.topic, lang);
          const kind = lang === 'kk' ? 'Әдістемелік ашық есік күні' : 'Методический день открытых дверей';
          return {
            sort: date,
            kind,
            event: topic ? `${kind}: «${topic}»` : kind,
            window: periodOrNull(e.window, lang),
            when: dateValue(odd.date, lang).table,
            organizer: orgById(odd.organizer, data, lang, false)?.text ?? '',
            responsible: personById(odd.lead, data, lang)?.text ?? '',
            status: EVENT_STATUS[odd.status ?? 'planned'][lang],
          };
        }
        if (landing) {
          const target = orgById(landing.target, data, lang, false)?.text ?? landing.target;
          const kind = lang === 'kk' ? 'Әдістемелік десант' : 'Методический десант';
          const members = (landing.members ?? []).map((m) => personById(m, data, lang)).filter(Boolean);
          return {
            sort: date,
            kind,
            event: `${kind}: ${target}`,
            window: periodOrNull(e.window, lang),
            when: periodOrNull(landing.dates, lang)!.table,
            organizer: orgById(landing.organizer, data, lang, false)?.text ?? '',
            responsible: members[0]?.text ?? '',
            status: EVENT_STATUS[landing.status ?? 'planned'][lang],
          };
        }
        return { sort: date, kind: '', event: e.event, window: periodOrNull(e.window, lang), when: '', organizer: '', responsible: '', status: '' };
      });
      entries.sort((a, b) => a.sort.localeCompare(b.sort));
      // тоқсан is both the school term and the calendar quarter; Russian tells четверть from квартал.
      const qLabel = (q: Quarter) =>
        `${ROMAN[q.n - 1]} ${lang === 'kk' ? 'тоқсан' : q.academic ? 'четверть' : 'квартал'} (${dateValue(q.from, lang).table} – ${dateValue(q.to, lang).table})`;
      const groups = quarters.map((q) => ({ label: qLabel(q), quarter: q.n, entries: entries.filter((e) => e.sort >= q.from && e.sort <= q.to) }));
      const placed = new Set(groups.flatMap((g) => g.entries));
      const outside = entries.filter((e) => !placed.has(e));
      if (outside.length) groups.push({ label: lang === 'kk' ? 'Тоқсаннан тыс (демалыс кезеңі)' : 'Вне четвертей (каникулы)', quarter: 0, entries: outside });
      let n = 0;
      const numberedGroups = groups.filter((g) => g.entries.length).map((g) => ({ ...g, entries: g.entries.map((e) => ({ ...e, n: ++n })) }));
      const approver = personById(plan.approved?.by, data, lang);
      const title = txt(plan.title, lang) || (lang === 'kk' ? 'Жұмыс жоспары' : 'План работы');
      return {
        context: {
          org,
          plan: { id: plan.id, title, period: periodOrNull(plan.period, lang)!, year: Number(plan.period.from.slice(0, 4)) },
          approved: plan.approved ? { by: approver, date: dateOrNull(plan.approved.date, lang)! } : null,
          groups: numberedGroups,
          entries: numbered(entries),
          count: entries.length,
        },
        meta: { title: `${title}: ${org?.text ?? ''}`, subject: title, author: authorOf(org, lang), keywords: plan.id },
        warnings,
      };
    },
  };
}
