/**
 * Who signs, under which title. The signature title of an order or report is the head's title
 * in the issuing organisation — it depends on the organisation's type (a centre's or a school's
 * «Директор», an education department's «Басшы» / «Руководитель управления», a support centre's
 * «Орталық басшысы» / «Руководитель центра») — and an acting head signs as «Директордың м.а.» /
 * «И.о. директора». Someone who signs neither as head nor as acting head signs under their own
 * position.
 */
import type { Dataset } from '../model/dataset.js';
import type { Order, Organization } from '../schema/collections.js';
import type { DocLang } from './grammar.js';

interface HeadTitle {
  kk: string;
  /** acting: «Директордың м.а.» (the genitive of the title, then м.а. — міндетін атқарушы) */
  kkActing: string;
  ru: string;
  /** acting: «И.о. директора» (исполняющий обязанности + the genitive) */
  ruActing: string;
}

const TITLES: Record<string, HeadTitle> = {
  director: { kk: 'Директор', kkActing: 'Директордың м.а.', ru: 'Директор', ruActing: 'И.о. директора' },
  'education-department': { kk: 'Басшы', kkActing: 'Басшының м.а.', ru: 'Руководитель управления', ruActing: 'И.о. руководителя управления' },
  'support-center': { kk: 'Орталық басшысы', kkActing: 'Орталық басшысының м.а.', ru: 'Руководитель центра', ruActing: 'И.о. руководителя центра' },
  'district-cabinet': { kk: 'Әдістемелік кабинет меңгерушісі', kkActing: 'Әдістемелік кабинет меңгерушісінің м.а.', ru: 'Заведующий методическим кабинетом', ruActing: 'И.о. заведующего методическим кабинетом' },
  'cpm-branch': { kk: 'Филиал директоры', kkActing: 'Филиал директорының м.а.', ru: 'Директор филиала', ruActing: 'И.о. директора филиала' },
  university: { kk: 'Ректор', kkActing: 'Ректордың м.а.', ru: 'Ректор', ruActing: 'И.о. ректора' },
};

/** A methodological support centre (Kostanay regulation): headed by a «басшы», not a director. */
export function isSupportCenter(org: Organization): boolean {
  if (org.type !== 'center') return false;
  const names = typeof org.name === 'string' ? [org.name] : Object.values(org.name ?? {});
  return names.some((n) => typeof n === 'string' && /сүйемелдеу орталығы|методического сопровождения/i.test(n));
}

function titleKind(org: Organization | undefined): string {
  if (!org) return 'director';
  if (isSupportCenter(org)) return 'support-center';
  return org.type in TITLES ? org.type : 'director';
}

/** The head's title in an organisation (signature lines, «Бекітемін» blocks). */
export function headTitle(org: Organization | undefined, lang: DocLang, acting = false): string {
  const t = TITLES[titleKind(org)];
  if (lang === 'kk') return acting ? t.kkActing : t.kk;
  return acting ? t.ruActing : t.ru;
}

/**
 * The title under an order's signature: the head's title when the signer headed the issuer on
 * the order's date (or the order says so), acting when `signed_as: acting` or the head term was
 * an acting one; else `ownPosition` (a deputy signing in their own name).
 */
export function signerTitle(o: Pick<Order, 'issuer' | 'signed_by' | 'date' | 'signed_as'>, data: Dataset, lang: DocLang, ownPosition: string | null): string {
  const org = data.org(o.issuer);
  const term = data.isHeadOn(o.signed_by, o.issuer, o.date);
  const acting = o.signed_as === 'acting' || (o.signed_as === undefined && !!term?.acting);
  if (acting || term || o.signed_as === 'head' || !ownPosition) return headTitle(org, lang, acting);
  const signer = data.person(o.signed_by);
  if (signer?.position === 'director' && signer.org === o.issuer) return headTitle(org, lang, false);
  return ownPosition;
}
