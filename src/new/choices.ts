/**
 * What `ereje new` shows for a choice: the word the regulation uses, in the reader's language;
 * the value written to the YAML stays the format's token (`requests`, `methodologist`). English
 * readers see the token itself (it is English). One place for these labels; the documents'
 * own wording (render/grammar.ts) is reused where it says the same thing.
 */
import type { Lang, Localized } from '../core/i18n.js';
import { ADVERTISING, DIRECTION, LANDING_FORM, POSITIONS } from '../render/grammar.js';

type Labels = Record<string, Omit<Localized, 'en'>>;

const BASIS: Labels = {
  requests: { kk: 'алдын ала өтінімдер бойынша (3.4.1)', ru: 'по предварительным заявкам (3.4.1)' },
  'work-plan': { kk: 'орталықтың жұмыс жоспары бойынша (3.4.2)', ru: 'по плану работы центра (3.4.2)' },
};

const REQUESTER: Labels = {
  teacher: { kk: 'жеке педагог', ru: 'педагог' },
  parent: { kk: 'ата-ана', ru: 'родитель' },
  'district-department': { kk: 'аудандық/қалалық адами әлеуетті дамыту бөлімі', ru: 'районный/городской отдел развития человеческого потенциала' },
  school: { kk: 'білім беру ұйымы', ru: 'организация образования' },
  other: { kk: 'басқа', ru: 'другое' },
};

const INITIATOR_ROLE: Labels = {
  'center-head': { kk: 'оқу-әдістемелік орталықтың басшысы', ru: 'руководитель учебно-методического центра' },
  'school-head': { kk: 'білім беру ұйымының басшысы', ru: 'руководитель организации образования' },
  'community-head': { kk: 'кәсіби педагогикалық қауымдастықтың басшысы', ru: 'руководитель профессионального педагогического сообщества' },
  other: { kk: 'басқа', ru: 'другое' },
};

const ORDER_TYPE: Labels = {
  'open-door-day': { kk: 'ашық есік күнін өткізу туралы', ru: 'о проведении дня открытых дверей' },
  'landing-composition': { kk: 'әдістемелік десанттың құрамын бекіту туралы', ru: 'об утверждении состава методического десанта' },
  'leading-school-designation': { kk: 'жетекші мектептерді және серіктес мектептерді айқындау туралы', ru: 'об определении ведущих и партнёрских школ' },
  'qualification-plan': { kk: 'біліктілікті арттыру жоспары туралы', ru: 'о плане повышения квалификации' },
  appointment: { kk: 'қызметке тағайындау туралы', ru: 'о назначении на должность' },
  other: { kk: 'басқа бұйрық', ru: 'другой приказ' },
};

const SIGNED_AS: Labels = {
  head: { kk: 'басшы', ru: 'руководитель' },
  acting: { kk: 'басшының міндетін атқарушы', ru: 'исполняющий обязанности руководителя' },
};

const POSITION: Labels = Object.fromEntries(Object.entries(POSITIONS).map(([k, v]) => [k, { kk: v.kk, ru: v.ru }]));

/** Labels per field of `new` (the field's flag name). */
export const CHOICE_LABELS: Record<string, Labels> = {
  basis: BASIS,
  advertising: ADVERTISING,
  requester: REQUESTER,
  'initiator-role': INITIATOR_ROLE,
  forms: LANDING_FORM,
  directions: DIRECTION,
  type: ORDER_TYPE,
  'signed-as': SIGNED_AS,
  position: POSITION,
};

/** The name a choice is shown by: the label in kk and ru, the token in English (or when no label exists). */
export function choiceName(field: string, value: string, lang: Lang): string {
  if (lang === 'en') return value;
  return CHOICE_LABELS[field]?.[value]?.[lang] ?? value;
}
