/**
 * Output that neither explodes nor lies (issue 14, families 3, 6, 7, 11):
 * - the pretty format escapes what a terminal would obey (newlines, ESC, bidi overrides);
 * - no spread of the findings into Math.max (it crashed above ~125,000);
 * - a list inside a message is capped ("…and 19,990 more"), and so is one long value;
 * - at most N findings per rule and file, with a line that counts the rest (and true totals);
 * - every format streams: the chunks joined are exactly the one-string output, and no chunk is large;
 * - every format names the settings file used;
 * - EPIPE (`| head -1`) ends quietly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { escapeTerminal, formatPretty } from './pretty.js';
import { FORMATTERS, STREAMERS } from './index.js';
import { fixtureRun, trickyFindings, tmpDir } from '../testing/report-fixture.js';
import { capFindings } from '../engine/caps.js';
import { fmt, MAX_LIST_ITEMS } from '../core/i18n.js';
import type { Finding } from '../engine/findings.js';
import { BIN, SAMPLE, runCliHard } from '../testing/safety.js';

vi.setConfig({ testTimeout: 240_000 });

function many(n: number, files = 1): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ rule: 'data/schema', severity: i % 3 === 0 ? 'warning' : 'error', subject: `s${i}`, period: null, regulation: null, clause: null, message: `Жазба ${i}: тізім болуы керек`, file: `f${i % files}.yaml`, line: i + 1, column: 3 });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

describe('pretty: what a terminal would obey is escaped', () => {
  it('newlines, ESC sequences, BEL, bidi overrides and lone surrogates in messages and file names', async () => {
    const { result, ctx } = await fixtureRun();
    const evil: Finding = {
      rule: 'data/schema', severity: 'error', subject: 'x', period: null, regulation: null, clause: null,
      message: 'name\n  forged.yaml:1:1  error  fake finding\u001b]0;pwned\u0007 \u001b[2J \u202edesrever \uD800',
      file: 'dir/\u001b[31mred\n.yaml', line: 1, column: 1,
    };
    const out = formatPretty({ ...result, findings: [...trickyFindings(), evil] }, { ...ctx, color: false });
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(out).toContain('name\\n  forged.yaml:1:1  error  fake finding\\x1b]0;pwned\\x07 \\x1b[2J \\u202edesrever \\ud800');
    expect(out).toContain('dir/\\x1b[31mred\\n.yaml');
    // every finding is still exactly one line
    expect(out.split('\n').filter((l) => /^ {2}.*:\d+:\d+ +(error|warning|info) /.test(l))).toHaveLength(5);
  });

  it('keeps every Kazakh letter and ordinary punctuation as it is', () => {
    const s = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І «№ 15-н» — 2026\u00A0ж.';
    expect(escapeTerminal(s)).toBe(s);
  });

  it('200,000 findings: no stack overflow, and the right widths', async () => {
    const { result, ctx } = await fixtureRun();
    const findings = many(200_000);
    const out = formatPretty({ ...result, findings }, ctx);
    expect(out.split('\n').filter((l) => l.startsWith('  f0.yaml:'))).toHaveLength(200_000);
  });
});

describe('caps', () => {
  it('a list in a message names 20 items and counts the rest, in each language', () => {
    const names = Array.from({ length: 20_010 }, (_, i) => `Адам ${i}`);
    const en = fmt('missing: {names}', { names }, 'en');
    expect(en.split(', ')).toHaveLength(MAX_LIST_ITEMS + 1);
    expect(en).toMatch(/Адам 19, …and 19,990 more$/);
    expect(fmt('{names}', { names }, 'kk')).toMatch(/…және тағы 19\u00A0990$/);
    expect(fmt('{names}', { names }, 'ru')).toMatch(/…и ещё 19\u00A0990$/);
    expect(fmt('{names}', { names: names.slice(0, 20) }, 'en')).not.toMatch(/more/);
  });

  it('one long value is cut, never inside a surrogate pair', () => {
    const v = 'Қ'.repeat(299) + '😀' + 'x'.repeat(10_000_000);
    const out = fmt('«{v}»', { v }, 'en');
    expect(out.length).toBeLessThan(400);
    expect(out).toMatch(/^«Қ+…\(10,000,002 more characters\)»$/);
  });

  it('findings per rule and file: the first N, then one line per severity counting the rest; other files untouched', () => {
    const findings = many(5_000, 2);
    const capped = capFindings(findings, 1000, 'en');
    // What is left out, per file and severity, counted from the input (not from the cap).
    const left = new Map<string, number>();
    const shown = new Map<string, number>();
    for (const f of findings) {
      const n = (shown.get(f.file) ?? 0) + 1;
      shown.set(f.file, n);
      if (n > 1000) left.set(`${f.file} ${f.severity}`, (left.get(`${f.file} ${f.severity}`) ?? 0) + 1);
    }
    const summaries = capped.filter((f) => (f as { omitted?: number }).omitted);
    expect(capped).toHaveLength(2 * 1000 + left.size);
    expect(new Map(summaries.map((f) => [`${f.file} ${f.severity}`, (f as { omitted?: number }).omitted]))).toEqual(left);
    expect(summaries.reduce((n, f) => n + (f as { omitted?: number }).omitted!, 0)).toBe(3_000);
    expect(summaries[0].message).toMatch(/^…and [\d,]+ more findings of this rule in this file \(the first 1,000 are shown/);
    expect(capFindings(findings.slice(0, 900), 1000, 'en')).toHaveLength(900);
  });

  it('through the CLI: a million-line file gives a short report, true totals, exit 1', () => {
    const dir = tmpDir('caps');
    try {
      fs.writeFileSync(path.join(dir, 'big.yaml'), 'staff:\n' + '  - 1\n'.repeat(200_000));
      const r = runCliHard(['validate', '.', '--format', 'json', '--lang', 'en'], dir, { timeoutMs: 120_000 });
      expect(r.code).toBe(1);
      const j = JSON.parse(r.stdout) as { findings: { message: string }[]; summary: { error: number } };
      expect(j.findings).toHaveLength(1001);
      expect(j.findings.at(-1)!.message).toMatch(/…and 199,000 more findings/);
      expect(j.summary.error).toBe(200_000);
      const p = runCliHard(['validate', '.', '--lang', 'en'], dir, { timeoutMs: 120_000 });
      expect(p.stdout).toMatch(/│ data +│ +200000 │/); // the table counts every finding
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every format streams', () => {
  // html is one self-contained page with its data inline: written as one chunk (not streamed).
  for (const name of Object.keys(FORMATTERS).filter((n) => n !== 'html')) {
    it(`${name}: the chunks are exactly the report, none of them large`, async () => {
      const { result, ctx } = await fixtureRun();
      const findings = [...many(8_000, 7), ...trickyFindings()];
      const r = { ...result, findings };
      const chunks = [...STREAMERS[name](r, { ...ctx, settingsFile: 'ereje.yaml' })];
      expect(chunks.join('')).toBe(FORMATTERS[name](r, { ...ctx, settingsFile: 'ereje.yaml' }));
      expect(chunks.length).toBeGreaterThan(2);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200_000);
    });
  }

  it('every format names the settings file it used', async () => {
    const { result, ctx } = await fixtureRun();
    const c = { ...ctx, settingsFile: 'data/ereje.yaml' };
    expect(JSON.parse(FORMATTERS.json(result, c)).settings).toBe('data/ereje.yaml');
    expect(JSON.parse(FORMATTERS.sarif(result, c)).runs[0].properties.settings).toBe('data/ereje.yaml');
    expect(FORMATTERS.junit(result, c)).toContain('<property name="settings" value="data/ereje.yaml"/>');
    expect(FORMATTERS.github(result, c)).toContain('::debug::ereje settings: data/ereje.yaml');
    expect(FORMATTERS.pretty(result, c)).toMatch(/Settings: data\/ereje\.yaml/);
    expect(FORMATTERS.pretty(result, { ...c, settingsFile: null })).toMatch(/Settings: none/);
  });
});

describe('the CLI', () => {
  it('`validate | head -1` and `--help | head -1`: no stack trace, the exit code the run had', () => {
    for (const [cmd, code] of [[`"${process.execPath}" "${BIN}" validate "${SAMPLE}" --as-of 2026-11-22 | head -1`, 1], [`"${process.execPath}" "${BIN}" --help | head -1`, 0], [`"${process.execPath}" "${BIN}" validate "${SAMPLE}" --format sarif | head -c 10`, 1]] as const) {
      const r = spawnSync('bash', ['-c', `set -o pipefail; ${cmd}`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(code);
    }
  });
});
