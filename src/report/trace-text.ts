/** A finding's trace as lines of text (pretty output, `ereje why`). */
import type { Trace } from '../engine/trace.js';

/** `lead_days = 14 (3.4.1, default)`, `req-1.submitted = 2026-04-03  file:33:16`, the computation. */
export function traceLines(t: Trace): string[] {
  const out: string[] = [];
  for (const v of t.values) out.push(`↳ ${v.name} = ${v.value}  ${v.file}:${v.line}:${v.column}`);
  for (const p of t.params) out.push(`↳ ${p.name} = ${p.value} (${p.clause ? `${p.clause}, ` : ''}${p.sourceText})`);
  if (t.computation) out.push(`↳ ${t.computation}`);
  return out;
}
