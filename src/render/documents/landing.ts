/**
 * The methodological landing (Karaganda regulation, B): the order approving its composition
 * (5.2) and its reference, the анықтама with recommendations (1.6, 4.2.7).
 */
import { addDays } from '../../core/dates.js';
import type { Dataset } from '../../model/dataset.js';
import type { Landing, Order } from '../../schema/collections.js';
import { dateValue } from '../dates.js';
import { DIRECTION, EVENT_STATUS, LANDING_FORM, joinList, lcFirst, ruAccusativeAdjective, type DocLang } from '../grammar.js';
import { dateOrNull, item, numbered, orgById, periodOrNull, personById, txt, uniquePeople, type PersonValue } from '../values.js';
import { authorOf, missing, once, orderFrame, orderPeople, regulationValue, requireRecord, withAppendix } from './common.js';
import type { LangPart, Prepared, PrepareEnv } from './types.js';

export function landingOfOrder(o: Order, data: Dataset): Landing | undefined {
  for (const id of [o.subject, ...(o.subjects ?? [])]) {
    const bySubject = data.get('landings', id);
    if (bySubject) return bySubject;
  }
  return once(data, 'landingByOrder', () => {
    const m = new Map<string, Landing>();
    for (const l of data.landings) if (l.order && !m.has(l.order)) m.set(l.order, l);
    return m;
  }).get(o.id);
}

function people(ids: readonly string[] | undefined, data: Dataset, lang: DocLang): PersonValue[] {
  return (ids ?? []).map((id) => personById(id, data, lang)).filter((p): p is PersonValue => !!p);
}

export function landingValues(l: Landing, env: PrepareEnv, lang: DocLang) {
  const { data, theme } = env;
  const target = orgById(l.target, data, lang, true);
  const organizer = orgById(l.organizer, data, lang, true);
  const members = numbered(people(l.members, data, lang));
  const forms = (l.forms ?? []).map((f) => LANDING_FORM[f][lang]);
  const directions = (l.directions ?? []).map((d) => DIRECTION[d][lang]);
  const request = data.get('requests', l.request);
  const ref = l.reference;
  // Findings grouped by direction, in the order of the landing's directions; the rest under "general".
  const groups = new Map<string, { direction: string; findings: string[] }>();
  for (const d of l.directions ?? []) groups.set(d, { direction: DIRECTION[d][lang], findings: [] });
  const general: string[] = [];
  for (const f of ref?.findings ?? []) {
    if (typeof f === 'object' && f !== null && 'direction' in f && 'text' in f) {
      const d = f.direction;
      if (!groups.has(d)) groups.set(d, { direction: DIRECTION[d][lang], findings: [] });
      groups.get(d)!.findings.push(item(f.text, lang));
    } else general.push(item(f as Parameters<typeof item>[0], lang));
  }
  const requestOrg = request ? orgById(request.org, data, lang, false) : null;
  return {
    id: l.id,
    topic: txt(l.topic, lang),
    status: EVENT_STATUS[l.status ?? 'planned'][lang],
    held: l.status === 'held',
    organizer,
    target,
    initiator: l.initiator ? { person: personById(l.initiator.staff, data, lang), name: personById(l.initiator.staff, data, lang)?.text ?? txt(l.initiator.name, lang) } : null,
    dates: periodOrNull(l.dates, lang)!,
    members,
    members_text: joinList(members.map((m) => m.text), lang),
    forms,
    forms_text: joinList(forms, lang),
    /** as the object of «определить»: ru «консультативную, диагностическую и методическую»; kk = forms_text */
    forms_acc: lang === 'ru' ? ruAccusativeAdjective(joinList(forms, lang)) : joinList(forms, lang),
    directions,
    directions_text: joinList(directions.map((d) => lcFirst(d)), lang),
    review_period: periodOrNull(l.review_period, lang),
    requested_documents: numbered(
      (l.requested_documents ?? []).map((d) => ({ title: txt(d.title, lang), direction: DIRECTION[d.direction][lang], period: periodOrNull(d.period, lang) })),
    ),
    request: request
      ? {
          id: request.id,
          date: dateValue(request.submitted, lang),
          from: requestOrg?.text ?? txt(request.from, lang),
          /** whose request: kk «… КММ-нің», ru the name (after «заявки») */
          from_of: requestOrg?.of ?? txt(request.from, lang),
          topic: txt(request.topic, lang),
        }
      : null,
    /** the reference's due date (4.2.7): its issue date when known, else the end + render.reference_days */
    reference_due: dateValue(ref?.issued ?? addDays(l.dates.to, theme.referenceDays), lang),
    reference: {
      issued: dateOrNull(ref?.issued, lang),
      by_direction: [...groups.values()].filter((g) => g.findings.length),
      general_findings: general,
      findings_count: (ref?.findings ?? []).length,
      recommendations: (ref?.recommendations ?? []).map((r) => item(r, lang)).filter(Boolean),
      signers: people(ref?.signed_by, data, lang),
    },
  };
}

export function prepareLandingOrder(env: PrepareEnv, o: Order): Prepared {
  const { data } = env;
  const l = landingOfOrder(o, data);
  if (!l) throw missing(o.id, { kk: 'бұйрықта десант көрсетілмеген (subject) және ешбір десант бұл бұйрыққа сілтемейді (order)', ru: 'в приказе не указан десант (subject), и ни один десант не ссылается на него (order)', en: 'the order names no landing (subject) and no landing names it (order)' });
  return {
    template: 'order-landing-composition',
    fileBase: o.id,
    created: o.date,
    guard: [o.id, l.id],
    build(lang): LangPart {
      const frame = orderFrame(o, data, lang, lang === 'kk' ? 'Әдістемелік десанттың құрамын бекіту туралы' : 'Об утверждении состава методического десанта');
      const title = frame.order.title;
      const landing = landingValues(l, env, lang);
      // The composition is the order's own list when it has one (5.2), else the landing's.
      const members = o.members?.length ? numbered(people(o.members, data, lang)) : landing.members;
      const acquainted = uniquePeople([...members, ...orderPeople(frame)], [frame.order.signer?.id]);
      return {
        context: { ...withAppendix(frame, o, members.length, env.theme.appendixRows), regulation: regulationValue(env.registry, 'landing', lang), landing: { ...landing, members }, acquainted },
        meta: {
          title: lang === 'kk' ? `№ ${o.number} бұйрық: ${title}` : `Приказ № ${o.number}: ${title}`,
          subject: landing.target?.text ?? landing.topic,
          author: authorOf(frame.issuer, lang),
          keywords: `${o.id}, ${l.id}`,
        },
      };
    },
  };
}

export function prepareReference(env: PrepareEnv, id: string): Prepared {
  const { data } = env;
  const l = requireRecord(data, 'landings', id);
  return {
    template: 'report-reference',
    fileBase: `reference-${l.id}`,
    created: l.reference?.issued ?? l.dates.to,
    guard: [l.id],
    build(lang): LangPart {
      const landing = landingValues(l, env, lang);
      const order = data.order(l.order);
      const orderValue = order ? { number: String(order.number), date: dateValue(order.date, lang) } : null;
      const signers = landing.reference.signers.length ? landing.reference.signers : landing.members;
      const title = lang === 'kk' ? 'Әдістемелік десанттың қорытындысы бойынша анықтама' : 'Справка по итогам методического десанта';
      return {
        context: { landing, order: orderValue, signers, regulation: regulationValue(env.registry, 'landing', lang), document_date: dateValue(this.created, lang) },
        meta: { title, subject: landing.target?.text ?? landing.topic, author: authorOf(landing.organizer, lang), keywords: l.id },
      };
    },
  };
}
