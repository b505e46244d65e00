/**
 * A few fuzz cases through the built CLI, as a user runs it (the in-process suite,
 * src/validate.fuzz.test.ts, runs many more): a mutated repo gives a JSON report with exit 0
 * or 1 and positioned findings, or exit 2 with one clear line — never an internal error, a
 * stack trace, or a process that does not end.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/bad.js';
import { cleanupTemp, findingProblems, freshDir, fuzzParams, fuzzTimeout, mutate, mutationsArb, repoTemplates, writeRepo } from '../testing/fuzz.js';
import { caseFiles, pipelineCaseArb } from '../testing/fuzz-validate.js';
import type { Finding } from '../engine/findings.js';

afterAll(() => cleanupTemp());

function checkRun(dir: string, texts: Map<string, string>, args: readonly string[] = []): string[] {
  const r = runCli(['validate', '.', '--format', 'json', '--as-of', '2026-11-22', ...args], dir);
  const problems: string[] = [];
  if (r.signal) return [`killed by ${r.signal} (did not end in time)`];
  if (/\n\s+at .+:\d+:\d+/.test(r.stderr)) problems.push(`stack trace on stderr: ${r.stderr.slice(0, 400)}`);
  if (/internal error/.test(r.stderr)) problems.push(`internal error: ${r.stderr.slice(0, 400)}`);
  if (r.code === 2) {
    const lines = r.stderr.trim().split('\n');
    if (!lines[0]?.startsWith('ereje: ')) problems.push(`exit 2 without a clear message: ${r.stderr.slice(0, 400)}`);
    return problems;
  }
  if (r.code !== 0 && r.code !== 1) return [...problems, `exit ${r.code}: ${r.stderr.slice(0, 400)}`];
  let report: { findings: Finding[] };
  try {
    report = JSON.parse(r.stdout);
  } catch {
    return [...problems, `stdout is not JSON: ${r.stdout.slice(0, 200)}`];
  }
  return [...problems, ...findingProblems(report.findings, texts)];
}

describe('validate through the CLI under mutated files', () => {
  it('gives a report or a clear exit 2, never a crash', () => {
    fc.assert(
      fc.property(pipelineCaseArb(20_000), fc.constantFrom([], ['--lang', 'kk'], ['--lang', 'ru', '--format', 'json']), (c, args) => {
        const dir = freshDir('cli');
        const { files, settings } = caseFiles(c);
        writeRepo(dir, files, settings);
        const problems = checkRun(dir, new Map(Object.entries(files).map(([rel, b]) => [rel, b.toString('utf8')])), args);
        fs.rmSync(dir, { recursive: true, force: true });
        if (problems.length) expect.fail(`${repoTemplates()[c.template].where}: ${JSON.stringify(c.plan).slice(0, 600)}\n${problems.join('\n')}`);
      }),
      fuzzParams(6, 21, 500),
    );
  }, fuzzTimeout(6, 3_000, 500));

  it('a mutated settings file gives a report or a clear exit 2', () => {
    const withSettings = repoTemplates().filter((t) => t.settings !== null);
    fc.assert(
      fc.property(fc.nat(), mutationsArb(2_000), (ti, ms) => {
        const t = withSettings[ti % withSettings.length];
        const dir = freshDir('cli-settings');
        writeRepo(dir, Object.fromEntries(t.files.map((f) => [f.rel, f.text])), mutate(t.settings!, ms));
        const problems = checkRun(dir, new Map(t.files.map((f) => [f.rel, f.text])));
        fs.rmSync(dir, { recursive: true, force: true });
        if (problems.length) expect.fail(`${t.where}/ereje.yaml ${JSON.stringify(ms).slice(0, 400)}\n${problems.join('\n')}`);
      }),
      fuzzParams(3, 22, 500),
    );
  }, fuzzTimeout(3, 3_000, 500));
});
