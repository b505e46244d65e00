/**
 * People in time, as rules put it in their findings (catalog v2): "who headed organisation X on
 * day D" and "was P staff of X on day D" are answered by the Dataset (headsOn, isHeadOn,
 * isStaffOn); this file turns the answer into what a message shows — the heads of that day by
 * name (acting heads marked м.а. / и.о.), and, when the organisation records no `heads:`
 * history, a hint to record it (the answer was then inferred from `director` and positions).
 */
import type { Dataset, HeadTerm } from './dataset.js';
import { pickText, type Localized } from '../core/i18n.js';

export interface HeadJudgement {
  /** The signer/lead was a head (or acting head) of the organisation on the day. */
  ok: boolean;
  term?: HeadTerm;
  /** Who headed it that day, for a message ("not recorded" when nobody is known). */
  heads: Localized[];
  /** Whether the heads were inferred (no `heads:` history recorded). */
  inferred: boolean;
  /** Appended to a message: asks for `heads:` when the answer was inferred, else empty. */
  hint: Localized;
}

const NONE: Localized = { kk: 'көрсетілмеген', ru: 'не указан', en: 'not recorded' };
const EMPTY: Localized = { kk: '', ru: '', en: '' };

/** A head's name for a message, with м.а. / и.о. / acting for an acting head. */
export function headName(data: Dataset, t: HeadTerm): Localized {
  const name = data.person(t.staff)?.name ?? t.staff;
  const mark = t.acting ? { kk: ' (м.а.)', ru: ' (и.о.)', en: ' (acting)' } : EMPTY;
  return { kk: pickText(name, 'kk') + mark.kk, ru: pickText(name, 'ru') + mark.ru, en: pickText(name, 'en') + mark.en };
}

/** The hint a finding carries when an organisation has no `heads:` history. */
export function headsHint(orgId: string): Localized {
  return {
    kk: ` (${orgId} ұйымының басшылар тарихы жазылмаған: басшы лауазымындағы қызметкерлер кез келген уақыттың басшысы деп алынды; кім қашан басқарғанын heads: өрісінде көрсетіңіз)`,
    ru: ` (у организации ${orgId} не записана история руководителей: сотрудники в должности директора приняты за руководителей какого-то времени; укажите в поле heads:, кто и когда руководил)`,
    en: ` (${orgId} records no history of its heads: staff in the director position were taken as heads of some time; record who headed it when in heads:)`,
  };
}

/** Was `staffId` heading `orgId` on `date`? With what a message needs either way. */
export function judgeHead(data: Dataset, staffId: string | null | undefined, orgId: string | null | undefined, date: string): HeadJudgement {
  const inferred = !!orgId && !data.hasHeadHistory(orgId);
  const on = data.headsOn(orgId, date);
  const term = staffId ? on.find((t) => t.staff === staffId) : undefined;
  return {
    ok: term !== undefined,
    term,
    heads: on.length ? on.map((t) => headName(data, t)) : [NONE],
    inferred,
    hint: inferred && orgId ? headsHint(orgId) : EMPTY,
  };
}
