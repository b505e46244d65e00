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
}

export type Formatter = (result: RunResult, ctx: FormatContext) => string;
