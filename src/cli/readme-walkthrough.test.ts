/**
 * The README, followed literally: every command of its ```sh blocks, in order, from the top, in a
 * fresh folder holding what a clone holds of the data (fixtures/sample), through the built CLI on
 * the PATH as `ereje`. A line's comment says its exit code ("exit 1"); otherwise it must exit 0.
 * Installing (npm, git) is scripts/pack-check.sh's part; lines marked "in a terminal" ask
 * questions (the pty tests of `ereje new` drive those).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';

interface Step {
  line: number;
  command: string;
  exit: number;
}

/** The commands of the README's sh blocks, with the exit code each one's comment predicts. */
export function readmeSteps(text: string): Step[] {
  const steps: Step[] = [];
  let inSh = false;
  let prev = '';
  text.split('\n').forEach((raw, i) => {
    const before = prev;
    if (raw.trim()) prev = raw;
    // A block marked `<!-- walkthrough: skip (why) -->` runs elsewhere than the walkthrough's folders.
    if (/^```sh\s*$/.test(raw)) return void (inSh = !/^<!-- walkthrough: skip/.test(before));
    if (/^```/.test(raw)) return void (inSh = false);
    if (!inSh) return;
    const m = /^(.*?)(?:\s+#\s(.*))?$/.exec(raw.trim())!;
    const command = m[1].trim();
    const comment = m[2] ?? '';
    // The temporary folder plays the clone.
    if (!command || command.startsWith('#') || /in a terminal/.test(comment) || /\bgit clone\b/.test(command)) return;
    const parts = command.split('&&').map((p) => p.trim()).filter((p) => !/^(npm|git)\s/.test(p));
    if (!parts.length) return;
    const exit = /\bexit (\d)/.exec(comment);
    steps.push({ line: i + 1, command: parts.join(' && ').replace(/^node bin\/ereje\.js\b/, 'ereje'), exit: exit ? Number(exit[1]) : 0 });
  });
  return steps;
}

const BUILT = fs.existsSync(path.join(ROOT, 'dist/src/cli/main.js'));

describe('the README, top to bottom', () => {
  it('finds the walkthrough\'s commands', () => {
    const steps = readmeSteps(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    const cmds = steps.map((s) => s.command);
    expect(cmds.some((c) => c.startsWith('ereje validate fixtures/sample'))).toBe(true);
    expect(cmds.some((c) => c.startsWith('ereje explain '))).toBe(true);
    expect(cmds.some((c) => c.startsWith('ereje init '))).toBe(true);
    expect(cmds.some((c) => c.startsWith('ereje new '))).toBe(true);
    expect(cmds.filter((c) => c.startsWith('ereje render ')).length).toBeGreaterThanOrEqual(10);
  });

  it.skipIf(!BUILT)('runs every command with the exit code it predicts (skipped until built: npm run build)', () => {
    const steps = readmeSteps(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-readme-'));
    try {
      fs.cpSync(path.join(ROOT, 'fixtures'), path.join(base, 'fixtures'), { recursive: true }); // what a clone holds
      const shims = path.join(base, '.bin');
      fs.mkdirSync(shims);
      fs.writeFileSync(path.join(shims, 'ereje'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin/ereje.js')}" "$@"\n`, { mode: 0o755 });
      let cwd = base;
      const failures: string[] = [];
      for (const s of steps) {
        const cd = /^cd (\S+)$/.exec(s.command);
        if (cd) {
          cwd = path.resolve(cwd, cd[1]);
          if (!fs.existsSync(cwd)) {
            failures.push(`README.md:${s.line}: ${s.command}: no such folder`);
            break;
          }
          continue;
        }
        const r = spawnSync('bash', ['-c', s.command], {
          cwd,
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, PATH: `${shims}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1', LANG: 'C.UTF-8', LC_ALL: '', SOURCE_DATE_EPOCH: '1795000000' },
        });
        if (r.status !== s.exit) failures.push(`README.md:${s.line}: ${s.command}\n  exit ${r.status}, the README says ${s.exit}\n  ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join('\n  ')}`);
        expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      }
      expect(failures.join('\n')).toBe('');
      // What the secretary section names was written, once each.
      expect(fs.readdirSync(path.join(base, 'documents')).filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(10);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  }, 300_000);
});
