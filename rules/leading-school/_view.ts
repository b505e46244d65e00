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

/** Level programmes of the CPM/Cambridge courses (2.4: staff trained in the programme). */
export const LEVEL_PROGRAMMES: readonly string[] = ['level-1', 'level-2', 'level-3'];

/** Region names for messages (the slug stays the finding's subject). */
/** A region's name in kk, ru and en (the shared table in src/schema/regions.ts). */
export { regionName } from '../../src/schema/regions.js';
