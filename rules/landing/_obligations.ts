/**
 * What falls due under the landing rules (`ereje agenda`): each function is the `obligations`
 * of one rule, on the same view and scope as its `check` — left undone past `due`, it is that
 * rule's finding.
 */
import { fmt, type Localized } from '../../src/core/i18n.js';
import type { ObligationContext, ObligationInput } from '../../src/engine/rule.js';
import type { Landing } from '../../src/schema/collections.js';
import { compositionOrder, orgLabel, type LandingView } from './_view.js';

type Ctx = ObligationContext<LandingView, Record<string, unknown>>;

function localized(t: Localized, data: Record<string, unknown>): Localized {
  return { kk: fmt(t.kk, data, 'kk'), ru: fmt(t.ru, data, 'ru'), en: fmt(t.en, data, 'en') };
}

/** Whoever heads the organizer when the landing starts (an acting head included). */
function headOf(ctx: Ctx, l: Landing): string | null {
  return ctx.data.headOn(l.organizer, l.dates.from)?.staff ?? null;
}

const ORDER: Localized = {
  kk: '{landing} әдістемелік десантының құрамы туралы бұйрыққа қол қою (десант {start} басталады)',
  ru: 'Подписать приказ о составе методического десанта {landing} (начало {start})',
  en: 'Sign the order on the composition of landing {landing} (it starts on {start})',
};

/** landing/composition-order: a landing with no composition order needs one by its first day. */
export function compositionOrderObligations(ctx: Ctx): ObligationInput[] {
  const out: ObligationInput[] = [];
  for (const l of ctx.view.landings) {
    if (compositionOrder(ctx.data, l)) continue; // there is one: the rule checks it
    out.push({ subject: l.id, due: l.dates.from, title: localized(ORDER, { landing: l.id, start: l.dates.from }), at: l, path: ['order'], org: l.organizer, responsible: headOf(ctx, l) });
  }
  return out;
}

const REQUEST: Localized = {
  kk: '{landing} әдістемелік десантына {target} өтінімін алу (бұйрыққа дейін, ең кеші {deadline})',
  ru: 'Получить заявку {target} на методический десант {landing} (до приказа, не позднее {deadline})',
  en: 'Get the request of {target} for landing {landing} (before the order, by {deadline})',
};

/** landing/request-basis: the target school's request, on or before the order (or the start). */
export function requestBasisObligations(ctx: Ctx): ObligationInput[] {
  const { data } = ctx;
  const out: ObligationInput[] = [];
  for (const l of ctx.view.landings) {
    const named = data.get('requests', l.request);
    const candidates = [...(named ? [named] : []), ...data.requestsFor(l.id).filter((r) => r !== named)];
    if (candidates.length) continue; // a request is recorded: the rule checks it
    const chosen = compositionOrder(data, l)?.order;
    const deadline = chosen && chosen.type === 'landing-composition' ? chosen.date : l.dates.from;
    out.push({ subject: l.id, due: deadline, title: localized(REQUEST, { landing: l.id, target: orgLabel(data, l.target), deadline }), at: l, path: ['request'], org: l.organizer, responsible: headOf(ctx, l) });
  }
  return out;
}

const REFERENCE: Localized = {
  kk: '{landing} әдістемелік десантының қорытындысы бойынша ұсынымдар мен талдауы бар анықтама беру',
  ru: 'Выдать справку по итогам методического десанта {landing} с рекомендациями и анализом результатов',
  en: 'Issue the reference (анықтама) on landing {landing}, with its recommendations and analysis',
};

/** landing/reference-issued: a reference with recommendations and the analysis, due on the landing's last day (the rule reports from the day after). */
export function referenceObligations(ctx: Ctx): ObligationInput[] {
  const out: ObligationInput[] = [];
  for (const l of ctx.view.landings) {
    const ref = l.reference;
    if (ref?.issued && ref.recommendations?.length && ref.findings?.length) continue;
    out.push({ subject: l.id, due: l.dates.to, title: localized(REFERENCE, { landing: l.id }), at: l, path: ['reference'], org: l.organizer, responsible: headOf(ctx, l) });
  }
  return out;
}
