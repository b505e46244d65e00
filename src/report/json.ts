import type { Formatter } from './types.js';
import { joinStream, streamJsonArray, type StreamFormatter } from './stream.js';
import type { Finding } from '../engine/findings.js';

/** `--format json`: exactly the contract of docs/json-report.md, stable for CI scripts; written finding by finding. */
export const streamJson: StreamFormatter = (result, ctx) => {
  const report = (findings: unknown) => ({
    tool: { name: 'ereje', version: ctx.version },
    asOf: ctx.asOf,
    // Which ereje.yaml decided the modules, severities and parameters (null: none, the defaults).
    ...(ctx.settingsFile !== undefined ? { settings: ctx.settingsFile } : {}),
    findings,
    summary: result.summary,
    // Findings the exceptions file covers (not counted in the summary), each with its exception.
    suppressed: (result.suppressed ?? []).map((f) => ({
      ...findingFields(f),
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
  });
  const findings = (function* () {
    for (const f of result.findings) {
      yield {
        ...findingFields(f),
        ...(f.trace ? { trace: f.trace } : {}),
      };
    }
  })();
  return streamJsonArray(report, findings);
};

export const formatJson: Formatter = (result, ctx) => joinStream(streamJson(result, ctx));

/** A finding's fields in the JSON report (docs/json-report.md), in their order: one shape for findings and suppressed ones. */
function findingFields(f: Finding) {
  return { rule: f.rule, severity: f.severity, subject: f.subject, period: f.period, regulation: f.regulation, clause: f.clause, message: f.message, file: f.file, line: f.line, column: f.column };
}
