/**
 * The records the open-door-day module checks, and the helpers its rules share.
 *
 * View: the open door days whose organizer is in the module's regions, dated on or after its
 * date, not cancelled; the centres (organizations of type `center`) of those regions; and the
 * requests `for` those events (requests for landings belong to the landing module).
 */
import { ruleFor } from '../../src/engine/rule.js';
import type { Scope } from '../../src/engine/rule.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Localized } from '../../src/core/i18n.js';
import type { OpenDoorDay, Organization, Request, Staff, TextValue } from '../../src/schema/collections.js';

export interface OddView {
  /** Open door days under the regulation (in its regions, on/after its date, not cancelled). */
  events: OpenDoorDay[];
  /** Centres of the module's regions (the organisations clause 1.5 puts under a quarterly duty). */
  centers: Organization[];
  /** Requests for the events above, each with its event. */
  requests: { request: Request; event: OpenDoorDay }[];
}

export const rule = ruleFor<OddView>();

export function buildView(data: Dataset, scope: Scope): OddView {
  const events: OpenDoorDay[] = [];
  for (const e of data.open_door_days) {
    if (e.status === 'cancelled') continue;
    if (!scope.covers(e.organizer, e.date)) continue;
    events.push(e);
  }
  const centers: Organization[] = [];
  for (const region of scope.regions) {
    for (const org of data.orgsIn(region)) if (org.type === 'center') centers.push(org);
  }
  const requests: OddView['requests'] = [];
  for (const event of events) for (const request of data.requestsFor(event.id)) requests.push({ request, event });
  return { events, centers, requests };
}

/** Placeholder text when a name is not recorded. */
export const NOT_RECORDED: Localized = { kk: 'көрсетілмеген', ru: 'не указан', en: 'not recorded' };

/** An organization's name for a message (its id when it has none). */
export function orgName(data: Dataset, id: string | null | undefined): TextValue | Localized {
  if (!id) return NOT_RECORDED;
  return data.org(id)?.name ?? id;
}

/** A staff member's name for a message (the id when the record is missing). */
export function personName(data: Dataset, id: string | null | undefined): TextValue | Localized {
  if (!id) return NOT_RECORDED;
  return data.person(id)?.name ?? id;
}

/**
 * The organizer's director: the organization's `director`, or, when that is not recorded,
 * its one staff member with position director who is not dismissed.
 */
export function directorOf(data: Dataset, org: Organization | undefined): Staff | undefined {
  if (!org) return undefined;
  if (org.director) return data.person(org.director);
  return data.staffOf(org.id).find((s) => s.position === 'director' && s.status !== 'dismissed');
}

/** Is this staff id the organization's director? */
export function isDirectorOf(data: Dataset, staffId: string | null | undefined, org: Organization | undefined): boolean {
  if (!staffId || !org) return false;
  if (org.director) return org.director === staffId;
  const p = data.person(staffId);
  return !!p && p.org === org.id && p.position === 'director' && p.status !== 'dismissed';
}
