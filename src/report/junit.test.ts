/**
 * JUnit XML read back as CI servers read it: an independent XML parser (fast-xml-parser), the
 * Jenkins JUnit XSD through libxml2's xmllint (xmllint-wasm), and test-results-parser (the
 * JUnit reader of testbeats and others) merging two reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { formatJunit, xmlAttr, xmlText } from './junit.js';
import { fixtureRun, trickyFindings, tmpDir } from '../testing/report-fixture.js';
import { ROOT } from '../testing/cases.js';
import { reportTarget } from './target.js';

const require = createRequire(import.meta.url);
/** Jenkins' JUnit XSD (dtkit junit-4.xsd, MIT), vendored (fixtures/consumers/README.md says from where). */
const JENKINS_XSD = path.join(ROOT, 'fixtures/consumers/jenkins-junit.xsd');
const { parse: parseResults } = require('test-results-parser') as { parse(o: { type: string; files: string[] }): { total: number; failed: number; passed: number; skipped: number; suites: { name: string; total: number; failed: number; cases: { name: string; status: string }[] }[] } };

async function jenkinsErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: [{ fileName: 'ereje-junit.xml', contents: xml }], schema: [{ fileName: 'junit.xsd', contents: fs.readFileSync(JENKINS_XSD, 'utf8') }] });
  return r.errors.map((e) => e.rawMessage);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true, // numeric character references (&#10;) as an XML parser must
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

interface Case { name: string; classname: string; file?: string; line?: string; failure?: { type: string; message: string; '#text': string }; 'system-out'?: string; skipped?: string }
interface Suite { name: string; tests: string; failures: string; errors: string; skipped: string; testcase?: Case[] }

function parse(xml: string): { testsuites: { tests: string; failures: string; skipped?: string; testsuite: Suite[] } } {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return parser.parse(xml);
}

describe('junit', () => {
  it('a testsuite per file, a failing testcase per error, warnings pass with system-out', async () => {
    const { result, ctx } = await fixtureRun();
    const doc = parse(formatJunit(result, ctx)).testsuites;
    const files = [...new Set(result.findings.map((f) => f.file))];
    const suites = doc.testsuite.filter((s) => !s.name.startsWith('ereje: '));
    expect(suites.map((s) => s.name)).toEqual(files);
    let failures = 0;
    for (const s of suites) {
      const fs = result.findings.filter((f) => f.file === s.name);
      expect(s.testcase).toHaveLength(fs.length);
      expect(Number(s.tests)).toBe(fs.length);
      expect(Number(s.failures)).toBe(fs.filter((f) => f.severity === 'error').length);
      s.testcase!.forEach((tc, i) => {
        const f = fs[i];
        expect(tc.classname).toBe(f.file);
        expect(tc.line).toBeUndefined(); // not in Jenkins' XSD
        expect(tc.name).toContain(f.rule);
        expect(tc.name).not.toContain(`${f.line}:`);
        if (f.severity === 'error') {
          failures++;
          expect(tc.failure!.type).toBe(f.rule);
          expect(tc.failure!.message).toBe(f.message);
          expect(tc.failure!['#text']).toContain(`${f.file}:${f.line}:${f.column}`);
          expect(tc['system-out']).toBeUndefined();
        } else {
          expect(tc.failure).toBeUndefined();
          expect(tc['system-out']).toContain(f.message);
        }
      });
    }
    expect(failures).toBe(result.summary.error);
    expect(Number(doc.failures)).toBe(result.summary.error);
    expect(Number(doc.tests)).toBe(result.findings.length + result.modules.length);
    // The duplicate's testcase names the other place.
    const dup = suites.flatMap((s) => s.testcase!).find((tc) => tc.failure?.type === 'data/duplicate-id');
    expect(dup!.failure!['#text']).toMatch(/related: .+\.yaml:\d+:\d+/);
  });

  it('the ereje suite has a testcase per module; a module turned off is skipped', async () => {
    const { result, ctx } = await fixtureRun();
    const modules = [...result.modules, { name: 'landing', regulation: 'karaganda-2024', enabled: false, records: 0, regions: [], from: null }];
    const doc = parse(formatJunit({ ...result, modules }, ctx)).testsuites;
    const suite = doc.testsuite.find((s) => s.name === 'ereje: .')!;
    expect(suite.testcase!.map((t) => t.name)).toEqual(modules.map((m) => `module ${m.name}`));
    expect(String(suite.testcase!.at(-1)!.skipped)).toMatch(/turned off/);
    expect(suite.testcase![0]['system-out']).toMatch(/records? checked/);
    expect(suite.skipped).toBe('1');
    expect(doc.skipped).toBeUndefined(); // not in Jenkins' XSD
  });

  it('a clean run is a valid report with passing tests only', async () => {
    const { result, ctx } = await fixtureRun();
    const doc = parse(formatJunit({ ...result, findings: [] }, ctx)).testsuites;
    expect(doc.failures).toBe('0');
    expect(doc.testsuite).toHaveLength(1);
    expect(Number(doc.tests)).toBeGreaterThan(0);
  });

  it('escapes markup, quotes, newlines and characters XML cannot hold', async () => {
    const { result, ctx } = await fixtureRun();
    const tricky = trickyFindings();
    const doc = parse(formatJunit({ ...result, findings: tricky }, ctx)).testsuites;
    const [first] = doc.testsuite;
    expect(first.name).toBe('a dir/файл, 1:2.yaml');
    expect(first.testcase![0].failure!.message).toBe(tricky[0].message); // newline kept in the attribute
    const bell = doc.testsuite.find((s) => s.name === 'b.yaml')!.testcase![0];
    expect(bell['system-out']).toContain('Ахметоv — ]]> \uFFFD bell');
    expect(doc.testsuite.some((s) => s.name === '(settings)')).toBe(true);
  });

  it('case names do not change when a finding\'s line moves; twins get #2', async () => {
    const { result, ctx } = await fixtureRun();
    const names = (xml: string) => parse(xml).testsuites.testsuite.flatMap((s) => (s.testcase ?? []).map((t) => `${s.name} :: ${t.name}`));
    const moved = { ...result, findings: result.findings.map((f) => ({ ...f, line: f.line + 7, column: f.column + 2 })) };
    expect(names(formatJunit(moved, ctx))).toEqual(names(formatJunit(result, ctx)));
    const twins = { ...result, findings: [result.findings[0], { ...result.findings[0], line: result.findings[0].line + 1 }] };
    const [a, b] = names(formatJunit(twins, ctx));
    expect(b).toBe(`${a} #2`);
    // …and the place is still there, in the failure text.
    const err = result.findings.find((f) => f.severity === 'error')!;
    expect(formatJunit(moved, ctx)).toContain(`${err.file}:${err.line + 7}:${err.column + 2}`);
  });

  it('Jenkins\' JUnit XSD accepts the report (findings, tricky text, a module turned off, a clean run)', async () => {
    const { result, ctx } = await fixtureRun();
    const off = [...result.modules, { name: 'landing', regulation: 'karaganda-2024', enabled: false, records: 0, regions: [], from: null }];
    for (const r of [result, { ...result, findings: trickyFindings(), modules: off }, { ...result, findings: [] }]) {
      expect(await jenkinsErrors(formatJunit(r, ctx))).toEqual([]);
    }
    // The harness itself catches what the XSD forbids (what ereje 1.0 wrote).
    const old = formatJunit(result, ctx).replace('<testsuites name="ereje"', '<testsuites name="ereje" skipped="0"').replace('<testcase name=', '<testcase line="3" name=');
    const errors = await jenkinsErrors(old);
    expect(errors.join('\n')).toMatch(/skipped/);
    expect(errors.join('\n')).toMatch(/line/);
  });

  it('two reports (two data repos) read and merged by test-results-parser stay apart', async () => {
    const { result, ctx } = await fixtureRun();
    const dir = tmpDir('junit');
    const a = path.join(dir, 'a.xml');
    const b = path.join(dir, 'b.xml');
    fs.writeFileSync(a, formatJunit({ ...result, findings: [] }, { ...ctx, target: reportTarget(['.'], '/ci/turkistan-data') }));
    fs.writeFileSync(b, formatJunit({ ...result, findings: [] }, { ...ctx, target: reportTarget(['karaganda'], '/ci/data') }));
    const merged = parseResults({ type: 'junit', files: [a, b] });
    expect(merged.suites.map((s) => s.name)).toEqual(['ereje: turkistan-data', 'ereje: karaganda']);
    expect(merged.total).toBe(2 * result.modules.length);
    // With findings: every error is a failed case, and warnings pass.
    fs.writeFileSync(a, formatJunit(result, ctx));
    const one = parseResults({ type: 'junit', files: [a] });
    expect(one.failed).toBe(result.summary.error);
    expect(one.passed).toBe(result.findings.length - result.summary.error + result.modules.length);
  });

  it('helpers', () => {
    expect(xmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(xmlAttr('"x"\n\'y\'')).toBe('&quot;x&quot;&#10;&apos;y&apos;');
    expect(xmlText('\uD800x')).toBe('\uFFFDx');
    expect(xmlText('😀')).toBe('😀');
  });
});

describe('JUnit texts in the reader\'s language (issue 12)', () => {
  it('kk and ru: module lines, a module turned off, counted nouns', async () => {
    const { result, ctx } = await fixtureRun();
    const modules = [...result.modules, { name: 'landing', regulation: 'karaganda-2024', enabled: false, records: 0, regions: [], from: null }];
    const ru = formatJunit({ ...result, modules }, { ...ctx, lang: 'ru' });
    expect(ru).toContain('<skipped>модуль landing выключен в настройках</skipped>');
    expect(ru).toMatch(/проверено: \d+ запис(ь|и|ей); \d+ ошиб(ка|ки|ок), \d+ предупрежден/);
    expect(ru).not.toMatch(/records checked|turned off|errors: /);
    const kk = formatJunit({ ...result, modules }, { ...ctx, lang: 'kk' });
    expect(kk).toContain('landing модулі баптауларда өшірілген');
    expect(kk).toMatch(/\d+ жазба тексерілді; \d+ қате, \d+ ескерту, \d+ ақпарат/);
    const en = formatJunit({ ...result, modules: [{ ...modules[0], records: 1 }] }, { ...ctx, lang: 'en' });
    expect(en).toMatch(/: 1 record checked as of/);
  });
});
