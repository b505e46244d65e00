/**
 * `ereje new` in a real pseudo-terminal: the built CLI, its real stdin/stdout TTY, keys typed
 * as a person types them. Then the file holds the record and nothing else changed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import pty from '@lydell/node-pty';
import { ROOT } from '../testing/cases.js';
import { AS_OF, repoCopy } from '../testing/new-fixture.js';
import { readDataFile } from '../load/read-file.js';

const BIN = path.join(ROOT, 'bin/ereje.js');
const built = fs.existsSync(path.join(ROOT, 'dist/src/cli/commands/new.js'));
const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, ''); // eslint-disable-line no-control-regex

function session(args: string[], cwd: string) {
  const p = pty.spawn(process.execPath, [BIN, ...args], { cols: 160, rows: 50, cwd, env: { ...process.env, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '' } as Record<string, string> });
  let out = '';
  let seen = 0;
  p.onData((d) => void (out += d));
  const exit = new Promise<number>((resolve) => p.onExit(({ exitCode }) => resolve(exitCode)));
  return {
    exit,
    output: () => plain(out),
    /** Waits for `re` in what came after the last answer, then types `keys`. */
    async answer(re: RegExp, keys: string) {
      const t0 = Date.now();
      while (!re.test(plain(out.slice(seen)))) {
        if (Date.now() - t0 > 20_000) throw new Error(`no ${re} in:\n${plain(out.slice(seen))}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      seen = out.length;
      p.write(keys);
    },
    kill: () => p.kill(),
  };
}

const ENTER = '\r';
const DOWN = '\x1b[B';

describe.runIf(built && process.platform !== 'win32')('ereje new in a pseudo-terminal', () => {
  it('a staff member: questions, search, a list, a default id, a summary; the CRLF file keeps every other byte', async () => {
    const { dir, file, original } = repoCopy();
    const s = session(['new', 'staff', '--as-of', AS_OF, '--lang', 'en'], dir);
    try {
      await s.answer(/Works at[\s\S]*tur-bdo — Білім беруді дамыту орталығы/, ENTER);
      await s.answer(/Full name/, 'Нұрланқызы Дана' + ENTER);
      await s.answer(/Position[\s\S]*❯ director/, DOWN + DOWN + DOWN + ENTER); // methodologist
      await s.answer(/Hired on/, '2023-13-01' + ENTER);
      await s.answer(/a real date written YYYY-MM-DD/, '\x7f'.repeat(10) + '2023-09-01' + ENTER);
      await s.answer(/Record id[^\n]*tur-s003/, ENTER);
      await s.answer(/Which file[\s\S]*turkistan\/events\.yaml/, ENTER);
      await s.answer(/Write it\?/, 'y' + ENTER);
      expect(await s.exit).toBe(0);
    } finally {
      s.kill();
    }
    expect(s.output()).toContain('The record to add to turkistan/events.yaml:');
    expect(s.output()).toMatch(/Added: tur-s003 → turkistan\/events\.yaml:\d+ \(CRLF\)/);
    const after = fs.readFileSync(file, 'utf8');
    const inserted = '\r\n- id: tur-s003\r\n  name: "Нұрланқызы Дана"\r\n  org: tur-bdo\r\n  position: methodologist\r\n  hired: 2023-09-01';
    expect(after.includes(inserted)).toBe(true);
    expect(Buffer.from(after.replace(inserted, ''), 'utf8').equals(original)).toBe(true);
    const back = readDataFile(fs.readFileSync(file), 0, 'x');
    expect(back.findings).toEqual([]);
  }, 60_000);

  it('Ctrl+C ends it with nothing written (exit 1)', async () => {
    const { dir, file, original } = repoCopy();
    const s = session(['new', 'request', '--as-of', AS_OF, '--lang', 'kk'], dir);
    try {
      await s.answer(/Қай іс-шараға/, '\x03');
      expect(await s.exit).toBe(1);
    } finally {
      s.kill();
    }
    expect(s.output()).toContain('Тоқтатылды; ештеңе жазылмады');
    expect(fs.readFileSync(file).equals(original)).toBe(true);
  }, 60_000);
});
