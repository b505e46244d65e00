import type { Formatter } from './types.js';
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
export const formatGithub: Formatter = (result) => {
  let out = '';
  for (const f of result.findings) {
    const clause = f.clause ? ` (${f.clause})` : '';
    const where = f.file ? `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},` : '';
    out += `::${COMMAND[f.severity]} ${where}title=${escapeProperty(f.rule)}::${escapeData(f.message + clause)}\n`;
  }
  // Findings exceptions.yaml accepts are not annotated; the job's log says how many there are.
  const accepted = result.suppressed ?? [];
  if (accepted.length) out += escapeData(`ereje: ${accepted.length} finding${accepted.length === 1 ? '' : 's'} accepted by ${accepted[0].suppression.file} (not annotated; ereje validate --show-suppressed lists them)`) + '\n';
  return out;
};
