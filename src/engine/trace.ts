/**
 * The why of a finding (its trace): the values it was computed from, each with its place in
 * the files; the rule's parameters with their value, clause and where the value came from
 * (the rule's default, the settings, the module's settings); and, where the rule says it, the
 * computation in words («2026-04-16 − 2026-04-03 = 13 күн < 14»).
 *
 * Rules do not format traces by hand: the engine builds one for every finding from what the
 * rule reported anyway — the value it points at, the related places, the parameters — and a
 * rule may add named values and a computation (ReportInput.trace). Built only when asked for
 * (`--trace`, `why`, the HTML report), so a plain run pays nothing for it.
 */
import { pickText, type Lang, type Localized } from '../core/i18n.js';
import type { Loc } from './findings.js';
import type { PathSeg } from '../load/positions.js';

/** Where a parameter's value came from. */
export type ParamSource = 'default' | 'settings' | 'module-settings';

export const PARAM_SOURCE: Record<ParamSource, Localized> = {
  default: { kk: 'әдепкі мән', ru: 'по умолчанию', en: 'default' },
  settings: { kk: 'баптаулар: rules', ru: 'настройки: rules', en: 'settings: rules' },
  'module-settings': { kk: 'баптаулар: modules', ru: 'настройки: modules', en: 'settings: modules' },
};

/** What a check hands the engine for the trace (raw: places unresolved, texts unlocalized). */
export interface RawTrace {
  values: { name: string; value: unknown; loc: Loc }[];
  params: { name: string; value: unknown; clause?: string; source: ParamSource }[];
  computation?: Localized;
  region?: string;
}

/** A finding's trace as reports print it. */
export interface Trace {
  values: { name: string; value: string; file: string; line: number; column: number }[];
  params: { name: string; value: string; clause: string | null; source: ParamSource; sourceText: string }[];
  computation: string | null;
  /** The region of the record the finding is about, where known. */
  region: string | null;
}

/** Extra values and a computation a rule may add to a finding's trace. */
export interface TraceInput {
  values?: { at: object; path?: readonly PathSeg[]; name?: string }[];
  computation?: Localized;
}

/** `req-1.submitted`, `odd-1.speakers[1].consent`: a value's name in a trace. */
export function valueName(rec: object, path: readonly PathSeg[]): string {
  const id = (rec as { id?: unknown }).id;
  let s = typeof id === 'string' ? id : '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return s || '(record)';
}

/** The value at a path inside a record (undefined when it is not there). */
export function valueAt(rec: object, path: readonly PathSeg[]): unknown {
  let v: unknown = rec;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** A value as a trace shows it: texts in the reader's language, records and lists kept short. */
export function showValue(v: unknown, lang: Lang, max = 160): string {
  let s: string;
  if (v === undefined) s = lang === 'kk' ? '(жоқ)' : lang === 'ru' ? '(нет)' : '(none)';
  else if (v === null) s = 'null';
  else if (typeof v === 'string') s = v;
  else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
  else if (typeof v === 'object' && !Array.isArray(v) && ('kk' in v || 'ru' in v) && Object.keys(v).every((k) => k === 'kk' || k === 'ru')) {
    s = pickText(v as { kk?: string; ru?: string }, lang);
  } else {
    try {
      s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? String(x) : x));
    } catch {
      s = String(v);
    }
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Days between two ISO dates as a computation line: «B − A = n күн < lead». */
export function daysComputation(later: string, earlier: string, days: number, op: '<' | '≥' | '>' | '≤', limit: number): Localized {
  return {
    kk: `${later} − ${earlier} = ${days} күн ${op} ${limit}`,
    ru: `${later} − ${earlier} = ${days} дн. ${op} ${limit}`,
    en: `${later} − ${earlier} = ${days} day${days === 1 ? '' : 's'} ${op} ${limit}`,
  };
}
