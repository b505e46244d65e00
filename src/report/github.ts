import type { Formatter } from './types.js';
import type { Severity } from '../engine/findings.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (result) => {
  let out = '';
  for (const f of result.findings) {
    const clause = f.clause ? ` (${f.clause})` : '';
    out += `::${COMMAND[f.severity]} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(f.rule)}::${escapeData(f.message + clause)}\n`;
  }
  return out;
};
