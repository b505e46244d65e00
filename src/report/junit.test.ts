/** JUnit XML read back by an independent XML parser (fast-xml-parser), as a CI server reads it. */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatJunit, xmlAttr, xmlText } from './junit.js';
import { fixtureRun, trickyFindings } from '../testing/report-fixture.js';

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

interface Case { name: string; classname: string; file?: string; line?: string; failure?: { type: string; message: string; '#text': string }; 'system-out'?: string; skipped?: { message: string } }
interface Suite { name: string; tests: string; failures: string; errors: string; skipped: string; testcase?: Case[] }

function parse(xml: string): { testsuites: { tests: string; failures: string; skipped: string; testsuite: Suite[] } } {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return parser.parse(xml);
}

describe('junit', () => {
  it('a testsuite per file, a failing testcase per error, warnings pass with system-out', async () => {
    const { result, ctx } = await fixtureRun();
    const doc = parse(formatJunit(result, ctx)).testsuites;
    const files = [...new Set(result.findings.map((f) => f.file))];
    const suites = doc.testsuite.filter((s) => s.name !== 'ereje');
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
        expect(tc.line).toBe(String(f.line));
        expect(tc.name).toContain(f.rule);
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
    const suite = doc.testsuite.find((s) => s.name === 'ereje')!;
    expect(suite.testcase!.map((t) => t.name)).toEqual(modules.map((m) => `module ${m.name}`));
    expect(suite.testcase!.at(-1)!.skipped!.message).toMatch(/turned off/);
    expect(suite.testcase![0]['system-out']).toMatch(/records checked/);
    expect(doc.skipped).toBe('1');
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

  it('helpers', () => {
    expect(xmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(xmlAttr('"x"\n\'y\'')).toBe('&quot;x&quot;&#10;&apos;y&apos;');
    expect(xmlText('\uD800x')).toBe('\uFFFDx');
    expect(xmlText('😀')).toBe('😀');
  });
});
