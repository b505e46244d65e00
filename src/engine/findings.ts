/** Findings: what every check produces, and what every formatter consumes. */
import type { Trace } from './trace.js';
import type { Localized } from '../core/i18n.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The severity as a word, in the reader's language (one table for every report and command). */
export const SEVERITY_WORD: Record<Severity, Localized> = {
  error: { kk: 'қате', ru: 'ошибка', en: 'error' },
  warning: { kk: 'ескерту', ru: 'предупреждение', en: 'warning' },
  info: { kk: 'ақпарат', ru: 'замечание', en: 'info' },
};

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function atLeast(s: Severity, level: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[level];
}

/**
 * A place in the data: a file of the run and either a path to a value in it (resolved to a
 * line and column only when the finding is printed), an offset, or a known line and column.
 */
export type Loc =
  | { file: number; path: readonly (string | number)[]; key?: boolean }
  | { file: number; offset: number }
  | { file: number; line: number; column: number };

export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** The contract of `--format json` (docs/json-report.md), plus related locations for cross-record rules. */
export interface Finding {
  rule: string;
  severity: Severity;
  subject: string | null;
  period: string | null;
  regulation: string | null;
  clause: string | null;
  message: string;
  file: string;
  line: number;
  column: number;
  related?: RelatedLocation[];
  /** The why of the finding: values with their places, parameters, computation (`--trace`). */
  trace?: Trace;
  /** The value's path inside the subject's record (`requested[2].covers`), when the rule names one: exceptions match on it. */
  field?: string;
}

/** Why a finding is not counted: the exception (exceptions.yaml) that covers it. */
export interface Suppression {
  /** Where the exception is (the exceptions file, its entry's line). */
  file: string;
  line: number;
  column: number;
  reason: string;
  approvedBy: string;
  /** The approver's name from the staff records. */
  approvedByName: string | null;
  approvedOn: string;
  expires: string;
  /** The order or minutes that decided it. */
  decision: string | null;
}

export interface SuppressedFinding extends Finding {
  suppression: Suppression;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if ((a.subject ?? '') !== (b.subject ?? '')) return (a.subject ?? '') < (b.subject ?? '') ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export interface Summary {
  error: number;
  warning: number;
  info: number;
  files: number;
  records: number;
}
