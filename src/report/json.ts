import type { Formatter } from './types.js';
import { joinStream, streamJsonArray, type StreamFormatter } from './stream.js';

/** `--format json`: exactly the contract of cli.md, stable for CI scripts; written finding by finding. */
export const streamJson: StreamFormatter = (result, ctx) =>
  streamJsonArray(
    (findings) => ({
      tool: { name: 'ereje', version: ctx.version },
      asOf: ctx.asOf,
      // Which ereje.yaml decided the modules, severities and parameters (null: none, the defaults).
      ...(ctx.settingsFile !== undefined ? { settings: ctx.settingsFile } : {}),
      findings,
      summary: result.summary,
    }),
    (function* () {
      for (const f of result.findings) {
        yield {
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
        };
      }
    })(),
  );

export const formatJson: Formatter = (result, ctx) => joinStream(streamJson(result, ctx));
