/**
 * What falls due under the open-door-day rules (`ereje agenda`): each function is the
 * `obligations` of one rule, on the same view, parameters and scope as its `check`, and lists
 * what is still open on the as-of day — left undone past `due`, it is that rule's finding.
 */
import { addDays } from '../../src/core/dates.js';
import { fmt, type Localized } from '../../src/core/i18n.js';
import type { ObligationContext, ObligationInput } from '../../src/engine/rule.js';
import type { OpenDoorDay } from '../../src/schema/collections.js';
import type { OddView } from './_view.js';
import { anyDateIn, centrePlanQuarters } from './_quarters.js';

type Ctx<P = Record<string, unknown>> = ObligationContext<OddView, P>;

function localized(t: Localized, data: Record<string, unknown>): Localized {
  return { kk: fmt(t.kk, data, 'kk'), ru: fmt(t.ru, data, 'ru'), en: fmt(t.en, data, 'en') };
}

/** Whoever heads the organizer on the day (an acting head included), else the day's lead. */
function responsibleFor(ctx: Ctx, e: OpenDoorDay): string | null {
  return ctx.data.headOn(e.organizer, e.date)?.staff ?? e.lead ?? null;
}

const HOLD: Localized = {
  kk: '{org}: {quarter} ашық есік күнін өткізу (тоқсанына кемінде бір рет)',
  ru: '{org}: провести день открытых дверей {quarter} (не реже одного раза в квартал)',
  en: '{org}: hold an open door day {quarter} (at least once per quarter)',
};

/** open-door-day/quarterly-frequency: each quarter of a centre's work plan with no day yet, due on its last day. */
export function quarterlyObligations(ctx: Ctx<{ quarters: 'plan' | 'calendar' | 'academic' }>): ObligationInput[] {
  const { data, view, scope, params } = ctx;
  const out: ObligationInput[] = [];
  for (const center of view.centers) {
    // The same days, plans and reading of «тоқсан» as the rule's check.
    const { dates, plans } = centrePlanQuarters(data, center.id, scope.from, ctx.calendar.schoolYears, params.quarters);
    const seen = new Set<string>();
    for (const { quarters } of plans) {
      for (const q of quarters) {
        if (seen.has(q.label) || anyDateIn(dates, q)) continue;
        seen.add(q.label);
        out.push({
          subject: center.id,
          period: q.label,
          due: q.to,
          title: localized(HOLD, { org: center.name, quarter: q.name }),
          at: center,
          org: center.id,
          responsible: data.headOn(center.id, q.to)?.staff ?? null,
        });
      }
    }
  }
  return out;
}

const REQUESTS_CLOSE: Localized = {
  kk: '{event} ({date}) ашық есік күніне өтінімдер қабылдау аяқталады: іс-шараға дейін кемінде {lead} күн бұрын',
  ru: 'Закрывается приём заявок на день открытых дверей {event} ({date}): не позднее чем за {lead} дн. до него',
  en: 'Requests for open door day {event} ({date}) close: at least {lead} days before it',
};

/** open-door-day/request-lead-time: requests for a day still to come close `lead_days` before it. */
export function requestLeadObligations(ctx: Ctx<{ lead_days: number }>): ObligationInput[] {
  const lead = ctx.params.lead_days;
  const out: ObligationInput[] = [];
  for (const e of ctx.view.events) {
    if (e.status === 'held' || e.basis === 'work-plan') continue;
    const due = addDays(e.date, -lead);
    if (due < ctx.asOf) continue; // closed already: nothing left to do
    out.push({
      subject: e.id,
      kind: 'requests-close',
      due,
      title: localized(REQUESTS_CLOSE, { event: e.id, date: e.date, lead }),
      at: e,
      path: ['date'],
      org: e.organizer,
      responsible: responsibleFor(ctx, e),
    });
  }
  return out;
}

const PUBLISH: Localized = {
  kk: '{event} ({date}) ашық есік күнінің бағдарламасын қатысушылар мен қонақтарға жариялау',
  ru: 'Опубликовать программу дня открытых дверей {event} ({date}) для участников и гостей',
  en: 'Publish the programme of open door day {event} ({date}) to participants and guests',
};

/** open-door-day/agenda-published: a day on the work plan needs its programme published by the day. */
export function agendaObligations(ctx: Ctx): ObligationInput[] {
  const out: ObligationInput[] = [];
  for (const e of ctx.view.events) {
    if (e.basis !== 'work-plan' || e.agenda_published) continue;
    out.push({ subject: e.id, due: e.date, title: localized(PUBLISH, { event: e.id, date: e.date }), at: e, path: ['basis'], org: e.organizer, responsible: responsibleFor(ctx, e) });
  }
  return out;
}

const ORDER: Localized = {
  kk: '{event} ({date}) ашық есік күнін өткізу туралы басшының бұйрығына қол қою',
  ru: 'Подписать приказ руководителя о проведении дня открытых дверей {event} ({date})',
  en: 'Sign the head\'s order on open door day {event} ({date})',
};

/** open-door-day/director-order: a day with no order of its own needs one, signed by the day. */
export function directorOrderObligations(ctx: Ctx): ObligationInput[] {
  const out: ObligationInput[] = [];
  for (const e of ctx.view.events) {
    if (e.order) continue; // named: the rule checks the order itself
    if (ctx.data.ordersRegulating(e.id).some((o) => o.type === 'open-door-day')) continue;
    out.push({ subject: e.id, due: e.date, title: localized(ORDER, { event: e.id, date: e.date }), at: e, path: ['order'], org: e.organizer, responsible: ctx.data.headOn(e.organizer, e.date)?.staff ?? null });
  }
  return out;
}

const RECOMMEND: Localized = {
  kk: '{event} ({date}) ашық есік күнінің қорытындысы бойынша ұсынымдарды білім беру ұйымдарына жіберу',
  ru: 'Направить рекомендации по итогам дня открытых дверей {event} ({date}) в организации образования',
  en: 'Send the recommendations of open door day {event} ({date}) to the schools',
};
const COUNCIL: Localized = {
  kk: '{event} ({date}) ашық есік күнінің нәтижелерін директор жанындағы кеңесте талқылау (3.8)',
  ru: 'Обсудить итоги дня открытых дверей {event} ({date}) на совещании при директоре (п. 3.8)',
  en: 'Discuss the results of open door day {event} ({date}) at the council under the director (3.8)',
};

function afterTheDay(ctx: Ctx, field: 'recommendations_sent' | 'council_discussed', days: number, title: Localized): ObligationInput[] {
  const out: ObligationInput[] = [];
  for (const e of ctx.view.events) {
    if (e.outcome?.[field]) continue;
    out.push({
      subject: e.id,
      due: addDays(e.date, days),
      title: localized(title, { event: e.id, date: e.date }),
      at: e,
      path: e.outcome ? ['outcome'] : ['status'],
      org: e.organizer,
      responsible: responsibleFor(ctx, e),
    });
  }
  return out;
}

/** open-door-day/recommendations-sent: after the day, within the settings' recommendations_days. */
export function recommendationsObligations(ctx: Ctx): ObligationInput[] {
  return afterTheDay(ctx, 'recommendations_sent', ctx.days.recommendations, RECOMMEND);
}

/** open-door-day/council-review: after the day, within the settings' council_days. */
export function councilObligations(ctx: Ctx): ObligationInput[] {
  return afterTheDay(ctx, 'council_discussed', ctx.days.council, COUNCIL);
}
