/**
 * `--format junit`: JUnit XML, the test report every CI server shows (Jenkins, GitLab,
 * Azure DevOps, GitHub test-report actions).
 *
 * Layout (decided here, documented in docs/ci-and-editors.md):
 * - one `<testsuite>` per data file with findings (name = the file's path), one `<testcase>`
 *   per finding, named `RULE SUBJECT (LINE:COL)`, classname = the file;
 * - an **error** finding is a failing testcase (`<failure type="RULE" message="…">`);
 * - a **warning** or **info** finding is a *passing* testcase whose `<system-out>` carries the
 *   message: the check ran and does not fail the build (that is what `--fail-on` decides); it
 *   is not "skipped", which CI servers read as "did not run";
 * - a last suite, `ereje`, has one testcase per rule module: it passes (records checked in
 *   `<system-out>`), or is `<skipped>` when the module is turned off. So a clean run still
 *   shows tests, and the report says which checks ran.
 * Times are 0: the report is a pure function of the findings (same data, same bytes).
 */
import type { Formatter } from './types.js';
import type { Finding, SuppressedFinding } from '../engine/findings.js';

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

function details(f: Finding): string {
  const lines = [`${where(f)}  ${f.severity}  ${f.rule}${f.clause ? ` (${f.clause})` : ''}`, f.message];
  if (f.subject) lines.push(`subject: ${f.subject}`);
  if (f.period) lines.push(`period: ${f.period}`);
  if (f.regulation) lines.push(`regulation: ${f.regulation}`);
  for (const r of f.related ?? []) lines.push(`related: ${r.file}:${r.line}:${r.column}${r.message ? `  ${r.message}` : ''}`);
  return lines.join('\n');
}

export const formatJunit: Formatter = (result, ctx) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = f.file || '(settings)';
    const list = byFile.get(key);
    if (list) list.push(f);
    else byFile.set(key, [f]);
  }

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [file, list] of byFile) {
    const fails = list.filter((f) => f.severity === 'error').length;
    tests += list.length;
    failures += fails;
    const cases = list.map((f) => {
      const name = `${f.rule}${f.subject ? ` ${f.subject}` : ''}${f.period ? ` [${f.period}]` : ''} (${f.line}:${f.column})`;
      const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}" file="${xmlAttr(file)}" line="${f.line}" time="0">`;
      if (f.severity === 'error') {
        return `${open}\n      <failure type="${xmlAttr(f.rule)}" message="${xmlAttr(f.message)}">${xmlText(details(f))}</failure>\n    </testcase>`;
      }
      return `${open}\n      <system-out>${xmlText(details(f))}</system-out>\n    </testcase>`;
    });
    suites.push(
      `  <testsuite name="${xmlAttr(file)}" tests="${list.length}" failures="${fails}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }

  const moduleCases = result.modules.map((m) => {
    const open = `    <testcase name="${xmlAttr(`module ${m.name}`)}" classname="ereje" time="0">`;
    if (!m.enabled) return `${open}\n      <skipped message="${xmlAttr(`${m.name} is turned off`)}"/>\n    </testcase>`;
    const n = result.findings.filter((f) => f.rule.startsWith(`${m.name}/`));
    const counts = `errors: ${n.filter((f) => f.severity === 'error').length}, warnings: ${n.filter((f) => f.severity === 'warning').length}, info: ${n.filter((f) => f.severity === 'info').length}`;
    return `${open}\n      <system-out>${xmlText(`${m.name} (${m.regulation}): ${m.records} records checked as of ${ctx.asOf}; ${counts}`)}</system-out>\n    </testcase>`;
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
    tests += list.length;
    skipped += list.length;
    const cases = list.map((f) => {
      const s = f.suppression;
      const name = `${f.rule}${f.subject ? ` ${f.subject}` : ''}${f.period ? ` [${f.period}]` : ''} (${f.line}:${f.column})`;
      const approver = s.approvedByName ? `${s.approvedByName} (${s.approvedBy})` : s.approvedBy;
      const why = `suppressed by ${s.file}:${s.line}: ${s.reason} — approved by ${approver} on ${s.approvedOn}${s.decision ? ` (${s.decision})` : ''}, until ${s.expires}`;
      return (
        `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}" file="${xmlAttr(file)}" line="${f.line}" time="0">\n` +
        `      <skipped message="${xmlAttr(why)}"/>\n      <system-out>${xmlText(details(f))}</system-out>\n    </testcase>`
      );
    });
    suites.push(`  <testsuite name="${xmlAttr(`${file} (suppressed)`)}" tests="${list.length}" failures="0" errors="0" skipped="${list.length}" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const off = result.modules.filter((m) => !m.enabled).length;
  tests += result.modules.length;
  skipped += off;
  suites.push(
    `  <testsuite name="ereje" tests="${result.modules.length}" failures="0" errors="0" skipped="${off}" time="0">\n` +
      `    <properties>\n      <property name="ereje.version" value="${xmlAttr(ctx.version)}"/>\n      <property name="asOf" value="${xmlAttr(ctx.asOf)}"/>\n` +
      `      <property name="files" value="${result.summary.files}"/>\n      <property name="records" value="${result.summary.records}"/>\n    </properties>\n` +
      (moduleCases.length ? `${moduleCases.join('\n')}\n` : '') +
      `  </testsuite>`,
  );

  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="ereje" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">\n` +
    suites.join('\n') +
    '\n</testsuites>\n'
  );
};
