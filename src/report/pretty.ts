/** The terminal report: findings grouped by file, then a summary table per module. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Formatter } from './types.js';
import { traceLines } from './trace-text.js';
import type { Severity } from '../engine/findings.js';
import { plural, type Forms } from '../core/plural.js';
import { fmt, pickLocalized, type Lang, type Localized } from '../core/i18n.js';

const L: Record<string, Localized> = {
  error: { kk: 'қате', ru: 'ошибка', en: 'error' },
  warning: { kk: 'ескерту', ru: 'предупр.', en: 'warning' },
  info: { kk: 'ақпарат', ru: 'инфо', en: 'info' },
  module: { kk: 'модуль', ru: 'модуль', en: 'module' },
  records: { kk: 'тексерілген жазба', ru: 'проверено записей', en: 'records checked' },
  errors: { kk: 'қате', ru: 'ошибки', en: 'errors' },
  warnings: { kk: 'ескерту', ru: 'предупреждения', en: 'warnings' },
  infos: { kk: 'ақпарат', ru: 'инфо', en: 'info' },
  off: { kk: 'өшірулі', ru: 'выключен', en: 'off' },
  total: {
    kk: '{errors} қате, {warnings} ескерту, {info} ақпарат — {files} файл, {records} жазба, {asOf} күнге',
    ru: '{errors} ошибок, {warnings} предупреждений, {info} инфо — файлов: {files}, записей: {records}, на {asOf}',
    en: '{errors} errors, {warnings} warnings, {info} info in {files} files ({records} records), as of {asOf}',
  },
  suppressed: {
    kk: '{findings} ерекшеліктер файлымен ({file}) жасырылды — тізімі: --show-suppressed',
    ru: 'Нарушений, скрытых файлом исключений ({file}): {count} — список: --show-suppressed',
    en: '{findings} covered by the exceptions file ({file}) — list them with --show-suppressed',
  },
  suppressedListed: {
    kk: '{findings} ерекшеліктер файлымен ({file}) жасырылды (саналмайды):',
    ru: 'Нарушений, скрытых файлом исключений ({file}), не учитываются: {count}:',
    en: '{findings} covered by the exceptions file ({file}), not counted:',
  },
  because: {
    kk: 'себебі: {reason}; бекіткен: {approver}, {approvedOn}{decision}; мерзімі: {expires} дейін ({place})',
    ru: 'причина: {reason}; утвердил(а): {approver}, {approvedOn}{decision}; до {expires} ({place})',
    en: 'reason: {reason}; approved by {approver} on {approvedOn}{decision}; until {expires} ({place})',
  },
  clean: {
    kk: 'Бұзушылық табылмады — {files} файл, {records} жазба, {asOf} күнге',
    ru: 'Нарушений не найдено — файлов: {files}, записей: {records}, на {asOf}',
    en: 'No findings in {files} files ({records} records), as of {asOf}',
  },
};

const t = (k: string, lang: Lang) => pickLocalized(L[k], lang);

const FINDINGS: Forms = { kk: 'бұзушылық', ru: { one: 'нарушение', few: 'нарушения', many: 'нарушений' }, en: { one: 'finding', other: 'findings' } };

/** The summary line of what the exceptions file covers, or (--show-suppressed) the list with each one's reason. */
function suppressedLines(result: Parameters<Formatter>[0], ctx: Parameters<Formatter>[1], c: InstanceType<typeof Chalk>): string[] {
  const list = result.suppressed ?? [];
  if (!list.length) return [];
  const file = list[0].suppression.file;
  const counted = { count: list.length, findings: plural(list.length, FINDINGS, ctx.lang), file };
  if (!ctx.showSuppressed) return [c.dim(fmt(t('suppressed', ctx.lang), counted, ctx.lang))];
  const out = ['', fmt(t('suppressedListed', ctx.lang), counted, ctx.lang)];
  for (const f of list) {
    const s = f.suppression;
    const clause = f.clause ? ` (${f.clause})` : '';
    out.push(`  ${c.dim(`${f.file}:${f.line}:${f.column}`)}  ${c.dim(f.rule + clause)}  ${f.message}`);
    const approver = s.approvedByName ? `${s.approvedByName} (${s.approvedBy})` : s.approvedBy;
    const values = { reason: s.reason, approver, approvedOn: s.approvedOn, decision: s.decision ? `, ${s.decision}` : '', expires: s.expires, place: `${s.file}:${s.line}` };
    out.push(`      ${c.dim(fmt(t('because', ctx.lang), values, ctx.lang))}`);
  }
  return out;
}

export const formatPretty: Formatter = (result, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];

  let current: string | null = null;
  const width = Math.max(0, ...result.findings.map((f) => `${f.line}:${f.column}`.length));
  const sevWidth = Math.max(...(['error', 'warning', 'info'] as const).map((s) => t(s, ctx.lang).length));
  for (const f of result.findings) {
    if (f.file !== current) {
      if (current !== null) lines.push('');
      lines.push(c.underline(f.file || '(settings)'));
      current = f.file;
    }
    const where = `${f.line}:${f.column}`.padEnd(width);
    const sev = paint[f.severity](t(f.severity, ctx.lang).padEnd(sevWidth));
    const clause = f.clause ? ` (${f.clause})` : '';
    const period = f.period ? ` [${f.period}]` : '';
    lines.push(`  ${c.dim(`${f.file}:${where}`)}  ${sev}  ${f.message}${period}  ${c.dim(f.rule + clause)}`);
    if (f.trace) for (const l of traceLines(f.trace)) lines.push(`      ${c.dim(l)}`);
  }
  if (result.findings.length) lines.push('');

  // Summary: counts per module and severity, and how many records each module checked.
  const perModule = new Map<string, Record<Severity, number>>();
  for (const f of result.findings) {
    const m = f.rule.slice(0, f.rule.indexOf('/'));
    const row = perModule.get(m) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    perModule.set(m, row);
  }
  const table = new Table({
    head: [t('module', ctx.lang), t('errors', ctx.lang), t('warnings', ctx.lang), t('infos', ctx.lang), t('records', ctx.lang)],
    style: { head: ctx.color ? ['bold'] : [], border: ctx.color ? ['grey'] : [] },
    colAligns: ['left', 'right', 'right', 'right', 'right'],
  });
  for (const m of result.modules) {
    const row = perModule.get(m.name) ?? { error: 0, warning: 0, info: 0 };
    table.push([
      m.name,
      row.error ? paint.error(String(row.error)) : '0',
      row.warning ? paint.warning(String(row.warning)) : '0',
      row.info ? paint.info(String(row.info)) : '0',
      m.enabled ? String(m.records) : c.dim(t('off', ctx.lang)),
    ]);
  }
  lines.push(table.toString());
  const s = result.summary;
  const values = { errors: s.error, warnings: s.warning, info: s.info, files: s.files, records: s.records, asOf: ctx.asOf };
  const total = s.error + s.warning + s.info === 0 ? c.green(fmt(t('clean', ctx.lang), values, ctx.lang)) : fmt(t('total', ctx.lang), values, ctx.lang);
  lines.push(total);
  lines.push(...suppressedLines(result, ctx, c));
  return lines.join('\n') + '\n';
};
