/**
 * Which files a run reads: every `*.yaml` / `*.yml` below the given paths, except hidden
 * files and folders, `node_modules`, and the settings and exceptions files. Symlinked folders are followed
 * once (a loop is noticed by the folder's real path); the result is sorted, so every run
 * over the same tree reads the same files in the same order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS_FILE } from '../engine/settings.js';

/** The exceptions file (src/exceptions) sits beside the settings file and is not data. */
export const EXCEPTIONS_FILE = 'exceptions.yaml';
import { UsageError } from '../core/errors.js';

export interface FoundFile {
  abs: string;
  /** Relative to the current directory, with `/` separators (what findings print). */
  display: string;
}

const YAML_EXT = /\.ya?ml$/i;
/** `ereje import --map` files (NAME.map.yaml) sit beside the data without being read as data. */
const IMPORT_MAP = /\.map\.ya?ml$/i;

export function displayPath(abs: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, abs) || '.';
  return rel.split(path.sep).join('/');
}

export function findDataFiles(paths: readonly string[], cwd: string = process.cwd()): FoundFile[] {
  const out = new Map<string, FoundFile>();
  const seenDirs = new Set<string>();

  const walk = (dir: string, root: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling link
        }
      }
      if (isDir) walk(p, root);
      else if (isFile && YAML_EXT.test(e.name)) {
        if (dir === root && (e.name === SETTINGS_FILE || e.name === EXCEPTIONS_FILE)) continue;
        if (IMPORT_MAP.test(e.name)) continue; // a mapping file of `ereje import`, not data
        if (!out.has(p)) out.set(p, { abs: p, display: displayPath(p, cwd) });
      }
    }
  };

  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      throw new UsageError('path-not-found', { path: given });
    }
    if (st.isDirectory()) walk(abs, abs);
    else if (!out.has(abs)) out.set(abs, { abs, display: displayPath(abs, cwd) });
  }
  return [...out.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; messageId: 'tooLarge'; data: { size: number; limit: number } }
  | { ok: false; messageId: 'unreadable'; data: { reason: string } };

/**
 * A data file's bytes, never more than `maxBytes`: a file over the limit is refused before it
 * is read, one that grows past it while being read is refused too, and only regular files are
 * read at all (a path naming a pipe would wait for ever, /dev/zero would fill the memory).
 */
export function readBounded(abs: string, maxBytes: number): BoundedRead {
  let fd: number | null = null;
  try {
    const st = fs.statSync(abs);
    if (!st.isFile()) return { ok: false, messageId: 'unreadable', data: { reason: 'not a regular file' } };
    if (st.size > maxBytes) return { ok: false, messageId: 'tooLarge', data: { size: st.size, limit: maxBytes } };
    fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const after = fs.fstatSync(fd); // the same file as the one checked (not swapped for a pipe since)
    if (!after.isFile()) return { ok: false, messageId: 'unreadable', data: { reason: 'not a regular file' } };
    const cap = maxBytes + 1; // one byte past the limit tells a file that grew over it
    let buf = Buffer.allocUnsafe(Math.min(cap, Math.max(after.size + 1, 64 * 1024)));
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        if (buf.length >= cap) break;
        const bigger = Buffer.allocUnsafe(Math.min(cap, buf.length * 2));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > maxBytes) return { ok: false, messageId: 'tooLarge', data: { size: len, limit: maxBytes } };
    return { ok: true, bytes: buf.subarray(0, len) };
  } catch (e) {
    return { ok: false, messageId: 'unreadable', data: { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message } };
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
