/**
 * fixtures/bad/<case>/: one folder per bad input, its expected findings beside it, run as a
 * user runs them — the built CLI in a subprocess (`ereje validate <case> --format json`),
 * checking the exit code, the findings with their lines, and that no stack trace escapes.
 *
 * expected.yaml:
 *   args: [--lang, kk]        # extra arguments (default none); paths: the case folder itself
 *   validate: [repo]          # optional: paths to validate (default: the case's own YAML files,
 *                             #   expected.yaml and ereje.yaml excluded)
 *   exit: 1                   # expected exit code (default 1)
 *   stderr: "substring"       # optional: expected on stderr (exit 2 cases)
 *   findings:                 # as in rule cases; file relative to the case folder
 *     - { rule: data/syntax, line: 3, column: 9, file: broken.yaml }
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import jsyaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, compare, type ExpectedFinding } from './cases.js';
import type { Finding } from '../engine/findings.js';

export const BAD_FIXTURES = path.join(ROOT, 'fixtures/bad');
const BIN = path.join(ROOT, 'bin/ereje.js');

export interface BadSpec {
  args?: string[];
  validate?: string[];
  exit?: number;
  stderr?: string;
  findings?: ExpectedFinding[];
}

export function readBadCases(): { name: string; dir: string; spec: BadSpec }[] {
  return fs
    .readdirSync(BAD_FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(BAD_FIXTURES, name);
      const spec = jsyaml.load(fs.readFileSync(path.join(dir, 'expected.yaml'), 'utf8'), { schema: jsyaml.CORE_SCHEMA }) as BadSpec;
      return { name, dir, spec };
    });
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** Checks one bad case through the CLI. */
export function checkBadCase(c: { name: string; dir: string; spec: BadSpec }): void {
  // Default: the case's data files (expected.yaml and ereje.yaml are not data).
  const paths = c.spec.validate ?? fs.readdirSync(c.dir).filter((f) => /\.ya?ml$/.test(f) && f !== 'expected.yaml' && f !== 'ereje.yaml').sort();
  // Reading problems are the point here: only the data module runs, unless a case says otherwise.
  const args = c.spec.args ?? [];
  const only = args.includes('--module') || args.includes('--rule') ? [] : ['--module', 'data'];
  const r = runCli(['validate', ...paths, '--format', 'json', '--as-of', '2026-11-22', ...only, ...args], c.dir);
  expect(r.signal, 'no hang').toBeNull();
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.code, `exit code; stderr: ${r.stderr}`).toBe(c.spec.exit ?? 1);
  if (c.spec.stderr) expect(r.stderr).toContain(c.spec.stderr);
  if (c.spec.findings) {
    const report = JSON.parse(r.stdout) as { findings: Finding[] };
    for (const f of report.findings) {
      expect(f.line, `${f.rule} has a line`).toBeGreaterThan(0);
      expect(f.column, `${f.rule} has a column`).toBeGreaterThan(0);
      expect(f.file, `${f.rule} has a file`).not.toBe('');
    }
    const { missing, extra } = compare(report.findings, c.spec.findings);
    const text = [...missing.map((m) => `missing: ${m.rule} ${m.file ?? ''}:${m.line}`), ...extra.map((x) => `unexpected: ${x.rule} ${x.file}:${x.line}:${x.column} ${x.message}`)].join('\n');
    expect(text).toBe('');
  }
}

/**
 * For a reading rule's own test file: fixtures/bad must hold inputs that exercise it (they run
 * in the one generic test, src/cli/bad-inputs.test.ts), each expecting it with a line.
 */
export function badCases(ruleId: string): void {
  const cases = readBadCases().filter((c) => (c.spec.findings ?? []).some((f) => f.rule === ruleId));
  describe(`${ruleId}: bad inputs in fixtures/bad`, () => {
    it('has at least two cases, each expecting the finding at a line', () => {
      expect(cases.length).toBeGreaterThan(1);
      for (const c of cases) for (const f of c.spec.findings ?? []) expect(f.line, c.name).toBeGreaterThan(0);
    });
  });
}
