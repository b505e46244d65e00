/**
 * The leading-school module's view and shared helpers: the networks whose region is one of the
 * module's regions (a network carries its own `region`), in file order.
 */
import { ruleFor } from '../../src/engine/rule.js';
import type { Scope } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Network, TextValue } from '../../src/schema/collections.js';

export interface LeadingSchoolView {
  /** Networks in the module's regions, in the order they were read (files sorted, then file order). */
  readonly networks: readonly Network[];
}

export function leadingSchoolView(data: Dataset, scope: Scope): LeadingSchoolView {
  return { networks: data.networks.filter((n) => scope.regions.has(n.region)) };
}

/** The typed rule factory of the module. */
export const rule = ruleFor<LeadingSchoolView>();

/** An organization's name for a message (its id when the reference does not resolve). */
export function orgName(data: Dataset, id: string | null | undefined): TextValue {
  if (!id) return '—';
  return data.org(id)?.name ?? id;
}

/** A person's name for a message (the id when it does not resolve). */
export function personName(data: Dataset, id: string | null | undefined): TextValue {
  if (!id) return '—';
  return data.person(id)?.name ?? id;
}

/** Partner ids of a network, each once, with the index of its first mention. */
export function distinctPartners(n: Network): { id: string; index: number }[] {
  const seen = new Set<string>();
  const out: { id: string; index: number }[] = [];
  (n.partners ?? []).forEach((id, index) => {
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, index });
  });
  return out;
}

/** Level programmes of the CPM/Cambridge courses. */
export const LEVEL_PROGRAMMES: readonly string[] = ['level-1', 'level-2', 'level-3'];

/**
 * Certificates that show training in «Бағдарлама» (2.4): the text names as «Бағдарлама» both the
 * heads' programme (жалпы білім беретін ұйымдардың басшыларының біліктілігін арттыру) and the
 * level programmes, and a certified trainer completed the trainers' course of one of them.
 */
export const TRAINED_PROGRAMMES: readonly string[] = [...LEVEL_PROGRAMMES, 'school-leaders', 'trainer'];

/**
 * A number with the Kazakh ablative suffix, as written with digits: 1-ден, 3-тен, 6-дан, 10-нан,
 * 40-тан. The suffix follows the last spoken word of the number (бір, үш, алты, он, қырық…).
 */
export function kkAblative(n: number): string {
  const UNITS = ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
  const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
  const a = Math.abs(Math.trunc(n));
  let word: string;
  if (a === 0) word = UNITS[0];
  else if (a % 10 !== 0) word = UNITS[a % 10];
  else if (a % 100 !== 0) word = TENS[(a % 100) / 10];
  else if (a % 1000 !== 0) word = 'жүз';
  else if (a % 1_000_000 !== 0) word = 'мың';
  else word = 'миллион';
  const back = 'аоұы'.includes(word.replace(/[^аәеоөұүыі]/g, '').slice(-1)); // vowel harmony (у, и are neutral)
  const last = word.slice(-1);
  const initial = /[мнң]/.test(last) ? 'н' : /[пкқтсшщфхцчбвгд]/.test(last) ? 'т' : 'д';
  return `${n}-${initial}${back ? 'ан' : 'ен'}`;
}

/** Region names for messages (the slug stays the finding's subject). */
/** A region's name in kk, ru and en (the shared table in src/schema/regions.ts). */
export { regionName } from '../../src/schema/regions.js';
