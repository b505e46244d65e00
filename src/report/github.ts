import type { Formatter } from './types.js';
import { joinStream, type StreamFormatter } from './stream.js';
import type { Severity } from '../engine/findings.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 * Escaping as the runner unescapes (actions/toolkit `toCommandValue` / `escapeData` /
 * `escapeProperty`): `%`, CR and LF everywhere; `:` and `,` too in properties. So a newline in a
 * message never starts a new command, and a `,` in a file name never ends the property.
 */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One command per finding (`::error`, `::warning`, `::notice`), titled with the rule id.
 * A finding in the settings file (no data file) is annotated without a place.
 */
export const streamGithub: StreamFormatter = function* (result, ctx) {
  // The settings file in the job's log (a debug line, not an annotation).
  if (ctx.settingsFile !== undefined) yield `::debug::ereje settings: ${escapeData(ctx.settingsFile ?? '(none: defaults)')}\n`;
  let out = '';
  for (const f of result.findings) {
    const clause = f.clause ? ` (${f.clause})` : '';
    const where = f.file ? `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},` : '';
    out += `::${COMMAND[f.severity]} ${where}title=${escapeProperty(f.rule)}::${escapeData(f.message + clause)}\n`;
    if (out.length > 64 * 1024) {
      yield out;
      out = '';
    }
  }
  if (out) yield out;
};

export const formatGithub: Formatter = (result, ctx) => joinStream(streamGithub(result, ctx));
