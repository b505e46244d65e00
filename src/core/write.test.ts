/**
 * writeFileSafe: every file ereje writes (PDFs, `new`'s YAML, `init`, --output reports,
 * `schema --out`) goes through it. What it promises, and a kill at any point of a write:
 * a child process writes a large file through the built writeFileSafe and is killed with
 * SIGKILL — at each step of the write in turn, and at random moments (fixed seeds) — and the
 * target is then the complete old content or the complete new content, never a mix, and no
 * temporary file is left where the loader would read it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileExistsError, writeFileSafe } from './write.js';
import { EreError } from './errors.js';
import { findDataFiles } from '../load/files.js';
import { ROOT } from '../testing/cases.js';
import { fuzzSeed, fuzzRuns } from '../testing/fuzz.js';
import { tempDir } from '../testing/safety.js';

let dir = '';
beforeAll(() => {
  dir = tempDir('write');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
const fresh = () => {
  const d = path.join(dir, `case-${++n}`);
  fs.mkdirSync(d);
  return d;
};
const visible = (d: string) => fs.readdirSync(d).filter((f) => !f.startsWith('.'));

describe('writeFileSafe', () => {
  it('writes a new file, and leaves no temporary file behind', () => {
    const d = fresh();
    writeFileSafe(path.join(d, 'a.yaml'), 'staff: []\n');
    expect(fs.readFileSync(path.join(d, 'a.yaml'), 'utf8')).toBe('staff: []\n');
    expect(fs.readdirSync(d)).toEqual(['a.yaml']);
  });

  it('never replaces a file without force', () => {
    const d = fresh();
    const f = path.join(d, 'a.pdf');
    fs.writeFileSync(f, 'old');
    expect(() => writeFileSafe(f, 'new')).toThrow(FileExistsError);
    expect(fs.readFileSync(f, 'utf8')).toBe('old');
    expect(fs.readdirSync(d)).toEqual(['a.pdf']);
  });

  it('replaces with force, keeping the replaced file\'s permissions', () => {
    const d = fresh();
    const f = path.join(d, 'private.yaml');
    fs.writeFileSync(f, 'old');
    fs.chmodSync(f, 0o600);
    writeFileSafe(f, 'new', { force: true });
    expect(fs.readFileSync(f, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(fs.statSync(f).mode & 0o777).toBe(0o600);
  });

  it('refuses when the file changed since it was read, leaving the other edit whole', () => {
    const d = fresh();
    const f = path.join(d, 'events.yaml');
    fs.writeFileSync(f, 'staff: []\n');
    const read = fs.readFileSync(f);
    fs.appendFileSync(f, '# someone else\'s edit\n');
    let err: unknown;
    try {
      writeFileSafe(f, 'staff: [x]\n', { expectUnchanged: read });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EreError);
    expect((err as EreError).id).toBe('file-changed');
    expect((err as EreError).exitCode).toBe(1);
    expect((err as EreError).render('en')).toMatch(/changed since it was read.*Nothing was written/);
    expect(fs.readFileSync(f, 'utf8')).toBe('staff: []\n# someone else\'s edit\n');
    expect(fs.readdirSync(d)).toEqual(['events.yaml']);
    writeFileSafe(f, 'staff: [x]\n', { expectUnchanged: fs.readFileSync(f) });
    expect(fs.readFileSync(f, 'utf8')).toBe('staff: [x]\n');
  });

  it('refuses when a file it expected was deleted meanwhile', () => {
    const d = fresh();
    const f = path.join(d, 'gone.yaml');
    expect(() => writeFileSafe(f, 'x', { expectUnchanged: 'old' })).toThrow(/file-changed/);
    expect(fs.existsSync(f)).toBe(false);
  });

  it.runIf(process.platform !== 'win32')('replaces a symlink at the path, never writes through it', () => {
    const d = fresh();
    const outside = path.join(dir, `outside-${n}.txt`);
    fs.writeFileSync(outside, 'precious');
    const link = path.join(d, 'ord-1.kk.pdf');
    fs.symlinkSync(outside, link);
    expect(() => writeFileSafe(link, '%PDF')).toThrow(FileExistsError);
    writeFileSafe(link, '%PDF', { force: true });
    expect(fs.readFileSync(outside, 'utf8')).toBe('precious');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(link, 'utf8')).toBe('%PDF');
    // A dangling link is something too: not replaced without force.
    const dangling = path.join(d, 'x.pdf');
    fs.symlinkSync(path.join(dir, 'nowhere', 'x'), dangling);
    expect(() => writeFileSafe(dangling, '%PDF')).toThrow(FileExistsError);
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false);
  });

  it('a failed write leaves nothing behind and says why', () => {
    const d = fresh();
    fs.writeFileSync(path.join(d, 'file'), 'x');
    expect(() => writeFileSafe(path.join(d, 'file', 'inside.pdf'), 'x')).toThrow(/write-failed/);
    expect(fs.readdirSync(d)).toEqual(['file']);
  });

  it('writes large contents whole', () => {
    const d = fresh();
    const big = Buffer.alloc(48 * 1024 * 1024, 7);
    writeFileSafe(path.join(d, 'big.bin'), big);
    expect(fs.readFileSync(path.join(d, 'big.bin')).equals(big)).toBe(true);
  });
});

// ---------------------------------------------------------------- killed mid-write

const WRITE_JS = path.join(ROOT, 'dist/src/core/write.js');

/**
 * The child: writes `size` bytes of 'N' to the target through the built writeFileSafe. With
 * `pause`, it stops (and says so) just before or after one fs call of the write, so the parent
 * can kill it exactly there.
 */
const CHILD = `
import fs from 'node:fs';
const [modUrl, target, mode, size, pause] = process.argv.slice(2);
const { writeFileSafe } = await import(modUrl);
const data = Buffer.alloc(Number(size), 'N');
const opts = mode === 'force' ? { force: true } : mode === 'expect' ? { expectUnchanged: fs.readFileSync(target) } : {};
if (pause) {
  const [when, name] = pause.split(':');
  const orig = fs[name];
  fs[name] = function (...args) {
    const stop = () => { process.stdout.write('paused\\n'); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000); };
    if (when === 'before') stop();
    const r = orig.apply(this, args);
    if (when === 'after') stop();
    return r;
  };
}
process.stdout.write('start\\n');
writeFileSafe(target, data, opts);
process.stdout.write('done\\n');
`;

const OLD_SIZE = 8 * 1024 * 1024;
const NEW_SIZE = 24 * 1024 * 1024;
const OLD = Buffer.alloc(OLD_SIZE, 'O');
const NEW = Buffer.alloc(NEW_SIZE, 'N');

type Mode = 'force' | 'expect' | 'create';

interface Killed {
  /** What the child printed before it was killed. */
  said: string;
  killed: boolean;
}

/** Runs the child; kills it when it says `killOn`, or `afterMs` after it starts writing. */
function runChild(childFile: string, target: string, mode: Mode, opts: { pause?: string; killOn?: string; afterMs?: number }): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, pathToFileURL(WRITE_JS).href, target, mode, String(NEW_SIZE), opts.pause ?? ''], { stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    let killed = false;
    let timed = false;
    const kill = () => {
      if (!killed && child.exitCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const guard = setTimeout(kill, 30_000);
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      said += s;
      if (opts.killOn && said.includes(opts.killOn)) kill();
      if (opts.afterMs !== undefined && !timed && said.includes('start')) {
        timed = true;
        setTimeout(kill, opts.afterMs);
      }
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(guard);
      if (err && !killed) reject(new Error(err));
      else resolve({ said, killed });
    });
  });
}

/** The target after a kill: the whole old content or the whole new one; no temp file the loader reads. */
function checkAfterKill(d: string, target: string, mode: Mode, what: string): 'old' | 'new' | 'none' {
  let state: 'old' | 'new' | 'none';
  if (!fs.existsSync(target)) state = 'none';
  else {
    const now = fs.readFileSync(target);
    if (now.equals(NEW)) state = 'new';
    else if (now.equals(OLD)) state = 'old';
    else throw new Error(`${what}: the target is neither the old nor the new content (${now.length} bytes)`);
  }
  if (mode === 'create') expect(state, what).not.toBe('old');
  else expect(state, what).not.toBe('none');
  // Whatever is left over is hidden: the loader reads only the target.
  expect(visible(d), what).toEqual(state === 'none' ? [] : ['data.yaml']);
  expect(findDataFiles([d]).map((f) => path.basename(f.abs)), what).toEqual(state === 'none' ? [] : ['data.yaml']);
  return state;
}

describe.runIf(fs.existsSync(WRITE_JS))('a write killed at any point', () => {
  let childFile = '';
  beforeAll(() => {
    childFile = path.join(dir, 'child.mjs');
    fs.writeFileSync(childFile, CHILD);
  });

  const setUp = (mode: Mode) => {
    const d = fresh();
    const target = path.join(d, 'data.yaml');
    if (mode !== 'create') fs.writeFileSync(target, OLD);
    return { d, target };
  };

  const STEPS: Record<Mode, string[]> = {
    force: ['before:openSync', 'before:writeSync', 'after:writeSync', 'before:fsyncSync', 'before:renameSync', 'after:renameSync'],
    expect: ['before:writeSync', 'before:fsyncSync', 'before:readFileSync', 'before:renameSync', 'after:renameSync'],
    create: ['before:writeSync', 'before:fsyncSync', 'before:linkSync', 'after:linkSync', 'after:unlinkSync'],
  };

  for (const mode of ['force', 'expect', 'create'] as const) {
    it(`${mode}: killed at each step, the target is whole (old or new)`, async () => {
      const seen: string[] = [];
      for (const step of STEPS[mode]) {
        const { d, target } = setUp(mode);
        const r = await runChild(childFile, target, mode, { pause: step, killOn: 'paused' });
        expect(r.killed, `${mode} ${step}: the child reached the step`).toBe(true);
        const state = checkAfterKill(d, target, mode, `${mode} ${step}`);
        seen.push(`${step}→${state}`);
        // Before the rename or link the old state stands; once it is done, the new one.
        if (step.startsWith('after:renameSync') || step.startsWith('after:linkSync') || step.startsWith('after:unlinkSync')) expect(state, step).toBe('new');
        else expect(state, step).toBe(mode === 'create' ? 'none' : 'old');
      }
      expect(seen.length).toBe(STEPS[mode].length);
    }, 120_000);
  }

  it('killed at random moments (fixed seeds): the target is always whole', async () => {
    // How long an unkilled write takes here, so the kills fall across the whole of it.
    const probe = setUp('force');
    const t0 = Date.now();
    const full = await runChild(childFile, probe.target, 'force', {});
    const span = Math.max(20, Date.now() - t0);
    expect(full.said).toContain('done');
    expect(fs.readFileSync(probe.target).equals(NEW)).toBe(true);

    const kills = fc.sample(fc.record({ mode: fc.constantFrom<Mode>('force', 'expect', 'create'), at: fc.double({ min: 0, max: 1, noNaN: true }) }), { numRuns: fuzzRuns(12, 1000), seed: fuzzSeed(41) });
    const states = new Set<string>();
    for (const k of kills) {
      const { d, target } = setUp(k.mode);
      await runChild(childFile, target, k.mode, { afterMs: Math.round(k.at * span) });
      states.add(checkAfterKill(d, target, k.mode, `${k.mode} killed after ${Math.round(k.at * span)} ms`));
    }
    expect(states.size).toBeGreaterThan(0);
  }, 300_000);
});

// ---------------------------------------------------------------- every write goes through here

describe('no other module writes files', () => {
  it('src/ and rules/ call no fs write function outside core/write.ts', () => {
    const offenders: string[] = [];
    const WRITE_CALLS = /\bfs\.(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|writeSync|renameSync|rename|copyFileSync|copyFile|cpSync|linkSync|truncateSync|openSync\([^)]*['"][wa])/;
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'testing' && e.name !== 'node_modules') walk(p);
        } else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && p !== path.join(ROOT, 'src/core/write.ts') && p !== path.join(ROOT, 'src/core/lock.ts') /* the lock's owner file, not data */) {
          fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
            if (WRITE_CALLS.test(line)) offenders.push(`${path.relative(ROOT, p)}:${i + 1}: ${line.trim()}`);
          });
        }
      }
    };
    walk(path.join(ROOT, 'src'));
    walk(path.join(ROOT, 'rules'));
    expect(offenders).toEqual([]);
  });
});
