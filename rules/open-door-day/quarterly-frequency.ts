import { z } from 'zod';
import { rule } from './_view.js';
import { anyDateIn, centrePlanQuarters, unknownSchoolYears } from './_quarters.js';
import { quarterlyObligations } from './_obligations.js';

/** How the finding names the reading of «тоқсан» it used. */
const READING = {
  planAcademic: {
    kk: '«тоқсан» оқу тоқсаны ретінде оқылды, себебі жұмыс жоспары оқу жылына арналған',
    ru: '«тоқсан» прочитан как учебная четверть, так как план работы составлен на учебный год',
    en: '«тоқсан» read as a school term, since the work plan covers a school year',
  },
  planCalendar: {
    kk: '«тоқсан» күнтізбелік тоқсан ретінде оқылды, себебі жұмыс жоспары оқу жылына арналмаған',
    ru: '«тоқсан» прочитан как календарный квартал, так как план работы составлен не на учебный год',
    en: '«тоқсан» read as a calendar quarter, since the work plan does not cover a school year',
  },
  academic: {
    kk: '«тоқсан» оқу тоқсаны ретінде оқылды (баптаулар: quarters: academic)',
    ru: '«тоқсан» прочитан как учебная четверть (настройки: quarters: academic)',
    en: '«тоқсан» read as a school term (settings: quarters: academic)',
  },
  calendar: {
    kk: '«тоқсан» күнтізбелік тоқсан ретінде оқылды (баптаулар: quarters: calendar)',
    ru: '«тоқсан» прочитан как календарный квартал (настройки: quarters: calendar)',
    en: '«тоқсан» read as a calendar quarter (settings: quarters: calendar)',
  },
} as const;

export default rule<{ quarters: 'plan' | 'calendar' | 'academic' }>({
  id: 'open-door-day/quarterly-frequency',
  clauses: ['1.5'],
  severity: 'error',
  subject: 'organizer id (+ period, e.g. 2026-Q2)',
  params: {
    quarters: {
      schema: z.enum(['plan', 'calendar', 'academic']),
      default: 'plan',
      description:
        'Which quarters "тоқсанына" means: plan (default: a plan covering a school year is counted in that year\'s four school terms, any other plan in calendar quarters), calendar (Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec; period 2026-Q2) or academic (the four тоқсан of each school year in calendar.school_years; period 2025-2026-Q3)',
      clause: '1.5',
    },
  },
  messages: {
    noEvent: {
      kk: '{org}: {quarter} ({from} – {to}) бірде-бір ашық есік күні өткізілмеген және жоспарланбаған; ашық есік күні {per} кемінде бір рет өткізіледі ({plan} жұмыс жоспары: {planFrom} – {planTo}; {reading})',
      ru: '{org}: {quarter} ({from} – {to}) не проведён и не запланирован ни один день открытых дверей, а он проводится не реже одного раза {per} (план работы {plan}: {planFrom} – {planTo}; {reading})',
      en: '{org}: no open door day is held or planned {quarter} ({from} – {to}); it is held at least once {per} (work plan {plan}: {planFrom} – {planTo}; {reading})',
    },
    unknownYear: {
      kk: 'Оқу жылдарының күнтізбесінде {year} оқу жылы жоқ, сондықтан {plan} жұмыс жоспарының {from} – {to} аралығындағы тоқсандары тексерілмеді: бұл оқу жылының тоқсандарын ereje.yaml файлындағы calendar.school_years тізіміне қосыңыз',
      ru: 'В календаре учебных лет нет {year} учебного года, поэтому четверти плана работы {plan} за {from} – {to} не проверены: добавьте четверти этого учебного года в calendar.school_years файла ereje.yaml',
      en: 'The school-year calendar has no {year} school year, so the quarters of work plan {plan} in {from} – {to} were not checked: add that year\'s quarters to calendar.school_years in ereje.yaml',
    },
  },
  messageSeverity: { unknownYear: 'warning' },
  docs: {
    summary:
      'Every quarter that overlaps a work plan of a centre has at least one open door day of that centre dated in it (clause 1.5: "тоқсанына кемінде бір рет", at least once per quarter). Planned days count; cancelled ones do not.',
    details: [
      '«Тоқсан» means both a calendar quarter and a school term (тоқсан of the school year), and the text does not say which. The default reading (`quarters: plan`, catalog v2) follows the plan: a work plan whose period is a school year — from 1 September, or the school year\'s first day in the calendar, to 31 May, 31 August, or the school year\'s last day in the calendar — is counted in that school year\'s four terms, and the breaks between them, summer included, owe nothing; any other plan (a calendar-year plan, say) is counted in calendar quarters. `quarters: calendar` or `quarters: academic` apply one reading to every plan. Every finding says which reading it used.',
      'Checked for every organization of type center in the module\'s regions that has a work plan: for each of its plans, each quarter that overlaps the plan\'s period — counted from the module\'s date (2023-01-14) when the plan starts earlier — needs at least one open door day of that centre, not cancelled, dated inside the quarter. The day may be planned: the rule checks the plan, not only the past, so a quarter still to come passes once a day is planned for it. A day dated in the quarter counts even if it lies outside the plan\'s own period (a plan for 2025-09-01 – 2026-05-31 overlaps 2025-Q3 through September only, and a day in July still serves that quarter). A centre without any work plan is not checked: the duty is "per the schedule approved in the work plan".',
      'Quarter edges: 2026-03-31 is in 2026-Q1, 2026-04-01 in 2026-Q2. A quarter missing from two overlapping plans of the same centre (a calendar-year plan and an academic-year plan) is reported once, at the first plan.',
      'With `quarters: academic` the quarters are the four тоқсан of each school year in the calendar (settings calendar.school_years, else the shipped src/calendar/school-years.yaml), labelled e.g. 2025-2026-Q3; the breaks between them belong to no quarter and need no event. The ministry publishes each school year by order in July–August, so a plan may reach into a school year the calendar does not know yet (a school year is taken as 1 September – 31 August for this purpose). Such a part is not silently passed: the rule reports it once per centre and school year (message unknownYear, a warning: missing calendar data, not a breach; period = the school year, e.g. 2026-2027) and checks the quarters it does know. Add the year to the calendar to check it.',
      'The finding points at the centre\'s record, with the work plan\'s period as a related location; its period is the quarter\'s label.',
    ].join('\n\n'),
    examples: {
      pass: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\nwork_plans:\n  - { id: plan-2026, org: tur-bdo, period: { from: 2026-01-01, to: 2026-06-30 } }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-03-31 }   # Q1\n  - { id: odd-q2, organizer: tur-bdo, date: 2026-04-01 }   # Q2\n',
      fail: 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\nwork_plans:\n  - { id: plan-2026, org: tur-bdo, period: { from: 2026-01-01, to: 2026-06-30 } }\nopen_door_days:\n  - { id: odd-q1, organizer: tur-bdo, date: 2026-02-12 }\n  - { id: odd-q2, organizer: tur-bdo, date: 2026-05-14, status: cancelled }   # 2026-Q2 has none\n',
    },
  },
  check(ctx) {
    const { data, view, scope, params } = ctx;
    const years = ctx.calendar.schoolYears;
    for (const center of view.centers) {
      const { dates, plans } = centrePlanQuarters(data, center.id, scope.from, years, params.quarters);
      const reported = new Set<string>();
      for (const { plan, period, academic, quarters } of plans) {
        const related = [{ at: plan, path: ['period'], note: `${plan.id}: ${plan.period.from} – ${plan.period.to}` }];
        const reading = params.quarters === 'plan' ? (academic ? READING.planAcademic : READING.planCalendar) : READING[params.quarters];
        for (const q of quarters) {
          if (reported.has(q.label) || anyDateIn(dates, q)) continue;
          reported.add(q.label);
          ctx.report({
            messageId: 'noEvent',
            subject: center.id,
            period: q.label,
            at: center,
            data: { org: center.name, quarter: q.name, per: q.per, from: q.from, to: q.to, plan: plan.id, planFrom: plan.period.from, planTo: plan.period.to, reading },
            related,
          });
        }
        if (!academic) continue;
        for (const u of unknownSchoolYears(years, period)) {
          if (reported.has(u.name)) continue;
          reported.add(u.name);
          ctx.report({
            messageId: 'unknownYear',
            subject: center.id,
            period: u.name,
            at: center,
            data: { year: u.name.replace('-', '–'), plan: plan.id, from: u.from, to: u.to },
            related,
          });
        }
      }
    }
  },
  // What falls due under this rule (ereje agenda).
  obligations: quarterlyObligations,
});
