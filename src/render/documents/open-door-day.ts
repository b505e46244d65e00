/**
 * The open door day (Turkistan regulation, A): the director's order that organises it (1.6)
 * and the results for the director's council (3.7, 3.8, 4.4).
 */
import { addDays } from '../../core/dates.js';
import { UsageError, addErrorMessages } from '../../core/errors.js';

addErrorMessages({
  'render-odd-cancelled': {
    kk: '«{id}» ашық есік күні тоқтатылған (status: cancelled): қорытындысы туралы ақпарат жасалмайды',
    ru: 'День открытых дверей «{id}» отменён (status: cancelled): информация об итогах не формируется',
    en: 'The open door day "{id}" was cancelled (status: cancelled): there are no results to report',
  },
  'render-odd-not-held': {
    kk: '«{id}» ашық есік күні әлі өткізілмеген (status: {status}): қорытындысы өткізілгеннен кейін (status: held) жасалады',
    ru: 'День открытых дверей «{id}» ещё не проведён (status: {status}): информация об итогах формируется после проведения (status: held)',
    en: 'The open door day "{id}" is not held yet (status: {status}): its results are reported once it is (status: held)',
  },
});
import type { Dataset } from '../../model/dataset.js';
import type { OpenDoorDay, Order } from '../../schema/collections.js';
import { dateValue } from '../dates.js';
import { ACTIVITY, ADVERTISING, ADVERTISING_WHERE, EVENT_STATUS, SPEAKER, joinList, nameParts, ruCabinetsWith, type DocLang } from '../grammar.js';
import { dateOrNull, item, nameText, numbered, orgById, personById, txt, uniquePeople, type PersonValue } from '../values.js';
import { authorOf, missing, once, orderFrame, orderPeople, regulationValue, requireRecord, withAppendix } from './common.js';
import type { LangPart, Prepared, PrepareEnv } from './types.js';

/** The event an order is about: its subject, else the event that names the order. */
export function eventOfOrder(o: Order, data: Dataset): OpenDoorDay | undefined {
  for (const id of [o.subject, ...(o.subjects ?? [])]) {
    const bySubject = data.get('open_door_days', id);
    if (bySubject) return bySubject;
  }
  const byOrder = once(data, 'oddByOrder', () => {
    const m = new Map<string, OpenDoorDay>();
    for (const e of data.open_door_days) if (e.order && !m.has(e.order)) m.set(e.order, e);
    return m;
  });
  return byOrder.get(o.id);
}

/** Everything a template may say about an open door day. */
export function eventValues(e: OpenDoorDay, env: PrepareEnv, lang: DocLang) {
  const { data, theme } = env;
  const organizer = orgById(e.organizer, data, lang);
  const lead = personById(e.lead, data, lang);
  const districtEvents = (e.district_events ?? []).map((d) => {
    const org = orgById(d.org, data, lang, false);
    return { org, name: org?.text ?? d.org, date: dateValue(d.date, lang), same_day: d.date === e.date, text: org?.text ?? d.org };
  });
  const activities = numbered(
    [...(e.activities ?? [])]
      .sort((a, b) => (a.time ?? '99:99').localeCompare(b.time ?? '99:99'))
      .map((a) => {
        const type = ACTIVITY[a.type][lang];
        const title = txt(a.title, lang);
        return { time: a.time ?? '', type, title, text: title ? `${type}: ${title}` : type };
      }),
  );
  const speakers = numbered(
    (e.speakers ?? []).map((s) => {
      const person = personById(s.staff, data, lang);
      const given = nameParts(nameText(s.name, lang));
      const name = person?.short ?? (given.initials ? `${given.surname} ${given.initials}` : given.full);
      const category = SPEAKER[s.category][lang];
      const topic = txt(s.topic, lang);
      const position = person ? `${person.position_lc}` : category;
      return {
        person,
        name,
        category,
        position,
        topic,
        consent: dateOrNull(s.consent, lang),
        text: `${name} — ${category}${topic ? `, «${topic}»` : ''}`,
      };
    }),
  );
  const participants = (e.participants ?? []).map((id) => personById(id, data, lang)).filter((p): p is PersonValue => !!p);
  const advertising = (e.advertising ?? []).map((a) => ADVERTISING[a][lang]);
  const recSent = e.outcome?.recommendations_sent;
  const council = e.outcome?.council_discussed;
  const requests = data.requestsFor(e.id);
  return {
    id: e.id,
    date: dateValue(e.date, lang),
    topic: txt(e.topic, lang),
    status: EVENT_STATUS[e.status ?? 'planned'][lang],
    held: e.status === 'held',
    basis: e.basis ?? '',
    organizer,
    lead,
    district_events: districtEvents,
    district_cabinets: joinList(districtEvents.map((d) => d.name), lang),
    /** ru: «с методическими кабинетами отделов … Сарыагашского района и …» (instrumental, common words once); kk = district_cabinets */
    district_cabinets_with: lang === 'ru' ? ruCabinetsWith(districtEvents.map((d) => d.name)) : joinList(districtEvents.map((d) => d.name), lang),
    /** ru: «в методических кабинетах отделов … Сарыагашского района и …»; kk = district_cabinets */
    district_cabinets_in: lang === 'ru' ? ruCabinetsWith(districtEvents.map((d) => d.name), 'in') : joinList(districtEvents.map((d) => d.name), lang),
    activities,
    speakers,
    participants,
    participants_count: participants.length,
    staff_count: organizer ? data.staffOf(organizer.id).filter((s) => s.status === 'active').length : 0,
    advertising,
    advertising_text: joinList(advertising, lang),
    /** where it is published: «на сайте центра, на страницах центра в социальных сетях и в …» */
    advertising_where: joinList((e.advertising ?? []).map((a) => ADVERTISING_WHERE[a][lang]), lang),
    agenda_published: dateOrNull(e.agenda_published, lang),
    registered: e.registered ?? null,
    requests_count: requests.length,
    recommendations: (e.outcome?.recommendations ?? []).map((r) => item(r, lang)).filter(Boolean),
    recommendations_sent: dateOrNull(recSent, lang),
    council_discussed: dateOrNull(council, lang),
    /** the date the order sets for the recommendations (3.7): the data's, else event + render.recommendations_days */
    recommendations_due: dateValue(recSent ?? addDays(e.date, theme.recommendationsDays), lang),
    /** the council date the order sets (3.8): the data's, else event + render.council_days */
    council_date: dateValue(council ?? addDays(e.date, theme.councilDays), lang),
  };
}

export function prepareOpenDoorDayOrder(env: PrepareEnv, o: Order): Prepared {
  const { data } = env;
  const e = eventOfOrder(o, data);
  if (!e) throw missing(o.id, { kk: 'бұйрықта ашық есік күні көрсетілмеген (subject) және ешбір ашық есік күні бұл бұйрыққа сілтемейді (order)', ru: 'в приказе не указан день открытых дверей (subject), и ни один день открытых дверей не ссылается на него (order)', en: 'the order names no open door day (subject) and no open door day names it (order)' });
  return {
    template: 'order-open-door-day',
    fileBase: o.id,
    created: o.date,
    guard: [o.id, e.id],
    build(lang): LangPart {
      const frame = orderFrame(o, data, lang, lang === 'kk' ? 'Әдістемелік ашық есік күнін ұйымдастыру және өткізу туралы' : 'Об организации и проведении методического дня открытых дверей');
      const title = frame.order.title;
      const event = eventValues(e, env, lang);
      const signerId = frame.order.signer?.id;
      const leadIsSigner = !!event.lead && event.lead.id === signerId;
      // Everyone the order concerns signs that they have read it: the issuer's staff on the
      // order's date (all take part, 3.2), the lead and the speakers it names.
      const staff = data.staffOn(o.issuer, o.date).map((s) => personById(s.id, data, lang));
      const acquainted = uniquePeople([event.lead, ...event.speakers.map((s) => s.person), ...orderPeople(frame), ...staff], [signerId]);
      return {
        context: { ...withAppendix(frame, o, event.activities.length, env.theme.appendixRows), regulation: regulationValue(env.registry, 'open-door-day', lang), event: { ...event, lead_is_signer: leadIsSigner }, acquainted },
        meta: {
          title: lang === 'kk' ? `№ ${o.number} бұйрық: ${title}` : `Приказ № ${o.number}: ${title}`,
          subject: event.topic || title,
          author: authorOf(frame.issuer, lang),
          keywords: `${o.id}, ${e.id}`,
        },
      };
    },
  };
}

export function prepareOpenDoorDayReport(env: PrepareEnv, id: string): Prepared {
  const { data } = env;
  const e = requireRecord(data, 'open_door_days', id);
  // A results report says the day was held: for a cancelled or not yet held one there is nothing to report.
  if (e.status !== 'held') throw new UsageError(e.status === 'cancelled' ? 'render-odd-cancelled' : 'render-odd-not-held', { id, status: e.status ?? 'planned' });
  return {
    template: 'report-open-door-day',
    fileBase: `open-door-day-${e.id}`,
    created: e.outcome?.council_discussed ?? e.outcome?.recommendations_sent ?? e.date,
    guard: [e.id],
    build(lang): LangPart {
      const event = eventValues(e, env, lang);
      const organizer = event.organizer;
      const signer = organizer?.director ?? event.lead;
      const title = lang === 'kk' ? 'Әдістемелік ашық есік күнінің қорытындысы туралы ақпарат' : 'Информация об итогах методического дня открытых дверей';
      return {
        context: { event, organizer, signer, regulation: regulationValue(env.registry, 'open-door-day', lang), as_of: dateValue(env.asOf, lang), document_date: dateValue(this.created, lang) },
        meta: { title, subject: event.topic || title, author: authorOf(organizer, lang), keywords: e.id },
      };
    },
  };
}
