/**
 * Output paths stay where the user pointed. Every file name ereje builds from data or flags —
 * a document's name from an id, a region or a date; init's files below DIR; the user's own
 * templates folder — stays inside its folder: ids with slashes are refused (by the schema in
 * data, by lookup on the command line), a symlink planted where a file will go is replaced,
 * not written through, and nothing appears outside the folders named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputName } from './index.js';
import type { Prepared } from './documents/types.js';
import { ROOT } from '../testing/cases.js';
import { crashSigns, listTree, runCliHard, SAMPLE, tempDir } from '../testing/safety.js';

const root = tempDir('paths');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const built = fs.existsSync(path.join(ROOT, 'dist/src/cli/commands/render.js'));

describe('document file names', () => {
  const named = (fileBase: string) => ({ fileBase }) as unknown as Prepared;
  it('are ids, slugs and dates, and nothing else', () => {
    expect(outputName(named('ord-tur-2026-014'), ['kk'])).toBe('ord-tur-2026-014.kk.pdf');
    expect(outputName(named('network-almaty-region'), ['kk', 'ru'])).toBe('network-almaty-region.kk-ru.pdf');
    expect(outputName(named('compliance-2026-11-22'), ['ru'])).toBe('compliance-2026-11-22.ru.pdf');
    for (const bad of ['../x', '../../etc/passwd', '/etc/x', 'a/b', 'a\\b', '.hidden', '', 'C:\\x', 'x\u0000y']) {
      expect(() => outputName(named(bad), ['kk']), bad).toThrow(/unsafe document file name/);
    }
  });
});

describe.runIf(built)('render: ids that try to leave --out', () => {
  const repo = path.join(root, 'repo');
  fs.cpSync(SAMPLE, repo, { recursive: true });
  // A record whose id would climb out of the output folder: the schema refuses the id.
  fs.writeFileSync(path.join(repo, 'turkistan', 'zz-evil.yaml'), [
    'orders:',
    '  - id: "../../../evil"',
    '    number: "1-н"',
    '    date: 2026-01-10',
    '    issuer: tur-bdo',
    '    type: other',
    '',
  ].join('\n'));

  const attempts: [string, string[]][] = [
    ['order id with ../', ['order', '../../../evil']],
    ['order id absolute', ['order', '/tmp/evil']],
    ['schedule id with ../', ['schedule', '../../x']],
    ['network report with ../', ['report', 'network', '../../kostanay']],
    ['qualification report with ../', ['report', 'qualification', '../kost-aso']],
    ['reference report with /', ['report', 'reference', 'kar/../../x']],
  ];
  for (const [what, args] of attempts) {
    it(`${what}: exit 2, nothing written anywhere`, () => {
      const out = path.join(root, 'out', 'deep', 'er');
      const before = listTree(root);
      for (const force of [[], ['--force']]) {
        const r = runCliHard(['render', ...args, '--data', '.', '--lang', 'kk', '--out', out, ...force], repo, { timeoutMs: 60_000 });
        expect(crashSigns(r), r.stderr).toEqual([]);
        expect(r.code, r.stderr).toBe(2);
      }
      expect(listTree(root)).toEqual(before);
    }, 60_000);
  }

  it('the schema-invalid record is named in the refusal', () => {
    const r = runCliHard(['render', 'order', '../../../evil', '--data', '.', '--lang', 'kk', '--out', path.join(root, 'o2')], repo, { timeoutMs: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/evil/);
  });

  it('a symlink planted where the PDF goes is replaced with --force, the file it pointed at untouched', () => {
    const out = path.join(root, 'out-link');
    fs.mkdirSync(out, { recursive: true });
    const victim = path.join(root, 'victim.txt');
    fs.writeFileSync(victim, 'precious');
    fs.symlinkSync(victim, path.join(out, 'ord-tur-2026-014.kk.pdf'));
    const refused = runCliHard(['render', 'order', 'ord-tur-2026-014', '--data', '.', '--lang', 'kk', '--out', out], repo, { timeoutMs: 60_000 });
    expect(refused.code).toBe(2); // exists: never replaced without --force
    const forced = runCliHard(['render', 'order', 'ord-tur-2026-014', '--data', '.', '--lang', 'kk', '--out', out, '--force'], repo, { timeoutMs: 60_000 });
    expect(forced.code, forced.stderr).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
    expect(fs.lstatSync(path.join(out, 'ord-tur-2026-014.kk.pdf')).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(path.join(out, 'ord-tur-2026-014.kk.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});

describe.runIf(built)('init DIR', () => {
  it('writes every file inside DIR, however DIR is spelt', () => {
    const base = path.join(root, 'init');
    fs.mkdirSync(path.join(base, 'work'), { recursive: true });
    const r = runCliHard(['init', 'a/../b/./repo', '--region', 'karaganda', '--as-of', '2026-11-22', '--lang', 'ru'], path.join(base, 'work'), { timeoutMs: 60_000 });
    expect(crashSigns(r)).toEqual([]);
    expect(r.code, r.stderr).toBe(0);
    const all = listTree(base);
    expect(all.length).toBeGreaterThan(5);
    for (const f of all) expect(f.startsWith('work/b/repo/'), f).toBe(true);
    expect(fs.existsSync(path.join(base, 'work', 'a'))).toBe(false);
  }, 60_000);

  it('a region that is not a region slug is refused (exit 2), nothing written', () => {
    const base = path.join(root, 'init-region');
    fs.mkdirSync(base);
    for (const region of ['../../x', 'turkistan/../..', '/etc']) {
      const r = runCliHard(['init', 'repo', '--region', region], base, { timeoutMs: 60_000 });
      expect(r.code, region).toBe(2);
    }
    expect(listTree(base)).toEqual([]);
  }, 60_000);

  it('with --force into a folder holding a planted symlink: the link is replaced, its target untouched', () => {
    const base = path.join(root, 'init-link');
    const repo = path.join(base, 'repo');
    fs.mkdirSync(repo, { recursive: true });
    const victim = path.join(base, 'victim.yaml');
    fs.writeFileSync(victim, 'precious: true\n');
    fs.symlinkSync(victim, path.join(repo, 'ereje.yaml'));
    const refused = runCliHard(['init', 'repo'], base, { timeoutMs: 60_000 });
    expect(refused.code).toBe(2); // not empty
    const r = runCliHard(['init', 'repo', '--force', '--as-of', '2026-11-22'], base, { timeoutMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(victim, 'utf8')).toBe('precious: true\n');
    expect(fs.lstatSync(path.join(repo, 'ereje.yaml')).isSymbolicLink()).toBe(false);
  }, 60_000);
});

describe.runIf(built)('--output and schema --out', () => {
  it('never replace a file without --force; with it, the whole new content', () => {
    const dir = path.join(root, 'reports');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'report.json'), 'old');
    fs.writeFileSync(path.join(dir, 'schema.json'), 'old');
    const v = runCliHard(['validate', SAMPLE, '--format', 'json', '--output', 'report.json'], dir, { timeoutMs: 60_000 });
    expect(v.code).toBe(2);
    const s = runCliHard(['schema', '--out', 'schema.json'], dir, { timeoutMs: 60_000 });
    expect(s.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).toBe('old');
    expect(fs.readFileSync(path.join(dir, 'schema.json'), 'utf8')).toBe('old');
    const vf = runCliHard(['validate', SAMPLE, '--format', 'json', '--output', 'report.json', '--force'], dir, { timeoutMs: 60_000 });
    expect(vf.code).toBe(1); // the sample's own findings
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).findings.length).toBeGreaterThan(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['report.json', 'schema.json']);
  }, 60_000);
});
