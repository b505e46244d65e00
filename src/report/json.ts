import type { Formatter } from './types.js';

/** `--format json`: exactly the contract of docs/json-report.md, stable for CI scripts. */
export const formatJson: Formatter = (result, ctx) => {
  const report = {
    tool: { name: 'ereje', version: ctx.version },
    asOf: ctx.asOf,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      subject: f.subject,
      period: f.period,
      regulation: f.regulation,
      clause: f.clause,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.trace ? { trace: f.trace } : {}),
    })),
    summary: result.summary,
    // Findings the exceptions file covers (not counted in the summary), each with its exception.
    suppressed: (result.suppressed ?? []).map((f) => ({
      rule: f.rule,
      severity: f.severity,
      subject: f.subject,
      period: f.period,
      regulation: f.regulation,
      clause: f.clause,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      ...(f.field ? { path: f.field } : {}),
      ...(f.trace ? { trace: f.trace } : {}),
      exception: {
        file: f.suppression.file,
        line: f.suppression.line,
        reason: f.suppression.reason,
        approved_by: f.suppression.approvedBy,
        approved_by_name: f.suppression.approvedByName,
        approved_on: f.suppression.approvedOn,
        decision: f.suppression.decision,
        expires: f.suppression.expires,
      },
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
};
