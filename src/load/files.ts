/**
 * Which files a run reads: every `*.yaml` / `*.yml` below the given paths, except hidden
 * files and folders, `node_modules`, and the settings file. Symlinked folders are followed
 * once (a loop is noticed by the folder's real path); the result is sorted, so every run
 * over the same tree reads the same files in the same order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SETTINGS_FILE } from '../engine/settings.js';
import { UsageError } from '../core/errors.js';

export interface FoundFile {
  abs: string;
  /** Relative to the current directory, with `/` separators (what findings print). */
  display: string;
}

const YAML_EXT = /\.ya?ml$/i;

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
        if (dir === root && e.name === SETTINGS_FILE) continue;
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
