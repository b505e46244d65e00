/**
 * The agenda as a library: which obligations fall due in a window, from the rules themselves.
 *
 * Each rule that has a deadline lists what is still open (its `obligations`, on the same view,
 * parameters and in-force scope as its `check`, resolved from the same settings). Here they are
 * placed (file:line), given a stable id, moved off days off to the last working day before,
 * filtered to the window and an organization, and sorted: overdue first, then by date.
 */
import { createHash } from 'node:crypto';
import { addDays, type IsoDate } from '../core/dates.js';
import { fmt, pickText, type Lang, type Localized } from '../core/i18n.js';
import { defaultSchoolYears } from '../calendar/school-years.js';
import { workingCalendar, whyOff, type WorkingCalendar } from '../calendar/working-days.js';
import { makeScope, resolveConfig } from '../engine/run.js';
import type { Registry } from '../engine/registry.js';
import type { FollowUpDays, ObligationContext, ObligationInput } from '../engine/rule.js';
import type { LoadedSettings } from '../engine/settings.js';
import type { Dataset } from '../model/dataset.js';
import type { LoadedExceptions } from '../exceptions/load.js';

export interface AgendaItem {
  /** Stable across runs and edits of other records: derived from rule, subject, period and kind. */
  uid: string;
  rule: string;
  module: string;
  regulation: string;
  clause: string;
  subject: string;
  period: string | null;
  kind: string | null;
  /** The date the rule sets. */
  due: IsoDate;
  /** The working day to do it by: `due`, or the last working day before it when `due` is a day off. */
  doBy: IsoDate;
  /** Why `due` is a day off (weekday and holiday), when it is. */
  dueOff: Localized | null;
  overdue: boolean;
  title: Localized;
  org: string | null;
  orgName: Localized | null;
  responsible: string | null;
  responsibleName: string | null;
  file: string;
  line: number;
  column: number;
}

export interface AgendaOptions {
  registry: Registry;
  data: Dataset;
  settings: LoadedSettings;
  /** First day of the window; what is due before it and still open is overdue. */
  from: IsoDate;
  /** Last day of the window (inclusive). */
  to: IsoDate;
  org?: string;
  days: FollowUpDays;
  calendar?: WorkingCalendar;
  /** The exceptions file: each exception in force falls due on its expiry date (exceptions/expired the day after). */
  exceptions?: LoadedExceptions;
}

export interface Agenda {
  from: IsoDate;
  to: IsoDate;
  items: AgendaItem[];
  /** Years of the window the holidays file does not list (their religious days and transfers are unknown). */
  unknownYears: number[];
}

/** A UID of 32 hex digits from what the obligation is, never from where or when it was read. */
export function obligationUid(rule: string, subject: string, period: string | null, kind: string | null): string {
  const h = createHash('sha256').update([rule, subject, period ?? '', kind ?? ''].join('\u0000')).digest('hex');
  return `${h.slice(0, 32)}@ereje`;
}

function both(t: string | { kk?: string; ru?: string } | null | undefined): Localized | null {
  if (t === null || t === undefined) return null;
  return { kk: pickText(t, 'kk'), ru: pickText(t, 'ru'), en: pickText(t, 'kk') };
}

export function collectAgenda(opts: AgendaOptions): Agenda {
  const { registry, data, settings, from, to } = opts;
  const cal = opts.calendar ?? workingCalendar(settings.settings);
  const { configs, scopes } = resolveConfig(registry, settings);
  const schoolYears = settings.settings.calendar?.school_years ?? defaultSchoolYears();
  const items: AgendaItem[] = [];
  const seen = new Set<string>();
  for (const [name, mod] of registry.modules) {
    const sc = scopes.get(name)!;
    if (!sc.enabled) continue;
    const active = configs.filter((c) => c.module === mod && c.rule.obligations);
    if (!active.length) continue;
    const scope = makeScope(data, sc.regions, sc.from);
    const view = mod.view(data, scope);
    for (const cfg of active) {
      const ctx: ObligationContext<unknown, Record<string, unknown>> = { data, asOf: from, params: cfg.params, view, scope, calendar: { schoolYears, workingDays: cal }, days: opts.days };
      for (const o of cfg.rule.obligations!(ctx) as ObligationInput[]) {
        const overdue = o.due < from;
        if (!overdue && o.due > to) continue;
        if (opts.org && o.org !== opts.org) continue;
        const uid = obligationUid(cfg.rule.id, o.subject, o.period ?? null, o.kind ?? null);
        if (seen.has(uid)) continue;
        seen.add(uid);
        const info = cal.info(o.due);
        const loc = data.locate(o.at, o.path ?? []);
        const file = data.files[loc.file]?.display ?? '';
        const org = o.org ? data.org(o.org) : undefined;
        const person = o.responsible ? data.person(o.responsible) : undefined;
        items.push({
          uid,
          rule: cfg.rule.id,
          module: name,
          regulation: mod.regulation,
          clause: o.clause ?? cfg.rule.clauses.join(', '),
          subject: o.subject,
          period: o.period ?? null,
          kind: o.kind ?? null,
          due: o.due,
          doBy: cal.lastWorkingDayOnOrBefore(o.due),
          dueOff: info.off ? { kk: whyOff(info, 'kk'), ru: whyOff(info, 'ru'), en: whyOff(info, 'en') } : null,
          overdue,
          title: o.title,
          org: o.org ?? null,
          orgName: org ? both(org.name) : null,
          responsible: o.responsible ?? null,
          responsibleName: person ? pickText(person.name, 'kk') : null,
          file,
          ...data.lineCol(loc),
        });
      }
    }
  }
  if (opts.exceptions) items.push(...exceptionItems(opts, cal, seen));
  items.sort(compareItems);
  const unknownYears: number[] = [];
  for (let y = +from.slice(0, 4); y <= +to.slice(0, 4); y++) if (!cal.knows(y)) unknownYears.push(y);
  return { from, to, items, unknownYears };
}

/** Overdue first (oldest first), then by the day to do it by, then by rule and subject. */
export function compareItems(a: AgendaItem, b: AgendaItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const ka = a.overdue ? a.due : a.doBy, kb = b.overdue ? b.due : b.doBy;
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if (a.subject !== b.subject) return a.subject < b.subject ? -1 : 1;
  return (a.period ?? '') < (b.period ?? '') ? -1 : (a.period ?? '') > (b.period ?? '') ? 1 : 0;
}

/** The window's last day from --days N (N days from `from`, `from` included) or --to. */
export function windowEnd(from: IsoDate, days: number | undefined, to: IsoDate | undefined): IsoDate {
  if (to) return to;
  return addDays(from, Math.max(1, days ?? 28) - 1);
}

export type { Lang };

const EXPIRES: Localized = {
  kk: '{rule} ережесі бойынша «{subject}» ерекшелігінің мерзімі бітеді: бұзушылықты түзету немесе жаңа шешіммен ұзарту (шешім: {approver}, {approved})',
  ru: 'Истекает исключение для «{subject}» по правилу {rule}: исправить нарушение или продлить исключение новым решением (решение: {approver}, {approved})',
  en: 'The exception for "{subject}" under {rule} expires: fix the finding, or extend the exception by a new decision (decided by {approver}, {approved})',
};

/**
 * Exceptions that expire: due on their last day in force; from the day after, the finding they
 * covered is back and the exception itself is exceptions/expired. Malformed entries, and those
 * naming a rule that does not exist, are exceptions/invalid already and owe nothing here.
 */
function exceptionItems(opts: AgendaOptions, cal: WorkingCalendar, seen: Set<string>): AgendaItem[] {
  const { registry, data, from, to } = opts;
  const ex = opts.exceptions!;
  const out: AgendaItem[] = [];
  for (const e of ex.entries) {
    const { rule, subject } = e.key;
    if (!registry.rules.has(rule) || rule.startsWith('exceptions/')) continue;
    const overdue = e.expires < from;
    if (!overdue && e.expires > to) continue;
    const person = data.person(e.approvedBy);
    const orgId = person?.org ?? null;
    if (opts.org && orgId !== opts.org) continue;
    const uid = obligationUid('exceptions/expired', subject, null, rule);
    if (seen.has(uid)) continue;
    seen.add(uid);
    const info = cal.info(e.expires);
    const values = { rule, subject, approver: person ? pickText(person.name, 'kk') : e.approvedBy, approved: e.approvedOn };
    const title = { kk: fmt(EXPIRES.kk, values, 'kk'), ru: fmt(EXPIRES.ru, values, 'ru'), en: fmt(EXPIRES.en, values, 'en') };
    const org = orgId ? data.org(orgId) : undefined;
    const place = e.where('expires');
    out.push({
      uid,
      rule: 'exceptions/expired',
      module: 'exceptions',
      regulation: '',
      clause: '',
      subject,
      period: null,
      kind: rule,
      due: e.expires,
      doBy: cal.lastWorkingDayOnOrBefore(e.expires),
      dueOff: info.off ? { kk: whyOff(info, 'kk'), ru: whyOff(info, 'ru'), en: whyOff(info, 'en') } : null,
      overdue,
      title,
      org: orgId,
      orgName: org ? both(org.name) : null,
      responsible: person ? e.approvedBy : null,
      responsibleName: person ? pickText(person.name, 'kk') : null,
      file: ex.display,
      line: place.line,
      column: place.column,
    });
  }
  return out;
}
