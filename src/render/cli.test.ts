/** `ereje render` through the command line: files, guards, exit codes, batches. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import { runMain } from '../testing/cli-io.js';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'fixtures/sample');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-render-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const out = (name: string) => {
  const d = path.join(tmp, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
};
const render = (args: string[]) => runMain(['render', ...args, '--data', SAMPLE], ROOT);

describe('ereje render', () => {
  it('writes the order, never over an existing file without --overwrite, and the same bytes with it', async () => {
    const dir = out('single');
    const first = await render(['order', 'ord-tur-2026-014', '--lang', 'kk', '--out', dir]);
    expect(first.code).toBe(0);
    const file = path.join(dir, 'ord-tur-2026-014.kk.pdf');
    expect(first.out).toContain('ord-tur-2026-014.kk.pdf');
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const again = await render(['order', 'ord-tur-2026-014', '--lang', 'kk', '--out', dir]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/ord-tur-2026-014\.kk\.pdf.*--overwrite/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    // --ignore-findings is about the guards, not about files
    const ignoring = await render(['order', 'ord-tur-2026-014', '--lang', 'kk', '--out', dir, '--ignore-findings']);
    expect(ignoring.code).toBe(2);

    const forced = await render(['order', 'ord-tur-2026-014', '--lang', 'kk', '--out', dir, '--overwrite']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['ord-tur-2026-014.kk.pdf']); // no temporary files left
  });

  it('refuses (exit 1) when a record the order rests on has error findings, and lists them', async () => {
    const dir = out('refused');
    const r = await render(['order', 'ord-tur-2026-052', '--lang', 'ru', '--out', dir]);
    expect(r.code).toBe(1);
    // the severity in the language of the messages (here Russian, as the document)
    expect(r.err).toMatch(/fixtures\/sample\/turkistan\/open-door-days-2026\.yaml:\d+:\d+ {2}ошибка .*open-door-day\/speaker-consent/);
    expect(r.err).toContain('odd-tur-2026-q3');
    expect(r.err).toContain('--ignore-findings');
    expect(fs.readdirSync(dir)).toEqual([]);
    // re-rendering after a template edit (--overwrite) does not switch the guards off
    const overwriting = await render(['order', 'ord-tur-2026-052', '--lang', 'ru', '--out', dir, '--overwrite']);
    expect(overwriting.code).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
    const ignoring = await render(['order', 'ord-tur-2026-052', '--lang', 'ru', '--out', dir, '--ignore-findings']);
    expect(ignoring.code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['ord-tur-2026-052.ru.pdf']);
    // --force still does both, and says it is deprecated
    const forced = await render(['order', 'ord-tur-2026-052', '--lang', 'ru', '--out', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.err).toMatch(/--force устарел.*--overwrite.*--ignore-findings/);
  });

  it('a batch with refusals names the record, says nothing was written, and tells how to go on; --lang both speaks Kazakh', async () => {
    const dir = out('batch-refused');
    const r = await render(['order', '--all', '--type', 'open-door-day', '--lang', 'both', '--out', dir, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('ord-tur-2026-052: жазбаларында қате бар, ord-tur-2026-052.kk-ru.pdf жазылмады:');
    expect(r.err).toMatch(/ {2}қате {2}/);
    expect(r.err).toContain('--ignore-findings');
    expect(r.err).toContain('--overwrite');
    expect(r.err).not.toMatch(/\b(error|refused|written)\b/);
    expect(fs.readdirSync(dir)).toContain('ord-tur-2026-014.kk-ru.pdf');
    expect(fs.readdirSync(dir)).not.toContain('ord-tur-2026-052.kk-ru.pdf');
  });

  it('status reports are never refused: the network report shows the very ratio error that holds the order back', async () => {
    const dir = out('status');
    const r = await render(['report', 'network', 'kostanay', '--lang', 'kk', '--out', dir]);
    expect(r.code).toBe(0);
    const q = await render(['report', 'qualification', 'kost-aso', '--lang', 'ru', '--out', dir]);
    expect(q.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['network-kostanay.kk.pdf', 'qualification-kost-aso.ru.pdf']);
  });

  it('a mistake in the user\'s template: exit 2, the file, line, column and placeholder; nothing written', async () => {
    const dir = out('template');
    const tpl = path.join(tmp, 'my-order.kk.liquid');
    fs.writeFileSync(tpl, '::title\n{{ order.title }}\n::text\nКүні: {{ order.dat.text }}\n');
    const r = await render(['order', 'ord-tur-2026-014', '--lang', 'kk', '--out', dir, '--template', tpl]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/my-order\.kk\.liquid:4:10: .*«order\.dat».*order\.date\?/);
    expect(fs.readdirSync(dir)).toEqual([]);

    fs.writeFileSync(tpl, '::title\n{{ order.title }}\n::text\nКүні: {{ order.date.text }}, {{ issuer.kk }}\n');
    const ok = await render(['order', 'ord-tur-2026-014', '--lang', 'kk', '--out', dir, '--template', tpl]);
    expect(ok.code).toBe(0);
  });

  it('unknown ids and bad flags exit 2 with a hint', async () => {
    const r = await render(['order', 'ord-tur-2026-14', '--out', out('bad')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ord-tur-2026-014?');
    expect((await render(['order', 'ord-tur-2026-014', '--lang', 'en'])).code).toBe(2);
    expect((await render(['order'])).err).toContain('--all');
    expect((await render(['report', 'network', 'atyrau'])).code).toBe(2);
  });

  it('both languages in one file', async () => {
    const dir = out('both');
    const r = await render(['report', 'reference', 'kar-md-2025-11', '--lang', 'both', '--out', dir]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['reference-kar-md-2025-11.kk-ru.pdf']);
  });

  it('a batch: every order of 2026, refused ones listed, no progress bar when not on a terminal', async () => {
    const dir = out('batch');
    const r = await render(['order', '--all', '--year', '2026', '--lang', 'kk', '--out', dir, '--jobs', '1']);
    const files = fs.readdirSync(dir).sort();
    expect(files).toContain('ord-tur-2026-014.kk.pdf');
    expect(files).toContain('ord-kost-uo-2026-611.kk.pdf');
    expect(files).not.toContain('ord-kost-uo-2025-452.kk.pdf'); // 2025
    // kar-ord-2026-061's landing has an error finding (its composition differs from the order)
    expect(files).not.toContain('kar-ord-2026-061.kk.pdf');
    expect(r.err).toContain('kar-ord-2026-061.kk.pdf');
    const refused = (r.err.match(/жазбаларында қате бар, \S+ жазылмады:/g) ?? []).length;
    expect(refused).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^${files.length} құжат жазылды, ${refused} құжат жасаудан бас тартылды, 0 құжат жасалмады`));
    expect(r.err).not.toMatch(/\u001b\[|░|█/);
  });

  it('every report kind renders from the sample', async () => {
    const dir = out('reports');
    for (const args of [['report', 'compliance'], ['report', 'open-door-day', 'odd-tur-2026-q1'], ['report', 'network', 'kostanay'], ['report', 'qualification', 'kost-aso'], ['schedule', 'kar-plan-2025-2026']]) {
      // (net-kost-02 has an error finding: the network report is held back without --force)
      const r = await render([...args, '--lang', 'ru', '--out', dir, ...(args[1] === 'network' ? ['--force'] : [])]);
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['compliance-2026-11-22.ru.pdf', 'kar-plan-2025-2026.ru.pdf', 'network-kostanay.ru.pdf', 'open-door-day-odd-tur-2026-q1.ru.pdf', 'qualification-kost-aso.ru.pdf']);
  });

  const built = fs.existsSync(path.join(ROOT, 'dist/src/render/worker.js'));
  it.runIf(built)('worker threads (built CLI, --jobs 2) write the same bytes as one thread', async () => {
    const one = out('jobs1');
    const two = out('jobs2');
    await render(['order', '--all', '--lang', 'kk', '--out', one, '--jobs', '1', '--force']);
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/ereje.js'), 'render', 'order', '--all', '--lang', 'kk', '--out', two, '--jobs', '2', '--force', '--data', SAMPLE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    expect(r.status, r.stderr).toBe(0);
    const names = fs.readdirSync(one).sort();
    expect(fs.readdirSync(two).sort()).toEqual(names);
    for (const n of names) expect(fs.readFileSync(path.join(two, n)).equals(fs.readFileSync(path.join(one, n))), n).toBe(true);
  });
});
