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
  /** The name of the record with this id, in the report's language (the xlsx report's Name column). */
  nameOf?(id: string): string | undefined;
}

export type Formatter = (result: RunResult, ctx: FormatContext) => string;
