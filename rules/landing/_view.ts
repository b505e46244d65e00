/**
 * Shared pieces of the landing module: its view, the typed rule factory, and the lookups
 * several rules need (the composition order, labels for people and organizations).
 * Everything goes through Dataset's id map and indexes: no scan of a collection per landing.
 */
import { ruleFor } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Landing, Order, Staff, TextValue } from '../../src/schema/collections.js';
import { pickText } from '../../src/core/i18n.js';

export interface LandingView {
  /** Landings under the regulation: organizer in its regions, starting on/after its date, not cancelled. */
  landings: Landing[];
}

export const rule = ruleFor<LandingView>();

/** A value that messages print in the reader's language (kk, ru; en falls back to kk). */
export interface Label { kk: string; ru: string; en?: string }

function text(t: TextValue | undefined, lang: 'kk' | 'ru'): string {
  return pickText(t, lang).trim();
}

/** "Name (id)" of a staff member, or the bare id when it names no staff. */
export function personLabel(data: Dataset, id: string | null | undefined): Label | string {
  if (!id) return '—';
  const p = data.person(id);
  if (!p) return id;
  return labelOf(p.name, id);
}

/** "Name (id)" of an organization, or the bare id. */
export function orgLabel(data: Dataset, id: string | null | undefined): Label | string {
  if (!id) return '—';
  const o = data.org(id);
  if (!o) return id;
  return labelOf(o.name, id);
}

function labelOf(name: TextValue, id: string): Label {
  const kk = text(name, 'kk'), ru = text(name, 'ru');
  return { kk: kk ? `${kk} (${id})` : id, ru: ru ? `${ru} (${id})` : id };
}

/** A human text as a message value (its kk and ru forms). */
export function textValue(t: TextValue | undefined): Label {
  return { kk: text(t, 'kk'), ru: text(t, 'ru') };
}

export const POSITION: Record<Staff['position'], Label> = {
  director: { kk: 'басшы (директор)', ru: 'руководитель (директор)', en: 'director' },
  'deputy-director': { kk: 'басшының орынбасары', ru: 'заместитель руководителя', en: 'deputy director' },
  'head-of-department': { kk: 'бөлім басшысы', ru: 'руководитель отдела', en: 'head of department' },
  methodologist: { kk: 'әдіскер', ru: 'методист', en: 'methodologist' },
  teacher: { kk: 'мұғалім', ru: 'учитель', en: 'teacher' },
  trainer: { kk: 'тренер', ru: 'тренер', en: 'trainer' },
  other: { kk: 'басқа лауазым', ru: 'иная должность', en: 'other position' },
};

export interface OrderChoice {
  order: Order;
  /** Where it was found: the landing's `order` field, or an order whose subject is the landing. */
  via: 'landing.order' | 'subject';
}

/**
 * The composition order of a landing (5.2): the order named by `landing.order` when it
 * resolves; otherwise an order of type landing-composition whose subject is the landing
 * (the latest one dated on or before the start, else the earliest one).
 */
export function compositionOrder(data: Dataset, l: Landing): OrderChoice | undefined {
  const named = data.order(l.order);
  if (named) return { order: named, via: 'landing.order' };
  const about = data.ordersRegulating(l.id).filter((o) => o.type === 'landing-composition');
  if (about.length === 0) return undefined;
  let best: Order | undefined;
  for (const o of about) if (o.date <= l.dates.from && (!best || o.date > best.date)) best = o;
  if (!best) for (const o of about) if (!best || o.date < best.date) best = o;
  return { order: best!, via: 'subject' };
}

export type Direction = NonNullable<Landing['directions']>[number];

/** The six directions of 3.2, as messages name them. */
export const DIRECTION: Record<Direction, Label> = {
  documents: { kk: 'нормативтік құжаттар мен құжаттама', ru: 'нормативные документы и документация', en: 'normative documents and record-keeping (documents)' },
  'teaching-quality': { kk: 'оқу үдерісінің сапасы', ru: 'качество учебного процесса', en: 'quality of teaching (teaching-quality)' },
  'knowledge-gaps': { kk: 'білімдегі олқылықтардың орнын толтыру және үлгерімі төмен білім алушылармен жұмыс', ru: 'восполнение пробелов в знаниях и работа с неуспевающими', en: 'knowledge gaps and low achievers (knowledge-gaps)' },
  research: { kk: 'оқу-зерттеу қызметі', ru: 'учебно-исследовательская деятельность', en: 'research activity (research)' },
  'teacher-mastery': { kk: 'мұғалімнің шеберлігі мен әдістемелік даярлығы', ru: 'мастерство и методическая готовность учителя', en: 'teachers\' mastery and methodological readiness (teacher-mastery)' },
  upbringing: { kk: 'тәрбие үдерісі және іс-шаралар', ru: 'воспитательный процесс и мероприятия', en: 'upbringing process and events (upbringing)' },
};

