import type { Formatter, FormatContext } from './types.js';
import { joinStream, type StreamFormatter } from './stream.js';
import type { RunResult } from '../engine/run.js';
import type { Finding, Severity } from '../engine/findings.js';
import { fmt, pickLocalized, type Lang, type Localized } from '../core/i18n.js';
import { NOUN_FORMS, plural, severityCounts, SEVERITY_FORMS } from '../core/plural.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * What GitHub shows of a step's workflow-command annotations (actions/toolkit,
 * docs/problem-matchers.md, "Limitations"): 10 error, 10 warning and 10 notice annotations per
 * step, 50 per job; the rest are dropped without a sign. A step summary is at most 1 MiB.
 */
export const GITHUB_LIMITS = { perKindPerStep: 10, perJob: 50, summaryBytes: 1024 * 1024 } as const;

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

const L: Record<string, Localized> = {
  error: { kk: 'қате', ru: 'ошибка', en: 'error' },
  warning: { kk: 'ескерту', ru: 'предупреждение', en: 'warning' },
  info: { kk: 'ақпарат', ru: 'замечание', en: 'info' },
  errors: { kk: 'қате', ru: 'ошибки', en: 'errors' },
  warnings: { kk: 'ескерту', ru: 'предупреждения', en: 'warnings' },
  infos: { kk: 'ақпарат', ru: 'замечания', en: 'info' },
  module: { kk: 'модуль', ru: 'модуль', en: 'module' },
  records: { kk: 'тексерілген жазба', ru: 'проверено записей', en: 'records checked' },
  off: { kk: 'өшірулі', ru: 'выключен', en: 'off' },
  place: { kk: 'орны', ru: 'место', en: 'place' },
  rule: { kk: 'ереже', ru: 'правило', en: 'rule' },
  clause: { kk: 'тармақ', ru: 'пункт', en: 'clause' },
  message: { kk: 'не табылды', ru: 'что найдено', en: 'finding' },
  severity: { kk: 'деңгейі', ru: 'уровень', en: 'severity' },
  overflow: {
    kk: 'ereje: {counted}, аннотация ретінде {shown} көрсетілді (GitHub бір қадамда әр түрдің 10-ын ғана көрсетеді); толық есеп: {where}',
    ru: 'ereje: {counted}, аннотациями показано {shown} (GitHub показывает не больше 10 каждого вида за шаг); полный отчёт: {where}',
    en: 'ereje: {counted}, {shown} shown as annotations (GitHub shows at most 10 of each kind per step); full report: {where}',
  },
  settings: { kk: 'ereje баптаулары: {file}', ru: 'настройки ereje: {file}', en: 'ereje settings: {file}' },
  noSettings: { kk: '(жоқ: әдепкі мәндер)', ru: '(нет: значения по умолчанию)', en: '(none: defaults)' },
  below: { kk: 'төмендегі тізім', ru: 'список ниже', en: 'the list below' },
  summaryOf: { kk: 'осы іске қосудың қорытындысы', ru: 'сводка этого запуска', en: 'the summary of this run' },
  group: { kk: 'ereje: аннотацияға сыймағандары ({n})', ru: 'ereje: не вошедшие в аннотации ({n})', en: 'ereje: not shown as annotations ({n})' },
  title: { kk: 'ereje validate: {counts}', ru: 'ereje validate: {counts}', en: 'ereje validate: {counts}' },

  meta: {
    kk: '{asOf} күнге · {files} · {records} · ereje {version}',
    ru: 'на {asOf} · {files} · {records} · ereje {version}',
    en: 'as of {asOf} · {files} · {records} · ereje {version}',
  },
  first: {
    kk: 'Алғашқы {shown} (барлығы {total})',
    ru: 'Первые {shown} из {total}',
    en: 'First {shown} of {total}',
  },
  accepted: {
    kk: 'ereje: {n} бұзушылық ерекшеліктер файлымен ({file}) қабылданған, аннотациясыз (тізімі: ereje validate --show-suppressed)',
    ru: 'ereje: принято файлом исключений ({file}), без аннотаций: {n} (список: ereje validate --show-suppressed)',
    en: 'ereje: {n} accepted by the exceptions file ({file}), not annotated (list: ereje validate --show-suppressed)',
  },
  all: { kk: 'Барлық табылғандар ({total})', ru: 'Все находки ({total})', en: 'All findings ({total})' },
  clean: { kk: 'Бұзушылық табылмады.', ru: 'Нарушений не найдено.', en: 'No findings.' },
  rest: {
    kk: 'Қалғаны ({n}) — жұмыс журналында және `ereje validate` есебінде.',
    ru: 'Остальные ({n}) — в журнале задания и в отчёте `ereje validate`.',
    en: 'The other {n} are in the job log and in `ereje validate`\'s report.',
  },
};
const t = (k: string, lang: Lang, data?: Record<string, unknown>) => fmt(pickLocalized(L[k], lang), data, lang);

/** The run's page (its summary), when the environment is GitHub Actions'. */
export function runUrl(env: FormatContext['env']): string | null {
  if (!env?.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return null;
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function annotation(f: Finding, ctx: FormatContext): string {
  const clause = f.clause ? ` (${f.clause})` : '';
  const end = f.file ? ctx.extentOf?.(f) : null;
  const span = end ? `endLine=${end.endLine},endColumn=${end.endColumn},` : '';
  const where = f.file ? `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},${span}` : '';
  return `::${COMMAND[f.severity]} ${where}title=${escapeProperty(f.rule)}::${escapeData(f.message + clause)}`;
}

function plain(f: Finding, lang: Lang): string {
  const clause = f.clause ? ` (${f.clause})` : '';
  return escapeData(`${f.file || '(settings)'}:${f.line}:${f.column}  ${t(f.severity, lang)}  ${f.message}  ${f.rule}${clause}`);
}


export const streamGithub: StreamFormatter = function* (result, ctx) {
  // The settings file in the job's log (a debug line, not an annotation).
  if (ctx.settingsFile !== undefined) yield `::debug::${escapeData(t('settings', ctx.lang, { file: ctx.settingsFile ?? t('noSettings', ctx.lang) }))}\n`;
  const max = GITHUB_LIMITS.perKindPerStep;
  const by: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of result.findings) by[f.severity].push(f);
  const over = (['error', 'warning', 'info'] as const).some((s) => by[s].length > max);
  // The overflow notice takes a notice's place, so notices never exceed 10 in all.
  const limit: Record<Severity, number> = { error: max, warning: max, info: over ? max - 1 : max };
  const kinds = (['error', 'warning', 'info'] as const).filter((s) => by[s].length > limit[s]);
  const shown = new Set<Finding>();
  for (const s of ['error', 'warning', 'info'] as const) by[s].slice(0, limit[s]).forEach((f) => shown.add(f));

  let buf = '';
  for (const f of result.findings) if (shown.has(f)) buf += annotation(f, ctx) + '\n';
  if (kinds.length) {
    const url = runUrl(ctx.env);
    const where = url ? `${t('summaryOf', ctx.lang)} ${url}, ${t('below', ctx.lang)}` : t('below', ctx.lang);
    const weight = (fs: Finding[]) => fs.reduce((a, f) => a + ((f as { omitted?: number }).omitted ?? 1), 0); // a "…and N more" line stands for N
    const parts = kinds.map((s) => t('overflow', ctx.lang, { counted: plural(weight(by[s]), SEVERITY_FORMS[s], ctx.lang), shown: limit[s], where }));
    buf += `::notice title=ereje::${escapeData(parts.join('\n'))}\n`;
    buf += `::group::${escapeData(t('group', ctx.lang, { n: result.findings.length - shown.size }))}\n`;
    // The rest as plain log lines, written as they are made (a million findings stay small chunks).
    for (const f of result.findings) {
      if (shown.has(f)) continue;
      buf += plain(f, ctx.lang) + '\n';
      if (buf.length > 64 * 1024) {
        yield buf;
        buf = '';
      }
    }
    buf += '::endgroup::\n';
  }
  // Findings exceptions.yaml accepts get no annotation; the job's log says how many there are.
  const accepted = result.suppressed ?? [];
  if (accepted.length) buf += escapeData(t('accepted', ctx.lang, { n: accepted.length, file: accepted[0].suppression.file })) + '\n';
  if (buf) yield buf;
};

/**
 * One command per finding (`::error`, `::warning`, `::notice`), titled with the rule id — at
 * most 10 of each kind, the number GitHub shows per step. When a kind has more, a notice says
 * how many and where the full report is (it is the 10th notice at most: notices give way to
 * it), and the findings that got no annotation follow as plain log lines in a collapsed group,
 * so none vanishes. A finding in the settings file (no data file) is annotated without a place.
 */
export const formatGithub: Formatter = (result, ctx) => joinStream(streamGithub(result, ctx));

/** Markdown table cell: no line breaks, no table or HTML syntax, no emphasis by accident. */
export function mdCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\r?\n|\r/g, '<br>');
}

/** A link to a file's line in the repository at the commit that ran, when that is known. */
export interface SummaryLinks {
  /** e.g. https://github.com/ORG/REPO/blob/SHA/ (ends with `/`); null: places are plain text. */
  blobBase: string | null;
  /** The folder ereje ran in, relative to the repository root ('' for the root, else ending in `/`). */
  prefix: string;
}

/** From GitHub Actions' environment: where files of this commit are shown. */
export function summaryLinks(env: Readonly<Record<string, string | undefined>>, cwd: string, relative: (from: string, to: string) => string): SummaryLinks {
  const blobBase = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}/` : null;
  const rel = env.GITHUB_WORKSPACE ? relative(env.GITHUB_WORKSPACE, cwd).split('\\').join('/') : '';
  const prefix = rel && !rel.startsWith('..') ? `${rel}/` : '';
  return { blobBase, prefix };
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

/**
 * The step summary (`$GITHUB_STEP_SUMMARY`, Markdown): the counts per module and severity,
 * then the first findings with their clauses and links to the files — within GitHub's 1 MiB.
 */
export function githubStepSummary(result: RunResult, ctx: FormatContext, links: SummaryLinks, maxFindings = 100): string {
  const s = result.summary;
  const lang = ctx.lang;
  const out: string[] = [];
  out.push(`## ${mdCell(t('title', lang, { counts: severityCounts(s, lang) }))}`, '');
  out.push(mdCell(t('meta', lang, { asOf: ctx.asOf, files: plural(s.files, NOUN_FORMS.file, lang), records: plural(s.records, NOUN_FORMS.record, lang), version: ctx.version })), '');
  out.push(`| ${t('module', lang)} | ${t('errors', lang)} | ${t('warnings', lang)} | ${t('infos', lang)} | ${t('records', lang)} |`, '|---|---:|---:|---:|---:|');
  for (const m of result.modules) {
    // A "…and N more" line of the per-file cap stands for N findings.
    const n = (sev: Severity) => result.findings.filter((f) => f.severity === sev && f.rule.startsWith(`${m.name}/`)).reduce((a, f) => a + ((f as { omitted?: number }).omitted ?? 1), 0);
    out.push(`| \`${m.name}\` | ${n('error')} | ${n('warning')} | ${n('info')} | ${m.enabled ? m.records : t('off', lang)} |`);
  }
  out.push('');
  if (!result.findings.length) {
    out.push(t('clean', lang), '');
    return out.join('\n');
  }
  const head = [...out];
  const rows: string[] = [];
  const budget = GITHUB_LIMITS.summaryBytes - 4096; // room for the heading and the closing lines
  let bytes = Buffer.byteLength(head.join('\n'));
  for (const f of result.findings.slice(0, maxFindings)) {
    const place = `${f.file || '(settings)'}:${f.line}:${f.column}`;
    const link = links.blobBase && f.file ? `[${mdCell(place)}](${links.blobBase}${encodePath(links.prefix + f.file)}#L${f.line})` : mdCell(place);
    const row = `| ${t(f.severity, lang)} | ${link} | \`${f.rule}\` | ${f.clause ? mdCell(f.clause) : ''} | ${mdCell(f.message)}${f.period ? ` \\[${mdCell(f.period)}\\]` : ''} |`;
    const size = Buffer.byteLength(row) + 1;
    if (bytes + size > budget) break;
    bytes += size;
    rows.push(row);
  }
  const total = result.findings.length;
  out.push(`### ${mdCell(rows.length < total ? t('first', lang, { shown: rows.length, total }) : t('all', lang, { total }))}`, '');
  out.push(`| ${t('severity', lang)} | ${t('place', lang)} | ${t('rule', lang)} | ${t('clause', lang)} | ${t('message', lang)} |`, '|---|---|---|---|---|', ...rows, '');
  if (rows.length < total) out.push(mdCell(t('rest', lang, { n: total - rows.length })).replace(/\\`/g, '`'), '');
  return out.join('\n');
}
