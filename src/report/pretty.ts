/** The terminal report: findings grouped by file, then a summary table per module. */
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Formatter } from './types.js';
import { traceLines } from './trace-text.js';
import type { Severity } from '../engine/findings.js';
import { plural, SEVERITY_FORMS, type Forms } from '../core/plural.js';
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
    kk: '{errors}, {warnings}, {info} — {files} файл, {records} жазба, {asOf} күнге',
    ru: '{errors}, {warnings}, {info} — файлов: {files}, записей: {records}, на {asOf}',
    en: '{errors}, {warnings}, {info} in {files} files ({records} records), as of {asOf}',
  },
  settings: { kk: 'Баптаулар', ru: 'Настройки', en: 'Settings' },
  noSettings: { kk: 'жоқ (әдепкі мәндер)', ru: 'нет (значения по умолчанию)', en: 'none (the defaults)' },
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

/**
 * What a terminal must never receive from the data: control characters (a newline would forge
 * a finding line, ESC sequences retitle or recolour the terminal), bidirectional overrides
 * (which reorder what is shown), line and paragraph separators and lone surrogates. Each is
 * shown as a visible escape (\n, \x1b, \u202e), as the other formats escape them their own way.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeTerminal(s: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(s)) return s;
  return s.replace(UNSAFE, (ch) => {
    if (NAMED[ch]) return NAMED[ch];
    const cp = ch.charCodeAt(0);
    return cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}

/** The terminal report, line by line (a million findings are never one string). */
export function* streamPretty(result: Parameters<Formatter>[0], ctx: Parameters<Formatter>[1]): Generator<string> {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  let current: string | null = null;
  // A loop, not Math.max(...list): spreading 125,000 values overflowed the stack.
  let width = 0;
  for (const f of result.findings) {
    const w = String(f.line).length + 1 + String(f.column).length;
    if (w > width) width = w;
  }
  let sevWidth = 0;
  for (const s of ['error', 'warning', 'info'] as const) sevWidth = Math.max(sevWidth, t(s, ctx.lang).length);
  let buf = '';
  for (const f of result.findings) {
    const file = escapeTerminal(f.file);
    if (f.file !== current) {
      if (current !== null) buf += '\n';
      buf += c.underline(file || '(settings)') + '\n';
      current = f.file;
    }
    const where = `${f.line}:${f.column}`.padEnd(width);
    const sev = paint[f.severity](t(f.severity, ctx.lang).padEnd(sevWidth));
    const clause = f.clause ? ` (${f.clause})` : '';
    const period = f.period ? ` [${escapeTerminal(f.period)}]` : '';
    buf += `  ${c.dim(`${file}:${where}`)}  ${sev}  ${escapeTerminal(f.message)}${period}  ${c.dim(escapeTerminal(f.rule + clause))}\n`;
    if (f.trace) for (const l of traceLines(f.trace)) buf += `      ${c.dim(escapeTerminal(l))}\n`;
    if (buf.length > 64 * 1024) {
      yield buf;
      buf = '';
    }
  }
  if (result.findings.length) buf += '\n';
  if (buf) yield buf;
  // Summary: counts per module and severity, and how many records each module checked.
  const perModule = new Map<string, Record<Severity, number>>();
  for (const f of result.findings) {
    const m = f.rule.slice(0, f.rule.indexOf('/'));
    const row = perModule.get(m) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity] += (f as { omitted?: number }).omitted ?? 1; // a "…and N more" line stands for N
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
  const lines: string[] = [table.toString()];
  const s = result.summary;
  // Counted nouns by the language's plural rules: «1 ошибка, 2 предупреждения, 5 замечаний», «1 қате», «1 error».
  const values = {
    errors: plural(s.error, SEVERITY_FORMS.error, ctx.lang),
    warnings: plural(s.warning, SEVERITY_FORMS.warning, ctx.lang),
    info: plural(s.info, SEVERITY_FORMS.info, ctx.lang),
    files: s.files,
    records: s.records,
    asOf: ctx.asOf,
  };
  const total = s.error + s.warning + s.info === 0 ? c.green(fmt(t('clean', ctx.lang), values, ctx.lang)) : fmt(t('total', ctx.lang), values, ctx.lang);
  lines.push(total);
  lines.push(...suppressedLines(result, ctx, c));
  // Which settings decided what ran (a file two folders up once turned the checks off unseen).
  if (ctx.settingsFile !== undefined) lines.push(c.dim(`${t('settings', ctx.lang)}: ${ctx.settingsFile === null ? t('noSettings', ctx.lang) : escapeTerminal(ctx.settingsFile)}`));
  yield lines.join('\n') + '\n';
}

export const formatPretty: Formatter = (result, ctx) => [...streamPretty(result, ctx)].join('');
