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
  /**
   * Open door days under the regulation: organised by a centre (type `center`, the coordinator
   * of 1.4) in its regions, on/after its date, not cancelled.
   */
  events: OpenDoorDay[];
  /** Open door days in its regions and time organised by an organisation that is not a centre (1.4). */
  otherEvents: OpenDoorDay[];
  /** Centres of the module's regions (the organisations clause 1.5 puts under a quarterly duty). */
  centers: Organization[];
  /** Requests for the events above, each with its event. */
  requests: { request: Request; event: OpenDoorDay }[];
}

export const rule = ruleFor<OddView>();

export function buildView(data: Dataset, scope: Scope): OddView {
  const events: OpenDoorDay[] = [];
  const otherEvents: OpenDoorDay[] = [];
  for (const e of data.open_door_days) {
    if (e.status === 'cancelled') continue;
    if (!scope.covers(e.organizer, e.date)) continue;
    if (data.org(e.organizer)?.type === 'center') events.push(e);
    else otherEvents.push(e);
  }
  const centers: Organization[] = [];
  for (const region of scope.regions) {
    for (const org of data.orgsIn(region)) if (org.type === 'center') centers.push(org);
  }
  const requests: OddView['requests'] = [];
  for (const event of events) for (const request of data.requestsFor(event.id)) requests.push({ request, event });
  return { events, otherEvents, centers, requests };
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

export { judgeHead } from '../../src/model/people.js';
