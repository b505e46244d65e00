/**
 * The in-process validate run of the fuzz suites: a repo template with some of its files
 * mutated, written to a temp folder, read and checked with every module; returns what breaks
 * the invariants (nothing escapes, every finding positioned inside its file, the JSON report
 * parses). Used by src/validate.fuzz.test.ts, and handy for replaying a seed by hand.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { loadRegistry } from '../engine/registry.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo } from '../validate.js';
import { EreError } from '../core/errors.js';
import { formatJson } from '../report/json.js';
import type { Lang } from '../core/i18n.js';
import { describeMutations, findingProblems, freshDir, mutate, mutationsArb, repoTemplates, writeRepo, type Mutation } from './fuzz.js';

/** Validates a repo folder in-process with every module; returns what breaks the invariants. */
export async function checkRepo(dir: string, texts: ReadonlyMap<string, string>, lang: Lang = 'en'): Promise<string[]> {
  const registry = await loadRegistry();
  let settings;
  try {
    settings = loadSettings([dir], undefined, dir);
  } catch (e) {
    if (e instanceof EreError && e.exitCode === 2) return []; // a clear exit-2 message
    return [`settings threw: ${(e as Error)?.stack ?? e}`];
  }
  let result;
  try {
    result = validateRepo({ paths: [dir], settings, registry, asOf: '2026-11-22', lang, cwd: dir });
  } catch (e) {
    // A settings file naming a rule or parameter that does not exist: exit 2 with its line.
    if (e instanceof EreError && e.exitCode === 2 && settings.file) return [];
    return [`validate threw: ${(e as Error)?.stack ?? e}`];
  }
  const problems = findingProblems(result.findings, texts);
  const json = formatJson(result, { asOf: '2026-11-22', lang, color: false, version: 'test', rules: [...registry.rules.values()], moduleOf: (id) => registry.moduleOf(id) });
  const back = JSON.parse(json) as { findings: unknown[] };
  if (back.findings.length !== result.findings.length) problems.push('the JSON report lost findings');
  return problems;
}

export interface PipelineCase {
  /** Index into repoTemplates(). */
  template: number;
  /** Which files get which mutations (indexes are taken modulo the file count). */
  plan: [number, Mutation[]][];
  lang: Lang;
}

export function pipelineCaseArb(maxLong: number): fc.Arbitrary<PipelineCase> {
  return fc
    .record({
      template: fc.nat(),
      first: fc.tuple(fc.nat(), mutationsArb(maxLong)),
      second: fc.option(fc.tuple(fc.nat(), mutationsArb(2_000)), { nil: undefined }),
      lang: fc.constantFrom<Lang>('en', 'kk', 'ru'),
    })
    .map(({ template, first, second, lang }) => ({
      template: template % repoTemplates().length,
      plan: second ? [first, second] : [first],
      lang,
    }));
}

/** The mutated files of a case, by relative path. */
export function caseFiles(c: PipelineCase): { files: Record<string, Buffer>; settings: string | null } {
  const t = repoTemplates()[c.template];
  const files: Record<string, Buffer> = {};
  t.files.forEach((f, i) => {
    let b: Buffer = Buffer.from(f.text, 'utf8');
    for (const [k, list] of c.plan) if (k % t.files.length === i) b = mutate(b, list);
    files[f.rel] = b;
  });
  return { files, settings: t.settings };
}

/** Runs one case; returns the problems, each prefixed with what the case was. */
export async function runPipelineCase(c: PipelineCase): Promise<string[]> {
  const t = repoTemplates()[c.template];
  const dir = freshDir();
  const { files, settings } = caseFiles(c);
  let problems: string[];
  try {
    writeRepo(dir, files, settings);
    const texts = new Map(Object.entries(files).map(([rel, b]) => [rel, b.toString('utf8')]));
    problems = await checkRepo(dir, texts, c.lang);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!problems.length) return [];
  const what = `${t.where} [${c.lang}] ${c.plan.map(([k, list]) => `${t.files[k % t.files.length].rel}: ${describeMutations(list)}`).join(' | ')}`;
  return [what, ...problems];
}
