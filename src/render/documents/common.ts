/** Pieces every document shares: finding records, errors, the order's frame. */
import type { Localized } from '../../core/i18n.js';
import { addErrorMessages, UsageError } from '../../core/errors.js';
import { suggest } from '../../core/suggest.js';
import type { Dataset } from '../../model/dataset.js';
import type { CollectionName, Order, RecordTypes } from '../../schema/collections.js';
import { dateValue } from '../dates.js';
import type { DocLang } from '../grammar.js';
import { item, orgById, personById, txt, type OrgValue, type PersonValue } from '../values.js';
import { signerTitle } from '../titles.js';
import type { Registry } from '../../engine/registry.js';

addErrorMessages({
  'render-not-found': {
    kk: '«{id}» {what} деректерде жоқ{hint}',
    ru: '{what} «{id}» в данных нет{hint}',
    en: 'No {what} "{id}" in the data{hint}',
  },
  'render-invalid-record': {
    kk: '«{id}» жазбасында схема қателері бар, сондықтан құжат жасалмайды; алдымен ereje validate көрсеткенін түзетіңіз',
    ru: 'В записи «{id}» есть ошибки схемы, документ не формируется; сначала исправьте то, что показывает ereje validate',
    en: 'The record "{id}" has schema errors, so no document is made; fix what ereje validate shows first',
  },
  'render-order-type': {
    kk: '«{id}» бұйрығының түрі {type}: бұл түрдің үлгісі жоқ. Үлгілері бар түрлер: {types}',
    ru: 'Приказ «{id}» имеет тип {type}: для него нет шаблона. Шаблоны есть для типов: {types}',
    en: 'The order "{id}" is of type {type}, which has no template. Types with templates: {types}',
  },
  'render-missing': {
    kk: '«{id}» үшін құжат жасалмайды: {reason}',
    ru: 'Документ для «{id}» не формируется: {reason}',
    en: 'No document for "{id}": {reason}',
  },
});

/** What was not found: kk nominative, ru genitive («Приказа … нет»), en. */
export const WHAT: Record<CollectionName | 'network-or-region', { kk: string; ru: string; en: string }> = {
  organizations: { kk: 'ұйымы', ru: 'Организации', en: 'organization' },
  staff: { kk: 'қызметкері', ru: 'Сотрудника', en: 'staff member' },
  requests: { kk: 'өтінімі', ru: 'Заявки', en: 'request' },
  orders: { kk: 'бұйрығы', ru: 'Приказа', en: 'order' },
  work_plans: { kk: 'жұмыс жоспары', ru: 'Плана работы', en: 'work plan' },
  open_door_days: { kk: 'ашық есік күні', ru: 'Дня открытых дверей', en: 'open door day' },
  landings: { kk: 'әдістемелік десанты', ru: 'Методического десанта', en: 'landing' },
  networks: { kk: 'желісі', ru: 'Сети', en: 'network' },
  'network-or-region': { kk: 'желісі немесе өңірі', ru: 'Сети или региона', en: 'network or region' },
};

/** A valid record by id, or a clear error: unknown id (with a hint), or a record with schema errors. */
export function requireRecord<C extends CollectionName>(data: Dataset, c: C, id: string): RecordTypes[C] {
  const rec = data.get(c, id);
  if (rec) return rec;
  const entry = data.byId.get(id);
  if (entry && entry.collection === c && !entry.valid) throw new UsageError('render-invalid-record', { id });
  const known = data.collection(c).map((r) => (r as { id: string }).id);
  const s = suggest(id, known);
  const hint = s ? ` (${s}?)` : known.length && known.length <= 8 ? `: ${known.join(', ')}` : '';
  throw new UsageError('render-not-found', { what: WHAT[c], id, hint });
}

export function missing(id: string, reason: string | Localized): UsageError {
  return new UsageError('render-missing', { id, reason });
}

/** The frame of every order: issuer (both names for the bilingual header), date, number, city, signer. */
export interface OrderFrame {
  issuer: OrgValue;
  order: {
    id: string;
    number: string;
    date: ReturnType<typeof dateValue>;
    city: string;
    /** the title given in the data, else the document's usual title */
    title: string;
    signer: PersonValue;
    /** this order's own extra points (before the control point): `text`, `note` («Орындаушы: …, мерзімі — … дейін.») */
    points: { text: string; note: string; executor: PersonValue | null; deadline: ReturnType<typeof dateValue> | null }[];
    /** the programme or list goes to an appendix page */
    appendix: boolean;
    /** «2026 жылғы 28 қаңтардағы № 14-н бұйрыққа қосымша» / «Приложение к приказу от 28 января 2026 года № 14-н» */
    appendix_mark: string;
    /** approval visas: who agreed the draft */
    visas: PersonValue[];
    /** the executor mark: who prepared it */
    executor: PersonValue | null;
    /** the head's title in the issuer by its type («Директор», «Басшы», «Руководитель управления»…), acting «Директордың м.а.» / «И.о. директора»; else the signer's own position */
    signer_position: string;
  };
}

/** A regulation as documents cite it: `{{ regulation.of }} 5.2-тармағына`, `пунктом 5.2 {{ regulation.of }}`, `(пункт 3.1 {{ regulation.short }})`. */
export interface RegulationValue {
  /** nominative: kk «Облыстық әдістемелік десанттың қызметі туралы ереже», ru «Положение о …» */
  name: string;
  /** genitive: kk «… туралы ереженің», ru «Положения о …» */
  of: string;
  /** the short genitive of later references: kk «Ереженің», ru «Правил» / «Положения» */
  short: string;
}

/** The official name of a module's regulation (rules/<module>/module.ts `cite`: one source). */
export function regulationValue(registry: Registry, module: string, lang: DocLang): RegulationValue {
  const m = registry.modules.get(module);
  const c = m?.cite;
  if (!c) {
    const t = m ? (lang === 'kk' ? m.title.kk : m.title.ru) ?? '' : module;
    return { name: t, of: t, short: lang === 'kk' ? 'Ереженің' : 'Правил' };
  }
  return lang === 'kk' ? { name: c.kk, of: c.kk_of, short: 'Ереженің' } : { name: c.ru, of: c.ru_of, short: c.ru_short_of };
}

/** A person with every form empty (a signature line when the data names nobody). */
export function blankPerson(position: string): PersonValue {
  const e = '';
  return { id: e, text: e, short: e, sign: e, full: e, surname: e, initials: e, position, position_lc: position.toLowerCase(), position_of: position.toLowerCase(), dat: e, name_dat: e, acc: e, name_acc: e, org: e, status: e, phone: e };
}

/** `defaultTitle`: the template's title when the order has none in the data. */
export function orderFrame(o: Order, data: Dataset, lang: DocLang, defaultTitle: string): OrderFrame {
  const issuer = orgById(o.issuer, data, lang);
  if (!issuer) throw missing(o.id, { kk: `бұйрықты шығарған ұйым (issuer) ${o.issuer} деректерде жоқ`, ru: `организации, издавшей приказ (issuer), ${o.issuer} нет в данных`, en: `issuer ${o.issuer} is not in the data` });
  const signer = personById(o.signed_by, data, lang) ?? issuer.director ?? blankPerson('Директор');
  const signerPosition = signerTitle(o, data, lang, personById(o.signed_by, data, lang)?.position ?? null);
  const city = o.city ? txt(o.city, lang) : issuer.city.text;
  return {
    issuer,
    order: {
      id: o.id,
      number: String(o.number),
      date: dateValue(o.date, lang),
      city,
      title: txt(o.title, lang) || defaultTitle,
      signer,
      signer_position: signerPosition,
      points: (o.points ?? []).map((p) => {
        const executor = personById(p.executor, data, lang);
        const deadline = p.deadline ? dateValue(p.deadline, lang) : null;
        const parts: string[] = [];
        if (lang === 'kk') {
          if (executor) parts.push(`Орындаушы: ${executor.text}`);
          if (deadline) parts.push(`${executor ? 'мерзімі' : 'Мерзімі'} — ${deadline.dat} дейін`);
        } else {
          if (executor) parts.push(`Исполнитель: ${executor.text}`);
          if (deadline) parts.push(`${executor ? 'срок' : 'Срок'} — до ${deadline.text}`);
        }
        return { text: item(p.text, lang), note: parts.length ? `${parts.join(', ')}.` : '', executor, deadline };
      }),
      appendix: o.appendix === true,
      appendix_mark:
        lang === 'kk'
          ? `${dateValue(o.date, 'kk').text} № ${o.number} бұйрыққа қосымша`
          : `Приложение к приказу от ${dateValue(o.date, 'ru').text} № ${o.number}`,
      visas: (o.visas ?? []).map((id) => personById(id, data, lang)).filter((p): p is PersonValue => !!p),
      executor: personById(o.executor, data, lang),
    },
  };
}

/**
 * Whether the order's list (programme, composition, staff list, designation table) goes to an
 * appendix page: the order's own `appendix:` when it has one, else when the list has more than
 * `render.appendix_rows` entries (default 10: about a page of a table at 12 pt).
 */
export function listInAppendix(o: Order, entries: number, appendixRows: number): boolean {
  if (o.appendix !== undefined) return o.appendix;
  return entries > appendixRows;
}

/** The frame with the appendix decided by the list's length (see listInAppendix). */
export function withAppendix<F extends OrderFrame>(frame: F, o: Order, entries: number, appendixRows: number): F {
  return { ...frame, order: { ...frame.order, appendix: listInAppendix(o, entries, appendixRows) } };
}

/** The people an order's own content names: its points' executors and its executor (for the acquaintance list). */
export function orderPeople(frame: OrderFrame): PersonValue[] {
  return [...frame.order.points.map((p) => p.executor).filter((p): p is PersonValue => !!p)];
}

/** The organisation's name, as an author in the PDF's metadata. */
export function authorOf(org: OrgValue | null, lang: DocLang): string {
  if (!org) return '';
  return lang === 'kk' ? org.kk : org.ru;
}

/** An index built once per dataset (e.g. events by their order). */
const memo = new WeakMap<Dataset, Map<string, unknown>>();
export function once<T>(data: Dataset, key: string, build: () => T): T {
  let m = memo.get(data);
  if (!m) memo.set(data, (m = new Map()));
  if (!m.has(key)) m.set(key, build());
  return m.get(key) as T;
}
