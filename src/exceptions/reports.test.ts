/**
 * Every format carries the exceptions: JSON `suppressed` (the rest of the report unchanged),
 * SARIF `suppressions` (kind external, justification, approver) clean under Microsoft's SARIF
 * multitool, JUnit skipped testcases with the reason, and the compliance PDF listing them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import jsyaml from 'js-yaml';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';
import { runMain } from '../testing/cli-io.js';
import { tmpDir } from '../testing/report-fixture.js';
import { extractPdf, flat } from '../testing/pdf.js';

const SAMPLE = path.join(ROOT, 'fixtures/sample');
const MULTITOOL = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const hasMultitool = process.platform === 'linux' && fs.existsSync(MULTITOOL);
const TIMEOUT = 120_000;
const REASON = 'Landings of 2025–2026 planned before ereje — «Қонудың» құрамы кеңесте бекітілген';

/** A copy of the sample with the landing module's findings baselined (the others stay open). */
async function partlyBaselined(): Promise<{ dir: string; approver: string }> {
  const dir = tmpDir('exc-reports');
  fs.cpSync(SAMPLE, dir, { recursive: true });
  const json = JSON.parse((await runMain(['validate', '--format', 'json'], dir)).out) as { findings: { rule: string }[] };
  expect(json.findings.some((f) => f.rule.startsWith('landing/'))).toBe(true);
  expect(json.findings.some((f) => !f.rule.startsWith('landing/'))).toBe(true);
  // An approver on the staff on the sample's as-of day (no `left`, hired before it).
  const staff = (jsyaml.load(fs.readFileSync(path.join(dir, 'karaganda/staff.yaml'), 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as { staff: { id: string; hired?: string; left?: string }[] }).staff;
  const approver = staff.find((s) => !s.left && (!s.hired || s.hired <= '2026-11-22'))!.id;
  const r = await runMain(['baseline', '--module', 'landing', '--reason', REASON, '--approved-by', approver, '--expires', '2027-06-30', '--decision', 'Хаттама № 4'], dir);
  expect(r.err).toBe('');
  return { dir, approver };
}

describe('reports carry the exceptions', async () => {
  const { dir, approver } = await partlyBaselined();
  const plain = JSON.parse((await runMain(['validate', '--format', 'json', '--no-exceptions'], dir)).out);

  it('json: a suppressed list with each exception; findings and summary keep their shape', async () => {
    const r = await runMain(['validate', '--format', 'json'], dir);
    const report = JSON.parse(r.out);
    expect(Object.keys(report)).toEqual(['tool', 'asOf', 'settings', 'findings', 'summary', 'suppressed']); // settings: the file the run used (issue 14)
    expect(report.suppressed.length).toBeGreaterThan(0);
    for (const s of report.suppressed) {
      expect(s.rule).toMatch(/^landing\//);
      expect(s.exception).toMatchObject({ file: 'exceptions.yaml', reason: REASON, approved_by: approver, expires: '2027-06-30', decision: 'Хаттама № 4' });
      expect(Object.keys(plain.findings[0]).every((k) => k in s)).toBe(true);
    }
    expect(report.findings.length + report.suppressed.length).toBe(plain.findings.length);
    expect(report.summary.error + report.summary.warning + report.summary.info).toBe(report.findings.length);
    expect(plain.suppressed).toEqual([]);
  });

  it('sarif: suppressed results carry an external, accepted suppression with the justification and the approver', async () => {
    const log = JSON.parse((await runMain(['validate', '--format', 'sarif'], dir)).out);
    const results = log.runs[0].results as { ruleId: string; suppressions?: { kind: string; status: string; justification: string; properties: { approvedBy: string } }[] }[];
    const suppressed = results.filter((x) => x.suppressions?.length);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const x of suppressed) {
      expect(x.ruleId).toMatch(/^landing\//);
      expect(x.suppressions![0]).toMatchObject({ kind: 'external', status: 'accepted', justification: REASON, properties: { approvedBy: approver } });
    }
    expect(results.length).toBe(plain.findings.length);
  });

  it.skipIf(!hasMultitool)('sarif with suppressions passes the SARIF multitool (SARIF and GitHub rules) with no error or warning', async () => {
    const out = tmpDir('exc-sarif');
    const input = path.join(out, 'ereje.sarif');
    const validation = path.join(out, 'validation.sarif');
    fs.writeFileSync(input, (await runMain(['validate', '--format', 'sarif'], dir)).out);
    const r = spawnSync(MULTITOOL, ['validate', input, '--output', validation, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      timeout: 120_000,
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const run = JSON.parse(fs.readFileSync(validation, 'utf8').replace(/^\uFEFF/, '')).runs[0];
    const found = (run.results ?? []).map((x: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }) => `${x.level ?? 'warning'} ${x.ruleId} ${x.message.text ?? x.message.id} ${(x.message.arguments ?? []).join(' | ')}`);
    const notes = (run.invocations ?? []).flatMap((i: { toolExecutionNotifications?: { level?: string; message: { text: string } }[] }) => (i.toolExecutionNotifications ?? []).filter((n) => n.level === 'error').map((n) => n.message.text));
    expect([...found.filter((x: string) => !x.startsWith('note ')), ...notes]).toEqual([]);
  }, TIMEOUT);
  if (!hasMultitool) it('(the SARIF multitool is not installed: npm ci installs it as a devDependency; its check was skipped)', () => {});

  it('junit: suppressed findings are skipped testcases whose text gives the reason, approver and expiry', async () => {
    const xml = (await runMain(['validate', '--format', 'junit'], dir)).out;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['testsuite', 'testcase'].includes(n) }).parse(xml).testsuites;
    const suites = doc.testsuite as { name: string; skipped: string; testcase?: { name: string; skipped?: string | { '#text': string } }[] }[];
    const accepted = suites.filter((s) => / \((suppressed|қабылданғандар|принятые)\)$/.test(s.name)); // in the repo's language (issue 12)
    const cases = accepted.flatMap((s) => s.testcase ?? []);
    expect(cases.length).toBeGreaterThan(0);
    for (const t of cases) {
      const text = typeof t.skipped === 'string' ? t.skipped : t.skipped!['#text'];
      expect(t.name).toMatch(/^landing\//);
      expect(text).toContain(REASON);
      expect(text).toContain(approver);
      expect(text).toMatch(/2027-06-30|30\.06\.2027/);
    }
    expect(accepted.reduce((n, s) => n + Number(s.skipped), 0)).toBe(cases.length);
    // Jenkins' JUnit XSD (vendored) accepts it, skipped cases included.
    const { validateXML } = await import('xmllint-wasm');
    const xsd = fs.readFileSync(path.join(ROOT, 'fixtures/consumers/jenkins-junit.xsd'), 'utf8');
    const v = await validateXML({ xml: [{ fileName: 'ereje-junit.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: xsd }] });
    expect(v.errors.map((e: { rawMessage?: string; message?: string }) => e.rawMessage ?? e.message)).toEqual([]);
    expect(Number(doc.failures)).toBe(plain.findings.filter((f: { severity: string; rule: string }) => f.severity === 'error' && !f.rule.startsWith('landing/')).length);
  });

  it('github: no annotation for an accepted finding, one log line saying how many', async () => {
    const out = (await runMain(['validate', '--format', 'github', '--lang', 'en'], dir)).out.split('\n').filter(Boolean);
    const json = JSON.parse((await runMain(['validate', '--format', 'json'], dir)).out);
    expect(out.filter((l) => l.startsWith('::') && !l.startsWith('::debug::'))).toHaveLength(json.findings.length); // ::debug:: names the settings file
    expect(out.filter((l) => !l.startsWith('::'))).toEqual([`ereje: ${json.suppressed.length} accepted by the exceptions file (exceptions.yaml), not annotated (list: ereje validate --show-suppressed)`]);
  });

  it('html: a section lists the accepted findings with reason, approver and expiry', async () => {
    const html = (await runMain(['validate', '--format', 'html', '--lang', 'kk'], dir)).out;
    const json = JSON.parse((await runMain(['validate', '--format', 'json'], dir)).out);
    expect(html).toContain(`Ерекшеліктер бойынша қабылданғандар (${json.suppressed.length})`);
    const section = html.slice(html.indexOf('<table id="suppressed">'));
    expect(section.match(/<tr><td>/g)).toHaveLength(json.suppressed.length);
    expect(section).toContain('«Қонудың»'); // the reason, every Kazakh letter kept
    expect(section).toContain('2027-06-30');
    expect(section).toContain(approver);
  });

  it('the compliance report lists the exceptions in force: what, why, who, until when', async () => {
    const out = tmpDir('exc-pdf');
    const r = await runMain(['render', 'report', 'compliance', '--data', dir, '--lang', 'kk', '--out', out], ROOT);
    expect(r.err).toBe('');
    const pdf = fs.readdirSync(out).find((f) => f.endsWith('.pdf'))!;
    const text = flat((await extractPdf(fs.readFileSync(path.join(out, pdf)))).text);
    expect(text).toContain('Қолданыстағы ерекшеліктер');
    expect(text).toContain('Хаттама № 4');
    expect(text).toContain('30.06.2027');
    for (const word of REASON.split(' ').slice(-3)) expect(text).toContain(word);
  }, TIMEOUT);
});
