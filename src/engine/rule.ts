/**
 * What a rule and a rule module are.
 *
 * A module encodes one regulation: where and from when it is in force, the original text of
 * every clause its rules cite, and which records it checks (its view). A rule is one file
 * under rules/<module>/: its id, clauses, severity, parameters (each with a default and the
 * clause it comes from), messages in kk/ru/en, documentation, and `check` — a pure function
 * of the data, the as-of date and the parameters that reports findings.
 */
import type { z } from 'zod';
import type { Lang, Localized } from '../core/i18n.js';
import type { IsoDate } from '../core/dates.js';
import type { Dataset } from '../model/dataset.js';
import type { Organization, Region } from '../schema/collections.js';
import type { Severity } from './findings.js';
import type { PathSeg } from '../load/positions.js';
import type { SchoolYear } from './settings.js';
import type { WorkingCalendar } from '../calendar/working-days.js';
import type { TraceInput } from './trace.js';

export interface ClauseText {
  kk: string;
  /** The regulation's Russian text of the clause, where it has one. */
  ru?: string;
  /** A working English translation, in the project's own words (unofficial: the original wins). */
  en?: string;
}

/**
 * A text of a rule's or module's documentation: kk, ru and en (catalog v2 docs are written in all
 * three). A plain string is English only — allowed while docs are translated; a meta-test lists
 * what is left.
 */
export type DocText = string | Localized;

/** The text of `t` in `lang` (a plain string is English and is returned as it is). */
export function docText(t: DocText, lang: Lang): string;
export function docText(t: DocText | undefined, lang: Lang): string | undefined;
export function docText(t: DocText | undefined, lang: Lang): string | undefined {
  if (t === undefined || typeof t === 'string') return t;
  return t[lang] || t.en;
}

export interface ParamSpec<T = unknown> {
  schema: z.ZodType<T>;
  default: T;
  description: DocText;
  /** The clause the value comes from (OpenFisca-style: values carry their legal reference). */
  clause?: string;
}

export interface Scope {
  regions: ReadonlySet<string>;
  /** In force from (null: no date in the text). */
  from: IsoDate | null;
  /** Is an organization's place inside the module's regions? */
  coversOrg(org: Organization | undefined): boolean;
  /** Is a record of this organization, dated `date`, under the regulation? */
  covers(orgId: string | null | undefined, date?: IsoDate | null): boolean;
}

export interface ModuleDef<V = unknown> {
  name: string;
  /** Regulation id, e.g. turkistan-2023-open-door-day. */
  regulation: string;
  title: Localized;
  /**
   * The regulation's official name as documents cite it (one source for every template): Kazakh
   * and Russian, nominative and genitive («… ереженің 5.2-тармағына сәйкес», «пунктом 5.2
   * Положения о …»), and the short genitive of later references («пункт 3.1 Правил / Положения»).
   */
  cite?: { kk: string; kk_of: string; ru: string; ru_of: string; ru_short_of: string };
  /** The regulation's original text, a path inside the package (docs/regulations/…). */
  source: string;
  regions: readonly Region[] | 'all';
  from: IsoDate | null;
  /** A note on the date (e.g. the month is blank in the original). */
  fromNote?: DocText;
  /** Original text of every clause cited by the module's rules. */
  clauses: Record<string, ClauseText>;
  /** Whether and where the regulation is in force is uncertain (kk, ru, en): shown by `rules show`. */
  status?: Localized;
  /** Notes on the regulation as a whole (e.g. where its two language versions differ). */
  notes?: DocText[];
  /** The records the module checks, given where and when it is in force. */
  view(data: Dataset, scope: Scope): V;
  /** How many records the view holds (the run's summary). */
  count(view: V): number;
}

export interface ReportInput {
  messageId: string;
  subject: string;
  /** The record the finding is about (or that holds the value to fix)… */
  at: object;
  /** …and the path of the value to fix inside it (default: the record itself). */
  path?: readonly PathSeg[];
  data?: Record<string, unknown>;
  period?: string;
  /** Other records involved, shown as related locations. */
  related?: { at: object; path?: readonly PathSeg[]; note?: string }[];
  clause?: string;
  /** Values and a computation for the finding's trace, beyond what the engine records itself. */
  trace?: TraceInput;
}

export interface RuleContext<V = unknown, P = Record<string, unknown>> {
  readonly data: Dataset;
  readonly asOf: IsoDate;
  readonly params: P;
  readonly view: V;
  readonly scope: Scope;
  readonly calendar: { schoolYears: readonly SchoolYear[]; /** Kazakhstan's working days with the settings' changes. */ workingDays?: WorkingCalendar };
  report(input: ReportInput): void;
}

/**
 * What falls due under a rule (`ereje agenda`): an obligation still open on the as-of day —
 * one that, left undone past `due`, becomes this rule's finding the day after.
 */
export interface ObligationInput {
  /** The same subject the rule's findings name (an event, a landing, a centre, a person). */
  subject: string;
  /** The period it is for (a quarter label), as in the rule's findings. */
  period?: string;
  /** Distinguishes two obligations of one rule and subject (e.g. 'requests-close'). */
  kind?: string;
  /** The last day it may be done on (a calendar date, before any move off a day off). */
  due: IsoDate;
  /** What to do, in each language. */
  title: Localized;
  /** The record it is about (its place is shown), and the value inside it. */
  at: object;
  path?: readonly PathSeg[];
  /** The organization it falls on, and the staff member responsible where the data says. */
  org?: string | null;
  responsible?: string | null;
  clause?: string;
}

/** Days the settings give for what follows an event (render: recommendations_days, council_days, reference_days). */
export interface FollowUpDays {
  recommendations: number;
  council: number;
  reference: number;
}

export interface ObligationContext<V = unknown, P = Record<string, unknown>> {
  readonly data: Dataset;
  /** The first day of the agenda: what is done by then is done. */
  readonly asOf: IsoDate;
  readonly params: P;
  readonly view: V;
  readonly scope: Scope;
  readonly calendar: { schoolYears: readonly SchoolYear[]; workingDays?: WorkingCalendar };
  readonly days: FollowUpDays;
}

export interface RuleDoc {
  /** What the clause asks and how the rule checks it (kk, ru, en). */
  summary: DocText;
  /** A longer explanation: boundaries, what counts, what is skipped (paragraphs split by a blank line). */
  details?: DocText;
  /** YAML that passes and YAML that fails. */
  examples: { pass: string; fail: string };
  /** Further notes (e.g. a national law that differs). */
  notes?: DocText[];
}

export interface RuleDef<V = unknown, P extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  clauses: readonly string[];
  severity: Severity;
  /** What `subject` names in this rule's findings (catalog's subject column). */
  subject: DocText;
  params?: { [K in keyof P]: ParamSpec<P[K]> };
  messages: Record<string, Localized>;
  /** Messages graded other than the rule's severity (e.g. missing data as a warning); settings that set the rule's severity win. */
  messageSeverity?: Record<string, Severity>;
  docs: RuleDoc;
  /** Reading rules (data/syntax, data/encoding, data/schema, data/duplicate-id) report from the loader. */
  reportedBy?: 'loader' | 'exceptions';
  /** May settings turn it off? (data/* reading rules are always on.) */
  alwaysOn?: boolean;
  check?(ctx: RuleContext<V, P>): void;
  /** What falls due under the rule (optional; pure, like `check`: same view, parameters, scope). */
  obligations?(ctx: ObligationContext<V, P>): ObligationInput[];
}

export function defineModule<V>(def: ModuleDef<V>): ModuleDef<V> {
  return def;
}

/** A typed rule factory for a module's view. */
export function ruleFor<V>() {
  return <P extends Record<string, unknown> = Record<string, never>>(def: RuleDef<V, P>): RuleDef<V, P> => def;
}

export type AnyRule = RuleDef<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type AnyModule = ModuleDef<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type { Lang };
