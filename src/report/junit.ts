/**
 * `--format junit`: JUnit XML, the test report every CI server shows (Jenkins, GitLab,
 * Azure DevOps, GitHub test-report actions).
 *
 * Layout (decided here, documented in docs/ci-and-editors.md):
 * - one `<testsuite>` per data file with findings (name = the file's path), one `<testcase>`
 *   per finding, named `RULE SUBJECT [PERIOD]` — never the line: GitLab compares a merge
 *   request's report with its base by test name, so a finding whose line moves must keep its
 *   name (a second finding of the same name in a file gets ` #2`). The place (`FILE:LINE:COL`)
 *   is in the failure text and `<system-out>`; classname = the file;
 * - an **error** finding is a failing testcase (`<failure type="RULE" message="…">`);
 * - a **warning** or **info** finding is a *passing* testcase whose `<system-out>` carries the
 *   message: the check ran and does not fail the build (that is what `--fail-on` decides); it
 *   is not "skipped", which CI servers read as "did not run";
 * - a last suite, `ereje: TARGET` (the paths checked, or the data repo's folder name), has one
 *   testcase per rule module: it passes (records checked in `<system-out>`), or is `<skipped>`
 *   when the module is turned off. So a clean run still shows tests, the report says which
 *   checks ran, and two repos' reports merged by a CI server stay two suites.
 * - only attributes the Jenkins JUnit XSD allows: no `skipped` on `<testsuites>`, no `file` or
 *   `line` on `<testcase>` (see junit.test.ts, which validates against it).
 * Times are 0: the report is a pure function of the findings (same data, same bytes).
 */
import type { Formatter } from './types.js';
import { joinStream, type StreamFormatter } from './stream.js';
import { SEVERITY_WORD, type Finding, type SuppressedFinding } from '../engine/findings.js';
import { fmt, pickLocalized, type Lang, type Localized } from '../core/i18n.js';
import { NOUN_FORMS, plural, severityCounts } from '../core/plural.js';

/** The report's own words (element and attribute names stay JUnit's). */
const J: Record<string, Localized> = {
  subject: { kk: 'нысаны', ru: 'объект', en: 'subject' },
  period: { kk: 'кезеңі', ru: 'период', en: 'period' },
  regulation: { kk: 'құжат', ru: 'документ', en: 'regulation' },
  related: { kk: 'байланысты орын', ru: 'связанное место', en: 'related' },
  module: { kk: 'модуль {name}', ru: 'модуль {name}', en: 'module {name}' },
  off: { kk: '{name} модулі баптауларда өшірілген', ru: 'модуль {name} выключен в настройках', en: '{name} is turned off' },
  checked: {
    kk: '{name} ({regulation}): {asOf} күнге {records} тексерілді; {counts}',
    ru: '{name} ({regulation}): на {asOf} проверено: {records}; {counts}',
    en: '{name} ({regulation}): {records} checked as of {asOf}; {counts}',
  },
  suppressed: {
    kk: '{file}:{line} ерекшелігімен қабылданған: {reason} — бекіткен {approver}, {approvedOn}{decision}, {expires} дейін',
    ru: 'принято исключением {file}:{line}: {reason} — утвердил(а) {approver} {approvedOn}{decision}, до {expires}',
    en: 'suppressed by {file}:{line}: {reason} — approved by {approver} on {approvedOn}{decision}, until {expires}',
  },
  suppressedSuite: { kk: '{file} (қабылданғандар)', ru: '{file} (принятые)', en: '{file} (suppressed)' },
};
const jt = (k: string, lang: Lang, data?: Record<string, unknown>) => fmt(pickLocalized(J[k], lang), data, lang);

/** XML 1.0 text: escaped, and without the characters XML cannot carry at all. */
export function xmlText(s: string): string {
  return stripInvalid(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function stripInvalid(s: string): string {
  // Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function where(f: Finding): string {
  return `${f.file || '(settings)'}:${f.line}:${f.column}`;
}

/** Rule, subject and period: what the finding is about, not where it is (see the header). */
export function caseName(f: Finding): string {
  return `${f.rule}${f.subject ? ` ${f.subject}` : ''}${f.period ? ` [${f.period}]` : ''}`;
}

function details(f: Finding, lang: Lang): string {
  const lines = [`${where(f)}  ${pickLocalized(SEVERITY_WORD[f.severity], lang)}  ${f.rule}${f.clause ? ` (${f.clause})` : ''}`, f.message];
  if (f.subject) lines.push(`${jt('subject', lang)}: ${f.subject}`);
  if (f.period) lines.push(`${jt('period', lang)}: ${f.period}`);
  if (f.regulation) lines.push(`${jt('regulation', lang)}: ${f.regulation}`);
  for (const r of f.related ?? []) lines.push(`${jt('related', lang)}: ${r.file}:${r.line}:${r.column}${r.message ? `  ${r.message}` : ''}`);
  return lines.join('\n');
}

export const streamJunit: StreamFormatter = function* (result, ctx) {
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = f.file || '(settings)';
    const list = byFile.get(key);
    if (list) list.push(f);
    else byFile.set(key, [f]);
  }
  // The totals first (the root element carries them), then each suite as it is made: a million
  // findings are never one string.
  const failures = result.findings.reduce((n, f) => n + (f.severity === 'error' ? 1 : 0), 0);
  const tests = result.findings.length + result.modules.length + (result.suppressed?.length ?? 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' + `<testsuites name="ereje" tests="${tests}" failures="${failures}" errors="0" time="0">\n`;
  for (const [file, list] of byFile) {
    const fails = list.filter((f) => f.severity === 'error').length;
    const names = new Map<string, number>();
    let suite = `  <testsuite name="${xmlAttr(file)}" tests="${list.length}" failures="${fails}" errors="0" skipped="0" time="0">\n`;
    for (const f of list) {
      const base = caseName(f);
      const n = (names.get(base) ?? 0) + 1;
      names.set(base, n);
      const name = n === 1 ? base : `${base} #${n}`;
      const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}" time="0">`;
      suite += f.severity === 'error'
        ? `${open}\n      <failure type="${xmlAttr(f.rule)}" message="${xmlAttr(f.message)}">${xmlText(details(f, ctx.lang))}</failure>\n    </testcase>\n`
        : `${open}\n      <system-out>${xmlText(details(f, ctx.lang))}</system-out>\n    </testcase>\n`;
      if (suite.length > 64 * 1024) {
        yield suite;
        suite = '';
      }
    }
    yield suite + '  </testsuite>\n';
  }

  const perModule = new Map<string, Record<'error' | 'warning' | 'info', number>>();
  for (const f of result.findings) {
    const m = f.rule.slice(0, f.rule.indexOf('/'));
    const row = perModule.get(m) ?? { error: 0, warning: 0, info: 0 };
    row[f.severity]++;
    perModule.set(m, row);
  }
  const suiteName = `ereje: ${ctx.target ?? '.'}`;
  const moduleCases = result.modules.map((m) => {
    const open = `    <testcase name="${xmlAttr(jt('module', ctx.lang, { name: m.name }))}" classname="${xmlAttr(suiteName)}" time="0">`;
    if (!m.enabled) return `${open}\n      <skipped>${xmlText(jt('off', ctx.lang, { name: m.name }))}</skipped>\n    </testcase>`;
    const n = perModule.get(m.name) ?? { error: 0, warning: 0, info: 0 };
    const text = jt('checked', ctx.lang, { name: m.name, regulation: m.regulation, records: plural(m.records, NOUN_FORMS.record, ctx.lang), asOf: ctx.asOf, counts: severityCounts(n, ctx.lang) });
    return `${open}\n      <system-out>${xmlText(text)}</system-out>\n    </testcase>`;
  });
  // Findings the exceptions file covers: skipped testcases whose message is the exception's reason.
  const bySuppressedFile = new Map<string, SuppressedFinding[]>();
  for (const f of result.suppressed ?? []) {
    const key = f.file || '(settings)';
    const list = bySuppressedFile.get(key);
    if (list) list.push(f);
    else bySuppressedFile.set(key, [f]);
  }
  for (const [file, list] of bySuppressedFile) {
    const names = new Map<string, number>();
    const cases = list.map((f) => {
      const s = f.suppression;
      const base = caseName(f);
      const n = (names.get(base) ?? 0) + 1;
      names.set(base, n);
      const name = n === 1 ? base : `${base} #${n}`;
      const approver = s.approvedByName ? `${s.approvedByName} (${s.approvedBy})` : s.approvedBy;
      const why = jt('suppressed', ctx.lang, { file: s.file, line: s.line, reason: s.reason, approver, approvedOn: s.approvedOn, decision: s.decision ? ` (${s.decision})` : '', expires: s.expires });
      return (
        `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}" time="0">\n` +
        `      <skipped>${xmlText(why)}</skipped>\n      <system-out>${xmlText(details(f, ctx.lang))}</system-out>\n    </testcase>`
      );
    });
    yield `  <testsuite name="${xmlAttr(jt('suppressedSuite', ctx.lang, { file }))}" tests="${list.length}" failures="0" errors="0" skipped="${list.length}" time="0">\n${cases.join('\n')}\n  </testsuite>\n`;
  }
  const off = result.modules.filter((m) => !m.enabled).length;
  const settings = ctx.settingsFile !== undefined ? `      <property name="settings" value="${xmlAttr(ctx.settingsFile ?? '')}"/>\n` : '';
  yield (
    `  <testsuite name="${xmlAttr(suiteName)}" tests="${result.modules.length}" failures="0" errors="0" skipped="${off}" time="0">\n` +
    `    <properties>\n      <property name="ereje.version" value="${xmlAttr(ctx.version)}"/>\n      <property name="asOf" value="${xmlAttr(ctx.asOf)}"/>\n` +
    `      <property name="files" value="${result.summary.files}"/>\n      <property name="records" value="${result.summary.records}"/>\n${settings}    </properties>\n` +
    (moduleCases.length ? `${moduleCases.join('\n')}\n` : '') +
    `  </testsuite>\n</testsuites>\n`
  );
};

export const formatJunit: Formatter = (result, ctx) => joinStream(streamJunit(result, ctx));
