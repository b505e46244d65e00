/**
 * Helpers of the safety tests (src/core/write.test.ts, src/load/special-files.test.ts,
 * src/new/concurrent.safety.test.ts, src/render/*.safety.test.ts): the built CLI run with a
 * hard time limit, and temp folders.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from './cases.js';

export const BIN = path.join(ROOT, 'bin/ereje.js');
export const SAMPLE = path.join(ROOT, 'fixtures/sample');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const baseEnv = (env: NodeJS.ProcessEnv) => ({ ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '', EREJE_DEBUG: '', ...env });

/**
 * The built CLI, killed with SIGKILL after `timeoutMs` (a process blocked opening a pipe does not
 * die of SIGTERM): `signal` is then 'SIGKILL', which a test reads as "did not end".
 */
export function runCliHard(args: readonly string[], cwd: string, opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: baseEnv(opts.env ?? {}),
    timeout: opts.timeoutMs ?? 60_000,
    killSignal: 'SIGKILL',
    input: opts.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The same, without blocking: for many processes at once. */
export function runCliAsync(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** No stack trace, no "internal error": what a user must never see. */
export function crashSigns(r: CliRun): string[] {
  const out: string[] = [];
  if (r.signal) out.push(`killed by ${r.signal}`);
  if (/internal error/.test(r.stderr)) out.push(`internal error: ${r.stderr.slice(0, 300)}`);
  if (/\n\s+at .+:\d+:\d+/.test(r.stderr)) out.push(`stack trace: ${r.stderr.slice(0, 300)}`);
  return out;
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ereje-${prefix}-`));
}

/** Copies a folder (the sample) into a temp folder, so a test may write into it. */
export function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

/** Every file below a folder, relative, sorted (hidden ones too). */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
