/**
 * Issue 12: Kazakh and Russian all the way through. Every command run in kk and in ru, on the
 * sample data repo and on every bad input of fixtures/bad, through the CLI's entry (`main`, the
 * argv → exit code function bin/ereje.js calls), must print no Latin-script word that is not an
 * id or value of the data, a key or choice of the schema, a rule/module/parameter id, a flag, a
 * command, a file name or path, a URL, a format or a brand (src/testing/latin.ts).
 *
 * `--help` of every command and subcommand is scanned too. Not scanned: the machine formats
 * (json, sarif) whose keys are the interface.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Command } from 'commander';
import { runMain } from '../testing/cli-io.js';
import { buildProgram, type Io } from './main.js';
import { ROOT } from '../testing/cases.js';
import { readBadCases } from '../testing/bad.js';
import { BRANDS, latinOffenders, wordsOfData, wordsOfOriginals, wordsOfSchema, type Allow } from '../testing/latin.js';
import { loadRegistry } from '../engine/registry.js';
import { REGIONS } from '../schema/collections.js';

const SAMPLE = path.join(ROOT, 'fixtures/sample');
const AS_OF = ['--as-of', '2026-11-22'];
let tmp = '';
let allow: Allow;

/** The allow-list, from the data, the schemas, the registry and the CLI's own command names. */
async function buildAllow(): Promise<Allow> {
  const words = new Set<string>(BRANDS);
  for (const dir of ['fixtures/sample', 'fixtures/bad', 'fixtures/agenda', 'fixtures/import', 'fixtures/cli']) wordsOfData([path.join(ROOT, dir)], words);
  for (const which of [[], ['--settings'], ['--exceptions']]) {
    const r = await runMain(['schema', '--lang', 'en', ...which], ROOT);
    wordsOfSchema(JSON.parse(r.out), words);
  }
  const registry = await loadRegistry();
  for (const [name, mod] of registry.modules) {
    words.add(name);
    words.add(mod.regulation);
    for (const c of Object.keys(mod.clauses)) words.add(c);
  }
  for (const [id, rule] of registry.rules) {
    words.add(id);
    for (const m of id.split('/')) words.add(m);
    for (const p of Object.keys(rule.params ?? {})) words.add(p);
    // The examples are YAML the reader copies: their keys and values are data.
    for (const ex of [rule.docs.examples.pass, rule.docs.examples.fail]) for (const l of ex.split('\n')) for (const w of l.replace(/#.*$/, '').split(/[\s,:{}[\]"']+/)) if (w) words.add(w);
  }
  for (const r of REGIONS) words.add(r);
  wordsOfOriginals(path.join(ROOT, 'docs/regulations'), words);
  // Command names and the values options take, from the CLI's own help in English (`--lang en`:
  // never from the kk or ru help that is scanned): commander lists the commands, and the values as
  // `(choices: "pretty", "json", …)` or in the descriptions as `kk | ru | both`.
  for (const p of HELP_PATHS) {
    const r = await runMain([...p, '--help', '--lang', 'en'], ROOT);
    for (const m of r.out.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)) words.add(m[1]);
    for (const m of r.out.matchAll(/"([a-z0-9][a-z0-9.-]*)"/g)) words.add(m[1]);
    for (const m of r.out.matchAll(/[a-z0-9][a-z0-9,.-]*(?:\s+\|\s+[a-z0-9][a-z0-9,.-]*)+/g)) for (const v of m[0].split(/\s+\|\s+/)) words.add(v);
  }
  return { words };
}

/** Every command path of the CLI (`[]` is `ereje` itself), as its command tree has them. */
const HELP_PATHS: string[][] = (() => {
  const io: Io = { out: () => {}, err: () => {}, isTTY: false, env: {}, cwd: ROOT };
  const walk = (cmd: Command, prefix: string[]): string[][] => [prefix, ...cmd.commands.flatMap((c) => walk(c, [...prefix, c.name()]))];
  return walk(buildProgram('en', io, () => {}), []);
})();

interface Case {
  name: string;
  argv: (lang: 'kk' | 'ru') => string[];
  cwd?: () => string;
  /** Files the command writes whose text is read too (paths relative to the working folder). */
  files?: string[];
  /** The output is XML: its text and the attributes a reader sees (message, name of a test). */
  xml?: boolean;
}

/** An XML report's text: text nodes and `message` attributes, not the element or attribute names. */
function xmlText(xml: string): string {
  const out: string[] = [];
  for (const m of xml.matchAll(/\bmessage="([^"]*)"/g)) out.push(m[1]);
  out.push(xml.replace(/<\?[^>]*\?>/g, '\n').replace(/<[^>]*>/g, '\n'));
  return out.join('\n').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const CASES: Case[] = [
  { name: 'validate (pretty)', argv: (l) => ['validate', SAMPLE, '--lang', l, ...AS_OF] },
  { name: 'validate --trace', argv: (l) => ['validate', SAMPLE, '--lang', l, '--trace', ...AS_OF] },
  { name: 'validate --format github', argv: (l) => ['validate', SAMPLE, '--lang', l, '--format', 'github', ...AS_OF] },
  { name: 'validate --format junit', argv: (l) => ['validate', SAMPLE, '--lang', l, '--format', 'junit', ...AS_OF], xml: true },
  { name: 'validate --format html', argv: (l) => ['validate', SAMPLE, '--lang', l, '--format', 'html', '--output', `report-${l}.html`, '--force', ...AS_OF], cwd: () => tmp, files: ['report-{lang}.html'] },
  { name: 'validate --format xlsx', argv: (l) => ['validate', SAMPLE, '--lang', l, '--format', 'xlsx', '--output', `report-${l}.xlsx`, '--force', ...AS_OF], cwd: () => tmp, files: ['report-{lang}.xlsx'] },
  { name: 'validate --as-of 2026-13-01', argv: (l) => ['validate', SAMPLE, '--lang', l, '--as-of', '2026-13-01'] },
  { name: 'validate --as-of 2026-02-30', argv: (l) => ['validate', SAMPLE, '--lang', l, '--as-of', '2026-02-30'] },
  { name: 'validate --module nope', argv: (l) => ['validate', SAMPLE, '--lang', l, '--module', 'nope', ...AS_OF] },
  { name: 'validate --rule nope', argv: (l) => ['validate', SAMPLE, '--lang', l, '--rule', 'open-door-day/nope', ...AS_OF] },
  { name: 'validate missing path', argv: (l) => ['validate', 'no-such-folder', '--lang', l, ...AS_OF] },
  { name: 'unknown option (commander)', argv: (l) => ['validate', SAMPLE, '--frmat', 'json', '--lang', l] },
  { name: 'value outside the choices (commander)', argv: (l) => ['validate', SAMPLE, '--format', 'nope', '--lang', l] },
  { name: 'missing argument (commander)', argv: (l) => ['why', '--lang', l] },
  { name: 'unknown command (commander)', argv: (l) => ['valdate', '--lang', l] },
  { name: 'why', argv: (l) => ['why', 'open-door-day/request-lead-time', 'req-tur-2026-004', SAMPLE, '--lang', l, ...AS_OF] },
  { name: 'agenda', argv: (l) => ['agenda', SAMPLE, '--from', '2026-01-01', '--days', '365', '--lang', l] },
  { name: 'explain', argv: (l) => ['explain', 'open-door-day/request-lead-time', '--lang', l] },
  { name: 'rules', argv: (l) => ['rules', '--lang', l] },
  { name: 'init', argv: (l) => ['init', `init-${l}`, '--region', 'turkistan', '--lang', l, ...AS_OF], cwd: () => tmp },
  {
    name: 'new staff (scripted)',
    argv: (l) => ['new', 'staff', '--org', 'tur-bdo', '--name', 'Нұрланқызы Дана', '--position', 'methodologist', '--hired', '2026-09-01', '--id', `tur-s9-${l}`, '--file', `new-${l}.yaml`, '--data', SAMPLE, '--lang', l, ...AS_OF],
    cwd: () => tmp,
  },
  { name: 'new request (missing flags)', argv: (l) => ['new', 'request', '--data', SAMPLE, '--lang', l, ...AS_OF], cwd: () => tmp },
  { name: 'import --dry-run', argv: (l) => ['import', path.join(ROOT, 'fixtures/import/staff-utf8-bom.csv'), '--into', path.join(tmp, 'sample/turkistan'), '--collection', 'staff', '--dry-run', '--lang', l], cwd: () => tmp },
  { name: 'baseline --dry-run', argv: (l) => ['baseline', path.join(tmp, 'sample'), '--reason', 'Сынақ', '--approved-by', 'tur-bdo-s001', '--expires', '2027-06-30', '--dry-run', '--lang', l, ...AS_OF], cwd: () => tmp },
  { name: 'render order --all', argv: (l) => ['render', 'order', '--all', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', ...AS_OF], cwd: () => tmp },
  { name: 'render schedule', argv: (l) => ['render', 'schedule', 'plan-tur-bdo-2026', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', ...AS_OF], cwd: () => tmp },
  { name: 'render report compliance', argv: (l) => ['render', 'report', 'compliance', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', ...AS_OF], cwd: () => tmp },
  { name: 'render report network (a region without networks)', argv: (l) => ['render', 'report', 'network', 'turkistan', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', ...AS_OF], cwd: () => tmp },
  { name: 'render report qualification', argv: (l) => ['render', 'report', 'qualification', 'kost-aso', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', ...AS_OF], cwd: () => tmp },
  { name: 'render report reference', argv: (l) => ['render', 'report', 'reference', 'kar-md-2025-11', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', ...AS_OF], cwd: () => tmp },
  { name: 'render report open-door-day', argv: (l) => ['render', 'report', 'open-door-day', 'odd-tur-2026-q2', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', '--ignore-findings', ...AS_OF], cwd: () => tmp },
  { name: 'render report network', argv: (l) => ['render', 'report', 'network', 'kostanay', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, '--overwrite', ...AS_OF], cwd: () => tmp },
  { name: 'render order (unknown id)', argv: (l) => ['render', 'order', 'ord-nope', '--data', SAMPLE, '--lang', l, '--out', `docs-${l}`, ...AS_OF], cwd: () => tmp },
  // --help of every command and subcommand (commander's own words included).
  ...HELP_PATHS.map((p): Case => ({ name: `ereje ${[...p, '--help'].join(' ')}`, argv: (l) => [...p, '--help', '--lang', l] })),
];

/** The text a reader sees in a written file: an HTML page's text, a workbook's cells, else the file. */
async function fileText(file: string): Promise<string> {
  if (file.endsWith('.xlsx')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cells: string[] = [];
    wb.eachSheet((ws) => {
      cells.push(ws.name);
      ws.eachRow((row) => row.eachCell((c) => void cells.push(String(c.text ?? ''))));
    });
    return cells.join('\n');
  }
  const text = fs.readFileSync(file, 'utf8');
  if (!file.endsWith('.html')) return text;
  return text
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<[^>]+>/g, ' '))
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

function report(found: { word: string; line: string }[]): string[] {
  return found.map((f) => `${f.word}  ←  ${f.line}`);
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-latin-'));
  fs.cpSync(SAMPLE, path.join(tmp, 'sample'), { recursive: true });
  allow = await buildAllow();
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('kk and ru output has no stray Latin-script words (issue 12)', () => {
  for (const lang of ['kk', 'ru'] as const) {
    for (const c of CASES) {
      it(`${lang}: ${c.name}`, async () => {
        const r = await runMain(c.argv(lang), c.cwd?.() ?? ROOT, { env: { COLUMNS: '160' } });
        expect(r.err, 'no internal error').not.toMatch(/internal error/);
        let text = `${r.out}\n${r.err}`;
        for (const f of c.files ?? []) text += '\n' + (await fileText(path.join(c.cwd?.() ?? ROOT, f.replace('{lang}', lang))));
        if (c.xml) text = xmlText(text);
        expect(report(latinOffenders(text, allow, c.argv(lang))), `${c.argv(lang).join(' ')}\n${text.slice(0, 400)}`).toEqual([]);
      }, 120_000);
    }
    it(`${lang}: rules show, every rule`, async () => {
      const registry = await loadRegistry();
      const found: string[] = [];
      for (const id of registry.rules.keys()) {
        const r = await runMain(['rules', 'show', id, '--lang', lang], ROOT);
        found.push(...report(latinOffenders(r.out + r.err, allow)).map((x) => `${id}: ${x}`));
      }
      expect(found).toEqual([]);
    }, 120_000);
    it(`${lang}: schema --lang (the editor's descriptions)`, async () => {
      const found: string[] = [];
      for (const which of [[], ['--settings'], ['--exceptions']]) {
        const r = await runMain(['schema', '--lang', lang, ...which], ROOT);
        const texts: string[] = [];
        const walk = (v: unknown, key?: string): void => {
          if (typeof v === 'string') return void ((key === 'description' || key === 'markdownDescription' || key === 'errorMessage' || key === 'title') && texts.push(v));
          if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, Array.isArray(v) ? key : k);
        };
        walk(JSON.parse(r.out));
        found.push(...report(latinOffenders(texts.join('\n'), allow)));
      }
      expect(found).toEqual([]);
    }, 120_000);
    describe(`${lang}: fixtures/bad`, () => {
      for (const b of readBadCases()) {
        it(b.name, async () => {
          const paths = b.spec.validate ?? fs.readdirSync(b.dir).filter((f) => /\.ya?ml$/.test(f) && f !== 'expected.yaml' && f !== 'ereje.yaml').sort();
          const args = (b.spec.args ?? []).filter((a, i, all) => a !== '--lang' && all[i - 1] !== '--lang');
          const only = args.includes('--module') || args.includes('--rule') ? [] : ['--module', 'data'];
          const r = await runMain(['validate', ...paths, '--lang', lang, ...AS_OF, ...only, ...args], b.dir, { env: { COLUMNS: '160' } });
          expect(report(latinOffenders(`${r.out}\n${r.err}`, allow, [...paths, ...args]))).toEqual([]);
        }, 60_000);
      }
    });
  }
});
