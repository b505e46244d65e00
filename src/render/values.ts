/**
 * Records → the values templates place: plain objects (own properties only), every text already
 * in the document's language, every date in its official forms, every person in the forms a
 * sentence needs. An object prints its `text` when placed whole (`{{ order.signer }}` →
 * «Бекова А.С.»); its other fields are the other forms (`{{ order.signer.sign }}` → «А.С. Бекова»).
 */
import { pickText } from '../core/i18n.js';
import { noteText } from './untranslated.js';
import type { IsoDate } from '../core/dates.js';
import type { Dataset } from '../model/dataset.js';
import type { Organization, Staff, TextValue } from '../schema/collections.js';
import { dateValue, periodValue, type DateValue, type PeriodValue } from './dates.js';
import { POSITIONS, REGION_INFO, kkDative, kkGenitiveWord, kkLocativeWord, lastWord, lcFirst, nameParts, ruAccusativeSurname, ruGenitiveOrg, ruPrepositionalOrg, type DocLang } from './grammar.js';

export type { DateValue, PeriodValue };

export function txt(t: TextValue | null | undefined, lang: DocLang): string {
  const chosen = pickText(t ?? null, lang).trim();
  noteText(t, lang, chosen);
  return chosen;
}

/** An item of a list (a finding, a recommendation) without its own final «.» or «;»: templates punctuate. */
export function item(t: TextValue | null | undefined, lang: DocLang): string {
  return txt(t, lang).replace(/[.;]+$/, '').trim();
}

export interface PersonValue {
  id: string;
  /** «Бекова А.С.» (lists, tables) */
  text: string;
  short: string;
  /** «А.С. Бекова» (signatures) */
  sign: string;
  /** as written in the data */
  full: string;
  surname: string;
  initials: string;
  /** «Директордың орынбасары» / «Заместитель директора» */
  position: string;
  /** inside a sentence: «директордың орынбасары» / «заместитель директора» */
  position_lc: string;
  /** after the organisation's name: kk «(… КММ) директоры»; ru = position_lc */
  position_of: string;
  /** kk: «директордың орынбасары А.С. Бековаға» (… жүктелсін); ru: the accusative below */
  dat: string;
  /** kk: «А.С. Бековаға»; ru: «Бекову А.С.» */
  name_dat: string;
  /** ru: «заместителя директора Бекову А.С.» (возложить на …); kk: «директордың орынбасары А.С. Бекова» */
  acc: string;
  name_acc: string;
  /** the organisation's name */
  org: string;
  status: string;
  /** the work phone for the executor mark («8 (7252) 53-12-40», its spaces no-break), or '' */
  phone: string;
}

/** A person's name: a Kazakh name is spelt the same in a Russian document (not a missing translation). */
export function nameText(t: TextValue | null | undefined, lang: DocLang): string {
  return pickText(t ?? null, lang).trim();
}

export function personValue(s: Staff, data: Dataset, lang: DocLang): PersonValue {
  const full = nameText(s.name, lang);
  const np = nameParts(full);
  const sign = np.initials ? `${np.initials} ${np.surname}` : np.surname;
  const short = np.initials ? `${np.surname} ${np.initials}` : np.surname;
  const pos = POSITIONS[s.position];
  const position = lang === 'kk' ? pos.kk : pos.ru;
  const positionLc = lcFirst(position);
  let dat: string, nameDat: string, acc: string, nameAcc: string;
  if (lang === 'kk') {
    nameDat = np.initials ? `${np.initials} ${kkDative(np.surname)}` : kkDative(np.surname);
    dat = `${positionLc} ${nameDat}`;
    nameAcc = sign;
    acc = `${positionLc} ${sign}`;
  } else {
    const accSurname = ruAccusativeSurname(np.surname, np.female);
    nameAcc = np.initials ? `${accSurname} ${np.initials}` : accSurname;
    acc = `${pos.ruAcc} ${nameAcc}`;
    nameDat = nameAcc;
    dat = acc;
  }
  return {
    id: s.id,
    text: short,
    short,
    sign,
    full,
    surname: np.surname,
    initials: np.initials,
    position,
    position_lc: positionLc,
    position_of: lang === 'kk' ? pos.kkOf : positionLc,
    dat,
    name_dat: nameDat,
    acc,
    name_acc: nameAcc,
    org: txt(data.org(s.org)?.name, lang),
    status: s.status ?? 'active',
    phone: (s.phone ?? '').trim().replace(/\s+/g, '\u00a0'),
  };
}

export function personById(id: string | null | undefined, data: Dataset, lang: DocLang): PersonValue | null {
  const s = data.person(id);
  return s ? personValue(s, data, lang) : null;
}

export interface OrgValue {
  id: string;
  /** the name in the document's language */
  text: string;
  /** the name in Kazakh and in Russian (each falls back to the other) */
  kk: string;
  ru: string;
  /** kk genitive «… КММ-нің» (whose: «… КММ-нің өтінімі»); ru genitive «Центра методического сопровождения …» («ГУ «…»» as written) */
  of: string;
  /** kk locative «… КММ-де» (where: «… КММ-де өткізілген»); ru prepositional «филиале … в городе Костанае» (after «при», «в») */
  at: string;
  type: string;
  district: string;
  region: { text: string; kk: string; ru: string; slug: string };
  /** the city of its region's centre, in the document's language and in both */
  city: { text: string; kk: string; ru: string };
  director: PersonValue | null;
}

export function orgValue(o: Organization, data: Dataset, lang: DocLang, withDirector = true): OrgValue {
  const r = REGION_INFO[o.region];
  return {
    id: o.id,
    text: txt(o.name, lang),
    kk: txt(o.name, 'kk'),
    ru: txt(o.name, 'ru'),
    of: lang === 'kk' ? lastWord(txt(o.name, lang), kkGenitiveWord) : ruGenitiveOrg(txt(o.name, lang)),
    at: lang === 'kk' ? lastWord(txt(o.name, lang), kkLocativeWord) : ruPrepositionalOrg(txt(o.name, lang)),
    type: o.type,
    district: o.district ?? '',
    region: { text: lang === 'kk' ? r.kk : r.ru, kk: r.kk, ru: r.ru, slug: o.region },
    city: { text: lang === 'kk' ? r.cityKk : r.cityRu, kk: r.cityKk, ru: r.cityRu },
    director: withDirector ? personById(o.director, data, lang) : null,
  };
}

export function orgById(id: string | null | undefined, data: Dataset, lang: DocLang, withDirector = true): OrgValue | null {
  const o = data.org(id);
  return o ? orgValue(o, data, lang, withDirector) : null;
}

export function dateOrNull(d: IsoDate | null | undefined, lang: DocLang): DateValue | null {
  return d ? dateValue(d, lang) : null;
}

export function periodOrNull(p: { from: IsoDate; to: IsoDate } | null | undefined, lang: DocLang): PeriodValue | null {
  return p ? periodValue(p, lang) : null;
}

/** Numbers items from 1 (`n`), for tables. */
export function numbered<T extends object>(items: readonly T[]): (T & { n: number })[] {
  return items.map((it, i) => ({ ...it, n: i + 1 }));
}

/** Unique people, in order of first mention, without the ones listed in `except`. */
export function uniquePeople(people: readonly (PersonValue | null | undefined)[], except: readonly (string | undefined)[] = []): PersonValue[] {
  const seen = new Set(except.filter(Boolean) as string[]);
  const out: PersonValue[] = [];
  for (const p of people) {
    if (!p || seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(p);
  }
  return out;
}
