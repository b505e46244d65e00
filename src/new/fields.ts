/**
 * What `ereje new KIND` asks, per kind: one field per question and per flag (`--for`,
 * `--submitted`, …), in the order asked. Each field knows its type (how it is typed, checked
 * and prompted), whether the format requires it, its choices drawn from the data, and its
 * default (today, the organizer's director, the next free id…).
 */
import type { Dataset } from '../model/dataset.js';
import { ENUMS, type CollectionName, type Organization, type Staff } from '../schema/collections.js';
import { pickText, type Lang, type Localized } from '../core/i18n.js';
import { addDays, addYears, daysInMonth, formatIso, parseIso, type IsoDate } from '../core/dates.js';

export const KINDS = ['open-door-day', 'request', 'landing', 'order', 'staff', 'plan'] as const;
export type Kind = (typeof KINDS)[number];

export const COLLECTION_OF: Record<Kind, CollectionName> = {
  'open-door-day': 'open_door_days',
  request: 'requests',
  landing: 'landings',
  order: 'orders',
  staff: 'staff',
  plan: 'work_plans',
};

export type FieldType = 'id' | 'date' | 'text' | 'string' | 'enum' | 'enums' | 'ref' | 'refs';

export interface Choice {
  value: string;
  name: string;
}

export interface Ctx {
  data: Dataset;
  today: IsoDate;
  lang: Lang;
  /** Answers so far, by field name. */
  answers: Record<string, unknown>;
  /** The answers of the round before (after a "no" to writing): the defaults of this one. */
  previous?: Record<string, unknown>;
}

export interface Field {
  /** The flag (`--signed-by`) and the answer's key. */
  name: string;
  /** Where the value goes in the record. */
  path: readonly string[];
  type: FieldType;
  required: boolean;
  label: Localized;
  /** enum / enums: the allowed words. */
  values?: readonly string[];
  /** ref / refs: the collections the id may name ('*' any). */
  collections?: readonly (CollectionName | '*')[];
  /** ref / refs: what to offer (the data's records that fit). */
  candidates?(c: Ctx): Choice[];
  default?(c: Ctx): unknown;
  /** A further check of a valid value against the answers so far: a message id, or null. */
  check?(value: unknown, c: Ctx): { id: string; data?: Record<string, unknown> } | null;
  /** Asked only when this holds. */
  when?(c: Ctx): boolean;
  /** The value as the record holds it, when that differs from the answer (plan entries from event ids). */
  toValue?(answer: unknown, c: Ctx): unknown;
}

// ---------------------------------------------------------------- choices from the data

const text = (t: unknown, lang: Lang) => pickText(t as string | { kk?: string; ru?: string } | undefined, lang);

function orgChoice(o: Organization, lang: Lang): Choice {
  return { value: o.id, name: `${o.id} — ${text(o.name, lang)} (${o.type}, ${o.region})` };
}
function staffChoice(s: Staff, lang: Lang): Choice {
  return { value: s.id, name: `${s.id} — ${text(s.name, lang)} (${s.position})` };
}

const CENTRE_TYPES = new Set(['center', 'cpm', 'cpm-branch', 'district-cabinet']);

/** Organisations, the likely ones first (centres for organizers, schools for targets). */
function orgs(c: Ctx, first: (o: Organization) => boolean): Choice[] {
  const a: Choice[] = [];
  const b: Choice[] = [];
  for (const o of c.data.organizations) (first(o) ? a : b).push(orgChoice(o, c.lang));
  return [...a, ...b];
}

function activeStaffOf(c: Ctx, orgId: unknown): Staff[] {
  return typeof orgId === 'string' ? c.data.staffOf(orgId).filter((s) => s.status !== 'dismissed') : [];
}

function directorOf(c: Ctx, orgId: unknown): string | undefined {
  if (typeof orgId !== 'string') return undefined;
  const d = c.data.org(orgId)?.director;
  if (d && c.data.person(d)) return d;
  return c.data.staffOf(orgId).find((s) => s.position === 'director' && s.status !== 'dismissed')?.id;
}

/** Who headed the order's issuer on the order's date, when the data says (heads in time). */
function headOnOrderDate(c: Ctx) {
  const { issuer, date } = c.answers;
  return typeof issuer === 'string' && typeof date === 'string' ? c.data.headOn(issuer, date) : undefined;
}

function firstCentre(c: Ctx): string | undefined {
  return c.data.organizations.find((o) => o.type === 'center')?.id ?? c.data.organizations[0]?.id;
}

/** The next free id after the last one of `ids` that ends in a number (req-2026-07 → req-2026-08). */
export function nextId(ids: readonly string[], taken: (id: string) => boolean, fallback: string): string {
  for (let i = ids.length - 1; i >= 0; i--) {
    const m = /^(.*?)(\d+)$/.exec(ids[i]);
    if (!m) continue;
    let n = Number(m[2]);
    for (let k = 0; k < 10_000; k++) {
      n++;
      const id = `${m[1]}${String(n).padStart(m[2].length, '0')}`;
      if (!taken(id)) return id;
    }
  }
  let n = 1;
  let id = fallback;
  while (taken(id)) id = `${fallback.replace(/-\d+$/, '')}-${String(++n).padStart(2, '0')}`;
  return id;
}

const YEAR_RE = /(?<![0-9])(19|20)\d\d(?![0-9])/;

/**
 * The default id of a new record: the next after the same owner's ids of the same year
 * (ord-tur-2027-003 → ord-tur-2027-004); else the owner's latest id with the year changed and
 * the number started again (ord-tur-uo-2019-45 for a 2027 order → ord-tur-uo-2027-01); else
 * `fallback`. `records` are the owner's records with their year, in file order.
 */
export function ownerYearId(records: readonly { id: string; year: string }[], yearWanted: string, taken: (id: string) => boolean, fallback: string): string {
  const sameYear = records.filter((r) => r.year === yearWanted).map((r) => r.id);
  if (sameYear.length) return nextId(sameYear, taken, fallback);
  for (let i = records.length - 1; i >= 0; i--) {
    const id = records[i].id;
    const m = /^(.*?)(\d+)$/.exec(id);
    if (!m || !YEAR_RE.test(m[1])) continue;
    const stem = m[1].replace(YEAR_RE, yearWanted);
    const first = `${stem}${'1'.padStart(m[2].length, '0')}`;
    return taken(first) ? nextId([first], taken, fallback) : first;
  }
  return nextId([], taken, fallback);
}

const year = (d: unknown, c: Ctx) => (typeof d === 'string' ? d.slice(0, 4) : c.today.slice(0, 4));
/** An owner's id as a prefix ("tur-bdo-"), or nothing. */
const short = (id: unknown) => (typeof id === 'string' && id ? `${id}-` : '');
const taken = (c: Ctx) => (id: string) => c.data.byId.has(id);

// ---------------------------------------------------------------- labels

const L = (kk: string, ru: string, en: string): Localized => ({ kk, ru, en });

const ID = L('Жазбаның id-і (латын әріптері, цифрлар, «-»)', 'id записи (латинские буквы, цифры, «-»)', 'Record id (latin letters, digits, "-")');

function idField(make: (c: Ctx) => string): Field {
  return { name: 'id', path: ['id'], type: 'id', required: true, label: ID, default: make };
}

// ---------------------------------------------------------------- the kinds

export const FIELDS: Record<Kind, Field[]> = {
  'open-door-day': [
    {
      name: 'organizer', path: ['organizer'], type: 'ref', required: true, collections: ['organizations'],
      label: L('Ұйымдастырушы орталық', 'Организатор (центр)', 'Organizer (the centre)'),
      candidates: (c) => orgs(c, (o) => CENTRE_TYPES.has(o.type)),
      default: firstCentre,
    },
    {
      name: 'date', path: ['date'], type: 'date', required: true,
      label: L('Өткізілетін күні (ЖЖЖЖ-АА-КК)', 'Дата проведения (ГГГГ-ММ-ДД)', 'Date (YYYY-MM-DD)'),
      default: (c) => c.today,
    },
    { name: 'topic', path: ['topic'], type: 'text', required: false, label: L('Тақырыбы', 'Тема', 'Topic') },
    {
      name: 'basis', path: ['basis'], type: 'enum', required: false, values: ENUMS.basis,
      label: L('Мазмұнының негізі (3.4): өтінімдер немесе жұмыс жоспары', 'Основа содержания (3.4): заявки или план работы', 'Content basis (3.4): requests or the work plan'),
    },
    {
      name: 'advertising', path: ['advertising'], type: 'enums', required: false, values: ENUMS.advertising,
      label: L('Жарнама арналары (3.3)', 'Где объявлено (3.3)', 'Advertised through (3.3)'),
    },
    {
      name: 'lead', path: ['lead'], type: 'ref', required: false, collections: ['staff'],
      label: L('Жетекшісі (1.7: орталық директоры)', 'Руководит (1.7: директор центра)', 'Led by (1.7: the centre\'s director)'),
      candidates: (c) => activeStaffOf(c, c.answers.organizer).map((s) => staffChoice(s, c.lang)),
      default: (c) => directorOf(c, c.answers.organizer),
    },
    idField((c) => {
      const org = c.answers.organizer as string | undefined;
      const own = org ? c.data.eventsOf(org).map((e) => ({ id: e.id, year: e.date.slice(0, 4) })) : [];
      return ownerYearId(own, year(c.answers.date, c), taken(c), `odd-${short(org)}${year(c.answers.date, c)}-01`);
    }),
  ],

  request: [
    {
      name: 'for', path: ['for'], type: 'ref', required: true, collections: ['open_door_days', 'landings'],
      label: L('Қай іс-шараға (ашық есік күні немесе десант)', 'Для какого мероприятия (день открытых дверей или десант)', 'For which event (open door day or landing)'),
      candidates: (c) => {
        const events = [
          ...c.data.open_door_days.map((e) => ({ id: e.id, date: e.date, what: text(e.topic, c.lang), org: e.organizer })),
          ...c.data.landings.map((l) => ({ id: l.id, date: l.dates.from, what: text(l.topic, c.lang), org: `${l.organizer} → ${l.target}` })),
        ].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
        return events.map((e) => ({ value: e.id, name: `${e.id} — ${e.date}${e.what ? ` — ${e.what}` : ''} (${e.org})` }));
      },
    },
    {
      name: 'requester', path: ['requester'], type: 'enum', required: true, values: ENUMS.requester,
      label: L('Өтініш беруші (3.4.1: мұғалім, ата-ана, аудандық бөлім…)', 'Кто подаёт (3.4.1: учитель, родитель, районный отдел…)', 'Requester (3.4.1: teacher, parent, district department…)'),
    },
    {
      name: 'from', path: ['from'], type: 'text', required: false,
      label: L('Кімнен (мәтін)', 'От кого (текстом)', 'From whom (as text)'),
    },
    {
      name: 'org', path: ['org'], type: 'ref', required: false, collections: ['organizations'],
      label: L('Өтініш берушінің ұйымы', 'Организация заявителя', 'Requester\'s organization'),
      candidates: (c) => orgs(c, (o) => o.type === 'school' || o.type === 'district-cabinet' || o.type === 'education-department'),
      default: (c) => c.data.get('landings', c.answers.for as string)?.target,
    },
    {
      name: 'submitted', path: ['submitted'], type: 'date', required: true,
      label: L('Берілген күні (ЖЖЖЖ-АА-КК)', 'Дата подачи (ГГГГ-ММ-ДД)', 'Submitted on (YYYY-MM-DD)'),
      default: (c) => c.today,
    },
    { name: 'topic', path: ['topic'], type: 'text', required: false, label: L('Тақырыбы', 'Тема', 'Topic') },
    idField((c) => {
      // Requests belong to the event's organizer: the same numbering as that organizer's other requests.
      const ev = c.data.byId.get(c.answers.for as string)?.rec as { organizer?: string } | undefined;
      const orgOf = (r: { for: string }) => (c.data.byId.get(r.for)?.rec as { organizer?: string } | undefined)?.organizer;
      const own = c.data.requests.filter((r) => !ev?.organizer || orgOf(r) === ev.organizer).map((r) => ({ id: r.id, year: r.submitted.slice(0, 4) }));
      return ownerYearId(own, year(c.answers.submitted, c), taken(c), `req-${short(ev?.organizer)}${year(c.answers.submitted, c)}-01`);
    }),
  ],

  landing: [
    {
      name: 'organizer', path: ['organizer'], type: 'ref', required: true, collections: ['organizations'],
      label: L('Десантты жіберетін орталық', 'Центр, направляющий десант', 'The centre sending it'),
      candidates: (c) => orgs(c, (o) => CENTRE_TYPES.has(o.type)),
      default: firstCentre,
    },
    {
      name: 'target', path: ['target'], type: 'ref', required: true, collections: ['organizations'],
      label: L('Барылатын ұйым (мектеп)', 'Куда (школа)', 'The organization visited (school)'),
      candidates: (c) => orgs(c, (o) => o.type === 'school').filter((o) => o.value !== c.answers.organizer),
    },
    {
      name: 'from', path: ['dates', 'from'], type: 'date', required: true,
      label: L('Басталу күні (ЖЖЖЖ-АА-КК)', 'Дата начала (ГГГГ-ММ-ДД)', 'First day (YYYY-MM-DD)'),
      default: (c) => c.today,
    },
    {
      name: 'to', path: ['dates', 'to'], type: 'date', required: true,
      label: L('Аяқталу күні (ЖЖЖЖ-АА-КК)', 'Дата окончания (ГГГГ-ММ-ДД)', 'Last day (YYYY-MM-DD)'),
      default: (c) => c.answers.from,
      check: (v, c) => (typeof c.answers.from === 'string' && (v as string) < c.answers.from ? { id: 'before-start', data: { from: c.answers.from } } : null),
    },
    { name: 'topic', path: ['topic'], type: 'text', required: false, label: L('Тақырыбы', 'Тема', 'Topic') },
    {
      name: 'initiator-role', path: ['initiator', 'role'], type: 'enum', required: false, values: ENUMS.initiatorRole,
      label: L('Бастамашы кім (1.3)', 'Кто инициатор (1.3)', 'Who initiated it (1.3)'),
      default: () => 'school-head',
    },
    {
      name: 'initiator', path: ['initiator', 'staff'], type: 'ref', required: false, collections: ['staff'],
      label: L('Бастамашы (қызметкер)', 'Инициатор (сотрудник)', 'Initiator (staff member)'),
      when: (c) => c.answers['initiator-role'] !== undefined,
      candidates: (c) => [...activeStaffOf(c, c.answers.target), ...activeStaffOf(c, c.answers.organizer)].map((s) => staffChoice(s, c.lang)),
      default: (c) => directorOf(c, c.answers['initiator-role'] === 'center-head' ? c.answers.organizer : c.answers.target),
    },
    {
      name: 'review-from', path: ['review_period', 'from'], type: 'date', required: false,
      label: L('Талдау кезеңінің басы (1.5: 3 жылдан аспайды)', 'Начало периода анализа (1.5: не более 3 лет)', 'Review period starts (1.5: at most 3 years back)'),
      default: (c) => (typeof c.answers.from === 'string' ? addYears(c.answers.from, -3) : undefined),
    },
    {
      name: 'review-to', path: ['review_period', 'to'], type: 'date', required: false,
      label: L('Талдау кезеңінің соңы', 'Конец периода анализа', 'Review period ends'),
      when: (c) => c.answers['review-from'] !== undefined,
      default: (c) => (typeof c.answers.from === 'string' ? addDays(c.answers.from, -1) : undefined),
      check: (v, c) => (typeof c.answers['review-from'] === 'string' && (v as string) < c.answers['review-from'] ? { id: 'before-start', data: { from: c.answers['review-from'] } } : null),
    },
    {
      name: 'members', path: ['members'], type: 'refs', required: false, collections: ['staff'],
      label: L('Құрамы (1.4: директор, орынбасар, бөлім басшысы, әдіскер)', 'Состав (1.4: директор, заместитель, руководитель отдела, методист)', 'Members (1.4: director, deputy, head of department, methodologist)'),
      candidates: (c) => activeStaffOf(c, c.answers.organizer).filter((s) => s.position !== 'teacher').map((s) => staffChoice(s, c.lang)),
    },
    {
      name: 'forms', path: ['forms'], type: 'enums', required: false, values: ENUMS.landingForm,
      label: L('Жұмыс түрлері (3.1)', 'Формы работы (3.1)', 'Forms of work (3.1)'),
    },
    {
      name: 'directions', path: ['directions'], type: 'enums', required: false, values: ENUMS.direction,
      label: L('Бағыттары (3.2)', 'Направления (3.2)', 'Directions (3.2)'),
    },
    idField((c) => {
      const org = c.answers.organizer as string | undefined;
      const own = org ? c.data.landingsOf(org).map((e) => ({ id: e.id, year: e.dates.from.slice(0, 4) })) : [];
      return ownerYearId(own, year(c.answers.from, c), taken(c), `md-${short(org)}${year(c.answers.from, c)}-01`);
    }),
  ],

  order: [
    {
      name: 'issuer', path: ['issuer'], type: 'ref', required: true, collections: ['organizations'],
      label: L('Бұйрық шығарған ұйым', 'Кто издаёт приказ', 'Issuing organization'),
      candidates: (c) => orgs(c, (o) => CENTRE_TYPES.has(o.type) || o.type === 'education-department'),
      default: firstCentre,
    },
    {
      name: 'type', path: ['type'], type: 'enum', required: true, values: ENUMS.orderType,
      label: L('Бұйрық түрі', 'Вид приказа', 'Kind of order'),
    },
    {
      name: 'subject', path: ['subject'], type: 'ref', required: false, collections: ['*'],
      label: L('Не туралы (іс-шара, желі, жоспар, қызметкер)', 'О чём (мероприятие, сеть, план, сотрудник)', 'What it regulates (event, network, plan, person)'),
      candidates: (c) => subjectChoices(c),
      default: (c) => subjectChoices(c)[0]?.value,
    },
    {
      name: 'number', path: ['number'], type: 'string', required: true,
      label: L('Бұйрық нөмірі (мысалы 15-н)', 'Номер приказа (например 15-н)', 'Order number (e.g. 15-н)'),
    },
    {
      name: 'date', path: ['date'], type: 'date', required: true,
      label: L('Бұйрық күні (ЖЖЖЖ-АА-КК)', 'Дата приказа (ГГГГ-ММ-ДД)', 'Date (YYYY-MM-DD)'),
      default: (c) => c.today,
    },
    {
      name: 'signed-by', path: ['signed_by'], type: 'ref', required: false, collections: ['staff'],
      label: L('Қол қойған (әдетте директор)', 'Подписал (обычно директор)', 'Signed by (usually the director)'),
      candidates: (c) => activeStaffOf(c, c.answers.issuer).map((s) => staffChoice(s, c.lang)),
      // Whoever headed the issuer on the order's date (an acting head while one acts), else today's director.
      default: (c) => headOnOrderDate(c)?.staff ?? directorOf(c, c.answers.issuer),
    },
    {
      name: 'signed-as', path: ['signed_as'], type: 'enum', required: false, values: ENUMS.signedAs,
      label: L(
        'Кім ретінде қол қойды: head — басшы, acting — басшының міндетін атқарушы (м.а.)',
        'В качестве кого подписал: head — руководитель, acting — исполняющий обязанности (и.о.)',
        'Signed as: head, or acting — an acting head (м.а. / и.о.)',
      ),
      when: (c) => typeof c.answers['signed-by'] === 'string',
      default: (c) => {
        const t = typeof c.answers.issuer === 'string' && typeof c.answers.date === 'string' ? c.data.isHeadOn(c.answers['signed-by'] as string, c.answers.issuer, c.answers.date) : undefined;
        return t?.acting ? 'acting' : 'head';
      },
    },
    { name: 'title', path: ['title'], type: 'text', required: false, label: L('Атауы', 'Заголовок', 'Title') },
    {
      name: 'members', path: ['members'], type: 'refs', required: false, collections: ['staff'],
      label: L('Бекітілген құрам', 'Утверждённый состав', 'Approved members'),
      when: (c) => c.answers.type === 'landing-composition',
      candidates: (c) => activeStaffOf(c, c.answers.issuer).map((s) => staffChoice(s, c.lang)),
      default: (c) => c.data.get('landings', c.answers.subject as string)?.members,
    },
    idField((c) => {
      const issuer = c.answers.issuer as string | undefined;
      const own = c.data.orders.filter((o) => o.issuer === issuer).map((o) => ({ id: o.id, year: o.date.slice(0, 4) }));
      return ownerYearId(own, year(c.answers.date, c), taken(c), `ord-${short(issuer)}${year(c.answers.date, c)}-001`);
    }),
  ],

  staff: [
    {
      name: 'org', path: ['org'], type: 'ref', required: true, collections: ['organizations'],
      label: L('Жұмыс орны (ұйым)', 'Место работы (организация)', 'Works at (organization)'),
      candidates: (c) => orgs(c, (o) => CENTRE_TYPES.has(o.type)),
      default: firstCentre,
    },
    {
      name: 'name', path: ['name'], type: 'text', required: true,
      label: L('Тегі, аты, әкесінің аты', 'Фамилия, имя, отчество', 'Full name'),
    },
    {
      name: 'position', path: ['position'], type: 'enum', required: true, values: ENUMS.position,
      label: L('Лауазымы', 'Должность', 'Position'),
    },
    {
      name: 'hired', path: ['hired'], type: 'date', required: false,
      label: L('Жұмысқа қабылданған күні (ЖЖЖЖ-АА-КК)', 'Дата приёма на работу (ГГГГ-ММ-ДД)', 'Hired on (YYYY-MM-DD)'),
    },
    idField((c) => {
      const org = c.answers.org as string | undefined;
      const own = org ? c.data.staffOf(org).map((s) => s.id) : [];
      return nextId(own.length ? own : c.data.staff.map((s) => s.id), taken(c), `${org ?? 's'}-s001`);
    }),
  ],

  plan: planFields(),
};

/** The calendar month a day falls in: a planned event's default window. */
function monthOf(d: IsoDate): { from: IsoDate; to: IsoDate } {
  const { y, m } = parseIso(d);
  return { from: formatIso(y, m, 1), to: formatIso(y, m, daysInMonth(y, m)) };
}

/** The organisation's open door days and landings inside the plan's period, by date. */
function plannable(c: Ctx): { id: string; date: IsoDate; name: string }[] {
  const org = c.answers.org as string | undefined;
  if (!org) return [];
  const from = (c.answers.from as string | undefined) ?? '0000-01-01';
  const to = (c.answers.to as string | undefined) ?? '9999-12-31';
  return [
    ...c.data.eventsOf(org).map((e) => ({ id: e.id, date: e.date, name: `${e.id} — ${e.date}${e.topic ? ` — ${text(e.topic, c.lang)}` : ''}` })),
    ...c.data.landingsOf(org).map((l) => ({ id: l.id, date: l.dates.from, name: `${l.id} — ${l.dates.from} → ${l.target}${l.topic ? ` — ${text(l.topic, c.lang)}` : ''}` })),
  ]
    .filter((e) => e.date >= from && e.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** `ereje new plan`: a work plan with its entries (what 1.5 and 3.4.3 are checked against). */
function planFields(): Field[] {
  return [
    {
      name: 'org', path: ['org'], type: 'ref', required: true, collections: ['organizations'],
      label: L('Жоспар кімдікі (орталық)', 'Чей план (центр)', 'Whose plan (the centre)'),
      candidates: (c) => orgs(c, (o) => CENTRE_TYPES.has(o.type)),
      default: firstCentre,
    },
    { name: 'title', path: ['title'], type: 'text', required: false, label: L('Атауы', 'Название', 'Title') },
    {
      name: 'from', path: ['period', 'from'], type: 'date', required: true,
      label: L('Жоспар кезеңінің басы (ЖЖЖЖ-АА-КК)', 'Начало периода плана (ГГГГ-ММ-ДД)', 'Plan period starts (YYYY-MM-DD)'),
      default: (c) => `${c.today.slice(0, 4)}-01-01`,
    },
    {
      name: 'to', path: ['period', 'to'], type: 'date', required: true,
      label: L('Жоспар кезеңінің соңы', 'Конец периода плана', 'Plan period ends'),
      default: (c) => (typeof c.answers.from === 'string' ? addDays(addYears(c.answers.from, 1), -1) : undefined),
      check: (v, c) => (typeof c.answers.from === 'string' && (v as string) < c.answers.from ? { id: 'before-start', data: { from: c.answers.from } } : null),
    },
    {
      name: 'approved-by', path: ['approved', 'by'], type: 'ref', required: false, collections: ['staff'],
      label: L('Бекіткен (басшы)', 'Утвердил (руководитель)', 'Approved by (the head)'),
      candidates: (c) => activeStaffOf(c, c.answers.org).map((s) => staffChoice(s, c.lang)),
      default: (c) => directorOf(c, c.answers.org),
    },
    {
      name: 'approved-on', path: ['approved', 'date'], type: 'date', required: false,
      label: L('Бекітілген күні', 'Дата утверждения', 'Approved on'),
      when: (c) => c.answers['approved-by'] !== undefined,
      default: (c) => c.today,
    },
    {
      name: 'entries', path: ['entries'], type: 'refs', required: false, collections: ['open_door_days', 'landings'],
      label: L(
        'Жоспардағы іс-шаралар (1.5, 3.4.3; әрқайсысының мерзімі — өз айы, файлда өзгертуге болады)',
        'Мероприятия плана (1.5, 3.4.3; срок каждого — его месяц, можно изменить в файле)',
        'Planned events (1.5, 3.4.3; each gets its month as its window, to edit in the file)',
      ),
      candidates: (c) => plannable(c).map((e) => ({ value: e.id, name: e.name })),
      default: (c) => plannable(c).map((e) => e.id),
      toValue: (ids, c) =>
        (ids as string[]).map((id) => {
          const e = c.data.byId.get(id)?.rec as { date?: string; dates?: { from: string } } | undefined;
          const d = e?.date ?? e?.dates?.from;
          return d ? { event: id, window: monthOf(d) } : { event: id };
        }),
    },
    idField((c) => {
      const org = c.answers.org as string | undefined;
      const y = typeof c.answers.from === 'string' ? c.answers.from.slice(0, 4) : c.today.slice(0, 4);
      const own = org ? c.data.plansOf(org).map((p) => ({ id: p.id, year: p.period.from.slice(0, 4) })) : [];
      return ownerYearId(own, y, taken(c), `plan-${short(org)}${y}`);
    }),
  ];
}

/** An order's subject: the issuer's records of the kind its type names, newest first. */
function subjectChoices(c: Ctx): Choice[] {
  const issuer = c.answers.issuer as string | undefined;
  const type = c.answers.type as string | undefined;
  const byDate = <T extends { id: string }>(xs: readonly T[], date: (x: T) => string, label: (x: T) => string) =>
    [...xs].sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0)).map((x) => ({ value: x.id, name: `${x.id} — ${date(x)}${label(x) ? ` — ${label(x)}` : ''}` }));
  const odd = issuer ? byDate(c.data.eventsOf(issuer), (e) => e.date, (e) => text(e.topic, c.lang)) : [];
  const md = issuer ? byDate(c.data.landingsOf(issuer), (l) => l.dates.from, (l) => `${text(l.topic, c.lang)} → ${l.target}`) : [];
  const plans = issuer ? byDate(c.data.plansOf(issuer), (p) => p.period.from, (p) => text(p.title, c.lang)) : [];
  const nets = c.data.networks.map((n) => ({ value: n.id, name: `${n.id} — ${n.leading} (${n.region})` }));
  switch (type) {
    case 'open-door-day':
      return odd;
    case 'landing-composition':
      return md;
    case 'leading-school-designation':
      return nets;
    case 'qualification-plan':
      return plans;
    case 'appointment': {
      const children = c.data.organizations.filter((o) => o.parent === issuer);
      return children.flatMap((o) => (o.director ? [o.director] : [])).map((id) => c.data.person(id)).filter((s): s is Staff => !!s).map((s) => staffChoice(s, c.lang));
    }
    default:
      return [...odd, ...md, ...plans, ...nets];
  }
}
