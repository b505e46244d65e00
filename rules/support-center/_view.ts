/**
 * The support-center module's view: the organizations in the module's regions (kostanay by
 * default), the methodological centres among them, and the active staff of those organizations.
 */
import { ruleFor } from '../../src/engine/rule.js';
import type { Scope } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Organization, Staff, TextValue } from '../../src/schema/collections.js';

export interface SupportCenterView {
  readonly orgs: readonly Organization[];
  /** Organizations of type center (the methodological support centre). */
  readonly centers: readonly Organization[];
  /** Active staff of `orgs`. */
  readonly staff: readonly Staff[];
}

export function supportCenterView(data: Dataset, scope: Scope): SupportCenterView {
  const orgs: Organization[] = [];
  const centers: Organization[] = [];
  const staff: Staff[] = [];
  for (const region of [...scope.regions].sort()) {
    for (const org of data.orgsIn(region)) {
      orgs.push(org);
      if (org.type === 'center') centers.push(org);
      for (const s of data.staffOf(org.id)) if (s.status === 'active') staff.push(s);
    }
  }
  return { orgs, centers, staff };
}

export const rule = ruleFor<SupportCenterView>();

export function orgName(data: Dataset, id: string | null | undefined): TextValue {
  if (!id) return '—';
  return data.org(id)?.name ?? id;
}
