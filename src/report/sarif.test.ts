/**
 * SARIF against its real consumer: Microsoft's SARIF multitool (`validate`, with both the SARIF
 * rules and the GitHub code-scanning ingestion rules) must report no error and no warning.
 */
import { docText } from '../engine/rule.js';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { formatSarif, pascalName, pathToUri, sentence, clip, MAX_DESCRIPTION, GITHUB_SARIF } from './sarif.js';
import { dataRegistry, fixtureRun, trickyFindings, tmpDir, REPORT_FIXTURE, AS_OF } from '../testing/report-fixture.js';
import { reportTarget } from './target.js';
import { extentsOf } from './extent.js';
import { ROOT } from '../testing/cases.js';
import { loadRegistry } from '../engine/registry.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo } from '../validate.js';
import type { FormatContext } from './types.js';

const SAMPLE = path.join(ROOT, 'fixtures/sample');

/** The SARIF 2.1.0 JSON Schema, vendored (fixtures/consumers/README.md says from where). */
const sarifSchema = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures/consumers/sarif-2.1.0.json'), 'utf8')));
})();
function schemaErrors(text: string): string[] {
  return sarifSchema(JSON.parse(text)) ? [] : (sarifSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const MULTITOOL = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const hasMultitool = process.platform === 'linux' && fs.existsSync(MULTITOOL);

interface MultitoolResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

/** Runs the multitool on a SARIF text; returns what it found (all levels, notes included). */
function multitool(sarif: string): { errors: string[]; warnings: string[]; notes: string[] } {
  const dir = tmpDir('sarif');
  const input = path.join(dir, 'ereje.sarif');
  const output = path.join(dir, 'validation.sarif');
  fs.writeFileSync(input, sarif);
  const r = spawnSync(MULTITOOL, ['validate', input, '--output', output, '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    timeout: 120_000,
  });
  expect(r.status, `multitool failed: ${r.stdout}\n${r.stderr}`).toBe(0);
  const log = JSON.parse(fs.readFileSync(output, 'utf8').replace(/^\uFEFF/, ''));
  const run = log.runs[0];
  const rules: { id: string; messageStrings?: Record<string, { text: string }> }[] = run.tool.driver.rules ?? [];
  const text = (x: MultitoolResult) => {
    if (x.message.text) return `${x.ruleId}: ${x.message.text}`;
    const tpl = rules.find((rr) => rr.id === x.ruleId)?.messageStrings?.[x.message.id ?? '']?.text ?? x.message.id ?? '';
    return `${x.ruleId}: ${tpl.replace(/\{(\d+)\}/g, (_, i) => x.message.arguments?.[+i] ?? '')}`;
  };
  const results: MultitoolResult[] = run.results ?? [];
  const by = (lvl: string) => results.filter((x) => (x.level ?? 'warning') === lvl).map(text);
  // Tool notifications (e.g. a schema failure) count as errors too.
  const notes = (run.invocations ?? []).flatMap((inv: { toolExecutionNotifications?: { level?: string; message: { text: string } }[] }) =>
    (inv.toolExecutionNotifications ?? []).filter((n) => n.level === 'error').map((n) => `notification: ${n.message.text}`),
  );
  return { errors: [...by('error'), ...notes], warnings: by('warning'), notes: by('note') };
}

describe('sarif', () => {
  it('describes every rule and every finding (structure)', async () => {
    const { result, ctx } = await fixtureRun();
    const log = JSON.parse(formatSarif(result, ctx));
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'ereje', version: '1.0.0', informationUri: expect.stringMatching(/^file:\/\/.*\/README\.md$/) });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(ctx.rules.map((r) => r.id));
    for (const r of driver.rules) {
      expect(r.shortDescription.text).toMatch(/\.$/);
      expect(r.fullDescription.text.length).toBeGreaterThan(10);
      expect(r.help.text.length).toBeGreaterThan(10);
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
      expect(r.properties.module).toBe(r.id.split('/')[0]);
    }
    expect(run.results).toHaveLength(result.findings.length);
    for (const [i, res] of run.results.entries()) {
      const f = result.findings[i];
      expect(driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.ruleId).toBe(f.rule);
      const loc = res.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('SRCROOT');
      expect(decodeURIComponent(loc.artifactLocation.uri)).toBe(f.file);
      expect(loc.region).toEqual({ startLine: f.line, startColumn: f.column });
      expect(res.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/);
      expect(res.partialFingerprints['erejeFinding/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
    // Cross-record rule: each duplicate points at the other.
    const dups = run.results.filter((r: { ruleId: string }) => r.ruleId === 'data/duplicate-id');
    expect(dups).toHaveLength(2);
    for (const d of dups) {
      expect(d.relatedLocations).toHaveLength(1);
      expect(d.relatedLocations[0].physicalLocation.artifactLocation.uri).not.toBe(d.locations[0].physicalLocation.artifactLocation.uri);
    }
    // The Kazakh file name is a valid URI reference.
    expect(run.results.some((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri === '%D0%B4%D0%B5%D1%80%D0%B5%D0%BA%D1%82%D0%B5%D1%80%202026.yaml')).toBe(true);
  });

  it('the help text of a regulation rule is the clause text', async () => {
    const { result, ctx } = await fixtureRun();
    const withClause = ctx.rules.find((r) => r.clauses.length > 0);
    if (!withClause) return; // only data/* rules exist yet
    const log = JSON.parse(formatSarif(result, ctx));
    const d = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === withClause.id);
    const clause = ctx.moduleOf(withClause.id).clauses[withClause.clauses[0]];
    expect(d.help.text).toContain(clause.kk.trim().slice(0, 40));
  });

  it('fingerprints do not move with lines, and stay distinct for twins', async () => {
    const { result, ctx } = await fixtureRun();
    const fp = (t: string) => JSON.parse(t).runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints.primaryLocationLineHash);
    const moved = { ...result, findings: result.findings.map((f) => ({ ...f, line: f.line + 3 })) };
    expect(fp(formatSarif(moved, ctx))).toEqual(fp(formatSarif(result, ctx)));
    const twins = { ...result, findings: [result.findings[0], { ...result.findings[0] }] };
    const [a, b] = fp(formatSarif(twins, ctx));
    expect(a).not.toBe(b);
  });

  it('the SARIF 2.1.0 schema accepts the log (findings, tricky text, none)', async () => {
    const { result, ctx } = await fixtureRun();
    expect(schemaErrors(formatSarif(result, ctx))).toEqual([]);
    expect(schemaErrors(formatSarif({ ...result, findings: trickyFindings() }, ctx))).toEqual([]);
    expect(schemaErrors(formatSarif({ ...result, findings: [] }, ctx))).toEqual([]);
    // …and the check can fail.
    const bad = JSON.parse(formatSarif(result, ctx));
    bad.runs[0].results[0].level = 'fatal';
    expect(schemaErrors(JSON.stringify(bad)).join()).toMatch(/level/);
  });

  it('every rule of the registry: descriptions within GitHub\'s 1,024 characters, the rest in help', async () => {
    const registry = await loadRegistry();
    const { result } = await fixtureRun();
    const ctx: FormatContext = { asOf: AS_OF, lang: 'en', color: false, version: '1.0.0', rules: [...registry.rules.values()], moduleOf: (id) => registry.moduleOf(id) };
    const log = JSON.parse(formatSarif({ ...result, findings: [] }, ctx));
    const rules = log.runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[];
    expect(rules.length).toBe(registry.rules.size);
    for (const r of rules) {
      expect(r.fullDescription.text.length, r.id).toBeLessThanOrEqual(MAX_DESCRIPTION);
      expect(r.shortDescription.text.length, r.id).toBeLessThanOrEqual(MAX_DESCRIPTION);
      const rule = registry.rules.get(r.id)!;
      // Nothing is lost: what did not fit is in help.
      if (rule.docs.details) expect(r.help.text, r.id).toContain(docText(rule.docs.details, 'en').trim().slice(0, 200));
    }
  });

  it('primaryLocationLineHash is unchanged by an edit to another record (a real run, before and after)', async () => {
    const dir = tmpDir('sarif-edit');
    fs.cpSync(REPORT_FIXTURE, dir, { recursive: true });
    const registry = await dataRegistry();
    const run = () => {
      const settings = loadSettings(['.'], undefined, dir);
      const result = validateRepo({ paths: ['.'], settings, registry, asOf: AS_OF, lang: 'en', cwd: dir });
      const ctx: FormatContext = { asOf: AS_OF, lang: 'en', color: false, version: '1.0.0', rules: [...registry.rules.values()], moduleOf: (id) => registry.moduleOf(id) };
      const log = JSON.parse(formatSarif(result, ctx));
      return log.runs[0].results.map((r: { ruleId: string; properties: { subject: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }) => ({
        key: `${r.ruleId} ${r.properties.subject} ${r.locations[0].physicalLocation.artifactLocation.uri}`,
        line: r.locations[0].physicalLocation.region.startLine,
        hash: r.partialFingerprints.primaryLocationLineHash,
      }));
    };
    const before = run();
    const file = path.join(dir, 'деректер 2026.yaml');
    const text = fs.readFileSync(file, 'utf8');
    // Another record: a new organization above the others, and tur-bdo renamed.
    const edited = text
      .replace('organizations:\n', 'organizations:\n  - id: tur-new\n    type: school\n    name: "Жаңа мектеп"\n    region: turkistan\n')
      .replace('"Білім беруді дамыту орталығы"', '"Білім беруді дамыту орталығы (жаңа атауы)"');
    expect(edited).not.toBe(text);
    fs.writeFileSync(file, edited);
    const after = run();
    expect(after.map((x: { key: string }) => x.key).sort()).toEqual(before.map((x: { key: string }) => x.key).sort());
    const moved = after.filter((a: { key: string; line: number }) => before.find((b: { key: string }) => b.key === a.key)!.line !== a.line);
    expect(moved.length).toBeGreaterThan(0); // lines did move…
    for (const a of after) expect(a.hash, a.key).toBe(before.find((b: { key: string }) => b.key === a.key)!.hash); // …hashes did not
  });

  it('GitHub\'s documented limits: ≤ 25,000 results per run (the most severe kept, and said), ≤ 1,000 locations per result, ≤ 10 tags per rule', async () => {
    expect(GITHUB_SARIF).toEqual({ resultsPerRun: 25_000, locationsPerResult: 1_000, tagsShown: 10 });
    const { result, ctx } = await fixtureRun();
    const warning = result.findings.find((f) => f.severity === 'warning')!;
    const error = result.findings.find((f) => f.severity === 'error')!;
    const many = [...Array.from({ length: 25_010 }, (_, i) => ({ ...warning, subject: `s${i}` })), ...Array.from({ length: 3 }, (_, i) => ({ ...error, subject: `e${i}` }))];
    const text = formatSarif({ ...result, findings: many }, ctx);
    const run = JSON.parse(text).runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(3); // errors first
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('25013 findings');
    expect(run.properties.omitted).toBe(13);
    expect(schemaErrors(text)).toEqual([]);
    // Under the limit: no notification at all.
    expect(JSON.parse(formatSarif(result, ctx)).runs[0].invocations).toBeUndefined();

    const related = Array.from({ length: 1500 }, (_, i) => ({ file: 'other.yaml', line: i + 1, column: 1, message: 'the other record' }));
    const r1 = JSON.parse(formatSarif({ ...result, findings: [{ ...error, related }] }, ctx)).runs[0].results[0];
    expect(1 + r1.relatedLocations.length).toBe(GITHUB_SARIF.locationsPerResult);

    const registry = await loadRegistry();
    const all: FormatContext = { ...ctx, rules: [...registry.rules.values()], moduleOf: (id) => registry.moduleOf(id) };
    for (const r of JSON.parse(formatSarif({ ...result, findings: [] }, all)).runs[0].tool.driver.rules) expect(r.properties.tags.length, r.id).toBeLessThanOrEqual(GITHUB_SARIF.tagsShown);
  }, 60_000);

  it('automationDetails.id names the paths checked, so two ereje jobs are two analyses', async () => {
    const { result, ctx } = await fixtureRun();
    const id = (target: string) => JSON.parse(formatSarif(result, { ...ctx, target })).runs[0].automationDetails.id;
    expect(id(reportTarget(['turkistan'], '/repo'))).toBe('ereje/turkistan/');
    expect(id(reportTarget(['.'], '/ci/karaganda-data'))).toBe('ereje/karaganda-data/');
  });

  it('helpers', () => {
    expect(clip('One. Two three.', 100)).toBe('One. Two three.');
    expect(clip('A first sentence here. And a second one that is long.', 30)).toBe('A first sentence here.');
    expect(clip('word '.repeat(50), 20).length).toBeLessThanOrEqual(20);
    expect(sentence('x')).toBe('x.');
    expect(sentence('x.')).toBe('x.');
    expect(sentence('а?')).toBe('а?');
    expect(pascalName('open-door-day/request-lead-time')).toBe('OpenDoorDayRequestLeadTime');
    expect(pathToUri('a b/ф#1.yaml')).toBe('a%20b/%D1%84%231.yaml');
  });

  it.runIf(hasMultitool)('the SARIF multitool reports no error and no warning (fixture run)', async () => {
    const { result, ctx } = await fixtureRun();
    const found = multitool(formatSarif(result, ctx));
    expect(found.errors).toEqual([]);
    expect(found.warnings).toEqual([]);
  }, 180_000);

  it.runIf(hasMultitool)('the SARIF multitool reports no error and no warning (tricky text, no findings)', async () => {
    const { result, ctx } = await fixtureRun();
    const tricky = { ...result, findings: trickyFindings() };
    const a = multitool(formatSarif(tricky, ctx));
    expect(a.errors).toEqual([]);
    expect(a.warnings).toEqual([]);
    const empty = { ...result, findings: [] };
    const b = multitool(formatSarif(empty, ctx));
    expect(b.errors).toEqual([]);
    expect(b.warnings).toEqual([]);
  }, 180_000);

  it.runIf(hasMultitool)('the harness itself catches problems (a broken log gets an error and a warning)', async () => {
    const { result, ctx } = await fixtureRun();
    const bad = JSON.parse(formatSarif(result, ctx));
    delete bad.runs[0].tool.driver.informationUri;
    bad.runs[0].results[0].ruleIndex = 999;
    const found = multitool(JSON.stringify(bad));
    expect(found.errors.join('\n')).toMatch(/SARIF1009/);
    expect(found.warnings.join('\n')).toMatch(/SARIF2005.*informationUri/);
  }, 180_000);

  it.runIf(hasMultitool && fs.existsSync(SAMPLE))('the sample repo with every rule: the multitool is satisfied; help is the clause text', async () => {
    const registry = await loadRegistry();
    const settings = loadSettings(['.'], undefined, SAMPLE);
    const result = validateRepo({ paths: ['.'], settings, registry, asOf: '2026-11-22', lang: 'kk', cwd: SAMPLE });
    const ctx: FormatContext = { asOf: '2026-11-22', lang: 'kk', color: false, version: '1.0.0', rules: [...registry.rules.values()], moduleOf: (id) => registry.moduleOf(id), extentOf: extentsOf(result.findings, SAMPLE) };
    const text = formatSarif(result, ctx);
    expect(text).toContain('"endColumn"'); // with the values' ends
    expect(schemaErrors(text)).toEqual([]);
    const found = multitool(text);
    expect(found.errors).toEqual([]);
    expect(found.warnings).toEqual([]);
    const log = JSON.parse(text);
    for (const rule of ctx.rules) {
      const d = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === rule.id);
      for (const c of rule.clauses) expect(d.help.text, `${rule.id} ${c}`).toContain(ctx.moduleOf(rule.id).clauses[c].kk.trim().split('\n')[0]);
    }
    const related = log.runs[0].results.filter((r: { relatedLocations?: unknown[] }) => r.relatedLocations);
    expect(related.length).toBe(result.findings.filter((f) => f.related?.length).length);
  }, 180_000);

  it('SARIF multitool is installed where the tests run (linux)', () => {
    if (process.platform === 'linux') expect(hasMultitool, `${MULTITOOL} is missing: npm ci installs it`).toBe(true);
  });
});
