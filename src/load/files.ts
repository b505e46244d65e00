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
import { fileURLToPath } from 'node:url';
import { errnoReason, outsideReason, REASONS } from '../core/errno.js';
import type { Localized } from '../core/i18n.js';

export interface FoundFile {
  abs: string;
  /** Relative to the current directory, with `/` separators (what findings print). */
  display: string;
  /**
   * Why the walk could not reach it (an unreadable folder, a dangling link, a link loop, a pipe
   * named *.yaml, a path too long): it becomes a finding at this path, never a silent gap.
   */
  problem?: { messageId: 'unreadable' | 'unreadableFolder'; data: { reason: Localized | string; code?: string } };
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
  const problem = (p: string, messageId: 'unreadable' | 'unreadableFolder', e: unknown, code?: string, given?: Localized) => {
    if (out.has(p)) return;
    const reason = given ?? (code && code in REASONS ? REASONS[code as keyof typeof REASONS] : errnoReason(e));
    out.set(p, { abs: p, display: displayPath(p, cwd), problem: { messageId, data: { reason, code: code ?? (e as NodeJS.ErrnoException)?.code } } });
  };
  /**
   * A symbolic link whose real target is outside the data repo (a file link, a folder link, a
   * chain of links, a link into /proc): a finding at the link naming the target, never read.
   */
  const leavesRepo = (p: string, box: Box, messageId: 'unreadable' | 'unreadableFolder'): boolean => {
    let real: string;
    try {
      real = fs.realpathSync(p);
    } catch {
      return false; // gone meanwhile: the read reports it
    }
    if (box.some((b) => inside(real, b))) return false;
    problem(p, messageId, null, 'outside', outsideReason(real));
    return true;
  };

  // A stack, not recursion: ten thousand nested folders must not overflow the call stack.
  const walk = (top: string, box: Box) => {
    const stack: string[] = [top];
    while (stack.length) {
      const dir = stack.pop()!;
      // A folder is known by its device and inode, not its real path: realpath walks every
      // component of the path, which made 1,500 nested folders take minutes (cubic in depth).
      let id: string;
      try {
        const st = fs.statSync(dir, { bigint: true });
        id = `${st.dev}:${st.ino}`;
      } catch (e) {
        problem(dir, 'unreadableFolder', e);
        continue;
      }
      if (seenDirs.has(id)) continue; // a symlinked folder seen already (or a loop back up)
      seenDirs.add(id);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        problem(dir, 'unreadableFolder', e);
        continue;
      }
      const subdirs: string[] = [];
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const p = path.join(dir, e.name);
        const yamlName = YAML_EXT.test(e.name);
        let isDir = e.isDirectory();
        let isFile = e.isFile();
        if (e.isSymbolicLink()) {
          try {
            const st = fs.statSync(p);
            isDir = st.isDirectory();
            isFile = st.isFile();
            if ((isDir || yamlName) && leavesRepo(p, box, isDir ? 'unreadableFolder' : 'unreadable')) continue;
          } catch (err) {
            const code = (err as NodeJS.ErrnoException).code;
            // A link that leads nowhere, or round in a circle: a finding when it is named like
            // data or could have been a folder (no extension); other names are not ours.
            if (yamlName || !path.extname(e.name)) problem(p, 'unreadable', err, code === 'ENOENT' ? 'dangling' : code);
            continue;
          }
        }
        if (isDir) subdirs.push(p);
        else if (yamlName) {
          if (dir === top && (e.name === SETTINGS_FILE || e.name === EXCEPTIONS_FILE)) continue;
          if (IMPORT_MAP.test(e.name)) continue; // a mapping file of `ereje import`, not data
          if (!isFile) problem(p, 'unreadable', null, 'notRegular'); // a pipe, socket or device named *.yaml
          else if (!out.has(p)) out.set(p, { abs: p, display: displayPath(p, cwd) });
        }
      }
      for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]);
    }
  };

  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    // A path named on the command line may itself be a link (a shell glob expands to it): out
    // of the data repo it sits in, it is refused like any link the walk meets.
    let isLink = false;
    try {
      isLink = fs.lstatSync(abs).isSymbolicLink();
    } catch {
      /* reported below */
    }
    const repo = findRepoRoot(path.dirname(abs));
    if (isLink && repo !== null && fs.existsSync(abs) && leavesRepo(abs, boxOf(repo), fs.statSync(abs).isDirectory() ? 'unreadableFolder' : 'unreadable')) continue;
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        let link = false;
        try {
          link = fs.lstatSync(abs).isSymbolicLink();
        } catch {
          /* not there at all */
        }
        if (!link) throw new UsageError('path-not-found', { path: given });
        problem(abs, 'unreadable', e, 'dangling');
        continue;
      }
      problem(abs, 'unreadable', e, code);
      continue;
    }
    // Links met by the walk must stay in the data repo (else the folder given, where there is no
    // repo): its path as written and its real path both count as inside.
    if (st.isDirectory()) walk(abs, boxOf(findRepoRoot(abs) ?? abs));
    else if (!out.has(abs)) out.set(abs, { abs, display: displayPath(abs, cwd) });
  }
  return [...out.values()].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; messageId: 'tooLarge'; data: { size: number; limit: number } }
  | { ok: false; messageId: 'unreadable'; data: { reason: Localized | string; code?: string } };

export interface ReadOptions {
  /**
   * Refuse a path whose real location (after symbolic links) is outside the data repo it sits
   * in: a template, font or settings file that a pull request turned into a link to
   * /proc/self/environ or /etc/passwd. See `escapesRepo`.
   */
  confined?: boolean;
}

/** The data repo a path belongs to: the nearest folder above it with `.git` (else with ereje.yaml, else its own folder). */
export function repoBoundary(abs: string): string {
  return findRepoRoot(path.dirname(abs)) ?? path.dirname(abs);
}

/** The nearest folder at or above `start` with `.git`, else with ereje.yaml, else null. */
export function findRepoRoot(start: string): string | null {
  let withSettings: string | null = null;
  for (let dir = start; ; ) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (!withSettings && fs.existsSync(path.join(dir, SETTINGS_FILE))) withSettings = dir;
    const up = path.dirname(dir);
    if (up === dir) return withSettings;
    dir = up;
  }
}

/** The folders a link may lead into: the repo as written and as it really is (it may sit behind a link itself). */
type Box = string[];
function boxOf(root: string): Box {
  try {
    const real = fs.realpathSync(root);
    return real === root ? [root] : [root, real];
  } catch {
    return [root];
  }
}

/** ereje's own folder (its templates and fonts are always allowed): the nearest package.json above this file. */
const PACKAGE_ROOT = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
})();

function inside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The real path of `abs` when symbolic links take it out of its data repo (and out of the ereje
 * package, whose own templates and fonts are always allowed), else null.
 */
export function escapesRepo(abs: string): string | null {
  let real: string;
  try {
    real = fs.realpathSync(abs);
  } catch {
    return null; // missing: the read reports it
  }
  if (real === abs) return null;
  const boundary = repoBoundary(abs);
  let realBoundary = boundary;
  try {
    realBoundary = fs.realpathSync(boundary);
  } catch {
    /* keep it */
  }
  if (inside(real, boundary) || inside(real, realBoundary) || inside(real, PACKAGE_ROOT)) return null;
  return real;
}

/**
 * The real path of the folder `abs` would be written in (its nearest existing folder, after
 * symbolic links) when that is outside the data repo of `abs`, else null: a data file created
 * through a linked folder must not land in someone else's files.
 */
export function folderEscapesRepo(abs: string): string | null {
  let dir = path.dirname(abs);
  while (!fs.existsSync(dir)) {
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return null;
  }
  if (real === dir) return null;
  const boundary = repoBoundary(abs);
  if (inside(real, boundary) || boxOf(boundary).some((b) => inside(real, b)) || inside(real, PACKAGE_ROOT)) return null;
  return real;
}

/**
 * A data file's bytes, never more than `maxBytes`: a file over the limit is refused before it
 * is read, one that reads past its reported size (a /proc file reports 0 bytes and then holds
 * the environment) or past the limit is refused too, and only regular files are read at all
 * (a path naming a pipe would wait for ever, /dev/zero would fill the memory).
 */
export function readBounded(abs: string, maxBytes: number, opts: ReadOptions = {}): BoundedRead {
  let fd: number | null = null;
  const refuse = (reason: Localized | string, code?: string): BoundedRead => ({ ok: false, messageId: 'unreadable', data: code ? { reason, code } : { reason } });
  try {
    const st = fs.statSync(abs);
    if (!st.isFile()) return st.isDirectory() ? refuse(REASONS.EISDIR, 'EISDIR') : refuse(REASONS.notRegular, 'notRegular');
    if (opts.confined) {
      const out = escapesRepo(abs);
      if (out !== null) return refuse(outsideReason(out), 'outside');
    }
    if (st.size > maxBytes) return { ok: false, messageId: 'tooLarge', data: { size: st.size, limit: maxBytes } };
    fd = fs.openSync(abs, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const after = fs.fstatSync(fd); // the same file as the one checked (not swapped for a pipe since)
    if (!after.isFile()) return refuse(REASONS.notRegular, 'notRegular');
    // One byte past the reported size tells a file that reads past it: never more than that.
    const cap = Math.min(maxBytes, after.size) + 1;
    const buf = Buffer.allocUnsafe(cap);
    let len = 0;
    while (len < cap) {
      const n = fs.readSync(fd, buf, len, cap - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > maxBytes) return { ok: false, messageId: 'tooLarge', data: { size: len, limit: maxBytes } };
    if (len > after.size) return refuse(REASONS.pastSize, 'pastSize');
    return { ok: true, bytes: buf.subarray(0, len) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return refuse(errnoReason(e), code);
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
