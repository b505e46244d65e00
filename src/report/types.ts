/** Formatters are pure: (run result, context) → text. They know nothing of files or rules' insides. */
import type { Lang } from '../core/i18n.js';
import type { RunResult } from '../engine/run.js';
import type { AnyModule, AnyRule } from '../engine/rule.js';

export interface FormatContext {
  asOf: string;
  lang: Lang;
  color: boolean;
  version: string;
  /** Every rule that ran (formatters that describe rules, e.g. SARIF, read their docs). */
  rules: AnyRule[];
  moduleOf(ruleId: string): AnyModule;
  /** The settings file the run used (as shown: relative to the current folder), or null: every format names it. */
  settingsFile?: string | null;
  /** The name of the record with this id, in the report's language (the xlsx report's Name column). */
  nameOf?(id: string): string | undefined;
  /** List the findings exceptions cover (pretty: `--show-suppressed`); other formats always carry them. */
  showSuppressed?: boolean;
  /**
   * What was checked, as the user named it (the paths given, or the data repo's folder name
   * for `.`): names the JUnit suite and the SARIF run category, so reports of several data
   * repos or paths stay apart when a CI server merges them. Absent: 'ereje'.
   */
  target?: string;
  /** Where a finding's value ends, when known (SARIF's endLine/endColumn); absent: starts only. */
  extentOf?(f: import('../engine/findings.js').Finding): { endLine: number; endColumn: number } | null;
  /** The environment (the GitHub formatter reads the run's links from it); absent in pure uses. */
  env?: Readonly<Record<string, string | undefined>>;
}

export type Formatter = (result: RunResult, ctx: FormatContext) => string;
