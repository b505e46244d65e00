/**
 * Every file ereje writes goes through here: a temporary file in the same folder, fsync,
 * then an atomic rename (replacing only with `force`) or an atomic link (which fails if
 * the target appeared meanwhile). A crash at any point leaves the old file whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { EreError, UsageError } from './errors.js';
import { displayPath, escapesRepo, folderEscapesRepo } from '../load/files.js';
import { errnoReason, outsideReason } from './errno.js';

export interface WriteOptions {
  force?: boolean;
  /** Refuse when the file's content is no longer this (someone else changed it since we read it). */
  expectUnchanged?: Buffer | string;
  /**
   * A data file (`new`, `import`): refuse when a symbolic link (the file, or a folder above it)
   * would put it outside the data repo. Implied by `expectUnchanged`.
   */
  confined?: boolean;
}

export class FileExistsError extends EreError {
  constructor(file: string) {
    super('file-exists', { file: displayPath(file) }, 2);
  }
}

export function writeFileSafe(file: string, data: string | Uint8Array | Iterable<string>, opts: WriteOptions = {}): void {
  // A symlink at the path is replaced by the file, never written through: a link planted in an
  // output folder cannot send a document (or a --force) anywhere else.
  // Except when editing a file in place (`expectUnchanged`: `ereje new` adding a record): then
  // the record goes into the file the link points to, which keeps its mode and owner; replacing
  // the link would leave the shared target without the record.
  let abs = path.resolve(file);
  if (opts.expectUnchanged !== undefined) {
    // …but only a link that stays in the data repo: the loader refuses to read one that leads
    // out of it, and an edit must not write where a read may not look.
    const out = escapesRepo(abs);
    if (out !== null) throw new UsageError('write-failed', { file: displayPath(abs), reason: outsideReason(out) });
  }
  if (opts.confined || opts.expectUnchanged !== undefined) {
    const out = folderEscapesRepo(abs);
    if (out !== null) throw new UsageError('write-failed', { file: displayPath(abs), reason: outsideReason(out) });
  }
  if (opts.expectUnchanged !== undefined) {
    try {
      abs = fs.realpathSync(abs);
    } catch {
      /* not there: reported below */
    }
  }
  const dir = path.dirname(abs);
  if (!opts.force && opts.expectUnchanged === undefined && exists(abs)) throw new FileExistsError(abs);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError('write-failed', { file: displayPath(abs), reason: errnoReason(e) });
  }
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx', 0o644);
    // A report is written as it is made, chunk by chunk: a million findings never become one string.
    const chunks: Iterable<string | Uint8Array> = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
    for (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    }
    keepMode(fd, abs);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    if (opts.expectUnchanged !== undefined) {
      const now = fs.existsSync(abs) ? fs.readFileSync(abs) : null;
      const expected = Buffer.isBuffer(opts.expectUnchanged) ? opts.expectUnchanged : Buffer.from(opts.expectUnchanged, 'utf8');
      if (!now || !now.equals(expected)) throw new EreError('file-changed', { file: displayPath(abs) }, 1);
      fs.renameSync(tmp, abs);
    } else if (opts.force) {
      fs.renameSync(tmp, abs);
    } else {
      try {
        fs.linkSync(tmp, abs); // fails with EEXIST if the target exists: never clobbers
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(abs);
        if ((e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'ENOTSUP') {
          // File systems without hard links: check, then rename (a small race, documented).
          if (fs.existsSync(abs)) throw new FileExistsError(abs);
          fs.renameSync(tmp, abs);
          return;
        }
        throw e;
      }
      fs.unlinkSync(tmp);
    }
    fsyncDir(dir);
  } catch (e) {
    if (fd !== null) try { fs.closeSync(fd); } catch { /* already failing */ }
    try { fs.unlinkSync(tmp); } catch { /* gone already */ }
    if (e instanceof EreError) throw e;
    throw new UsageError('write-failed', { file: displayPath(abs), reason: errnoReason(e) });
  }
}

/** Is there anything at the path (a dangling symlink counts)? */
function exists(abs: string): boolean {
  try {
    fs.lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/**
 * A file that is replaced keeps its permissions (a private 0600 or 0640 file stays so) and, when
 * we may (root), its owner and group: a data file edited by root stays the owner's.
 */
function keepMode(fd: number, abs: string): void {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(abs);
  } catch {
    return; // a new file: the default mode
  }
  if (!st.isFile()) return;
  fs.fchmodSync(fd, st.mode & 0o7777);
  if (process.getuid?.() === 0 && (st.uid !== 0 || st.gid !== 0)) {
    try {
      fs.fchownSync(fd, st.uid, st.gid);
    } catch {
      /* a file system without owners */
    }
  }
}

function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try { fs.fsyncSync(fd); } finally { fs.closeSync(fd); }
  } catch {
    /* not supported everywhere (e.g. Windows); the rename itself is still atomic */
  }
}

/**
 * Appends to a file that others append to as well (GitHub Actions' `$GITHUB_STEP_SUMMARY`,
 * shared by a job's steps): the one write that must not replace the file. One O_APPEND write
 * of the whole text, then fsync; the file is created if missing. Errors are the caller's.
 */
export function appendFileShared(file: string, data: string): void {
  const fd = fs.openSync(file, 'a', 0o644);
  try {
    const bytes = Buffer.from(data, 'utf8');
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
