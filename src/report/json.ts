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
  };
  return JSON.stringify(report, null, 2) + '\n';
};
