/**
 * The support-center module's view: the organizations in the module's regions (kostanay by
 * default), the methodological centres among them, and the active staff of those organizations.
 */
import { ruleFor } from '../../src/engine/rule.js';
import type { Scope } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { IsoDate } from '../../src/core/dates.js';
import type { Organization, Staff, TextValue } from '../../src/schema/collections.js';

export interface SupportCenterView {
  readonly orgs: readonly Organization[];
  /** Organizations of type center (the methodological support centre). */
  readonly centers: readonly Organization[];
  /** Active staff of the centres (what `scope: center`, the default, checks). */
  readonly centerStaff: readonly Staff[];
  /** Active staff of every organization in `orgs` (`scope: all`), gathered on first use. */
  allStaff(): readonly Staff[];
}

/**
 * The staff a qualification rule checks: under its `scope` parameter, holding one of its
 * `positions`, and staff of their organization on the as-of day (not `left` before it, not
 * hired after it).
 */
export function staffInScope(
  view: SupportCenterView,
  scope: 'center' | 'all',
  on?: { data: Dataset; asOf: IsoDate; positions: readonly string[] },
): readonly Staff[] {
  const list = scope === 'all' ? view.allStaff() : view.centerStaff;
  if (!on) return list;
  return list.filter((s) => on.positions.includes(s.position) && on.data.isStaffOn(s.id, s.org, on.asOf));
}

export function supportCenterView(data: Dataset, scope: Scope): SupportCenterView {
  const orgs: Organization[] = [];
  const centers: Organization[] = [];
  for (const region of [...scope.regions].sort()) {
    for (const org of data.orgsIn(region)) {
      orgs.push(org);
      if (org.type === 'center') centers.push(org);
    }
  }
  const active = (list: readonly Organization[]) => list.flatMap((o) => data.staffOf(o.id).filter((s) => s.status === 'active'));
  let all: Staff[] | null = null;
  return { orgs, centers, centerStaff: active(centers), allStaff: () => (all ??= active(orgs)) };
}

export const rule = ruleFor<SupportCenterView>();

export function orgName(data: Dataset, id: string | null | undefined): TextValue {
  if (!id) return '—';
  return data.org(id)?.name ?? id;
}
