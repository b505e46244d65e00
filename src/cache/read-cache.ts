/**
 * A cache of what reading a data file produces, keyed on the file's content (never on mtimes,
 * which every fresh CI checkout changes): per file, the schema-checked records, the reading
 * findings and the text, stored with `v8.serialize` (reading one back costs a fraction of
 * parsing the YAML). Only reading is cached: the rules always run on the whole dataset, so a
 * cross-file finding can never go stale.
 *
 * The key is a hash of the file's bytes, its displayed path (messages name it), the parse
 * limits, the cache format and the ereje version. An entry that is truncated, corrupt, of
 * another format or version, or stored under another key is ignored and rewritten, never
 * trusted. Entries are written atomically (temp file + rename). After a run over the whole
 * repo, entries no file used are removed; the folder is kept under a size bound, oldest first.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { buildId } from './build-id.js';
import { pack, unpack, type Packed } from './pack.js';
import { writeFileSafe } from '../core/write.js';

/** Bump when what is stored changes shape. */
const FORMAT = 3;
export const DEFAULT_CACHE_DIR = '.ereje-cache';
export const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;
/** Whole runs' results (src/cache/run-cache.ts) live in this subfolder; the newest few are kept. */
const RUNS_DIR = 'runs';
export const RUNS_KEPT = 4;
/** A result bigger than this (a million findings) is not stored: reading the data again is as quick. */
const RUN_MAX_BYTES = 64 * 1024 * 1024;

/** What reading one file produced, with places packed for file index 0. */
export interface CachedRead {
  /** Whether the file decoded to text (the text itself is decoded again from the bytes, which are read for the key anyway). */
  hasText: boolean;
  valid: Partial<Record<string, Record<string, unknown>[]>>;
  validLoc: Partial<Record<string, number[]>>;
  invalid: { collection: string; id: string; rec: Record<string, unknown>; loc: number }[];
  count: number;
  findings: unknown[];
}

export interface CacheStats {
  hits: number;
  misses: number;
  written: number;
  removed: number;
}

export class ReadCache {
  private used = new Set<string>();
  readonly stats: CacheStats = { hits: 0, misses: 0, written: 0, removed: 0 };

  constructor(readonly dir: string, private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The key of a file's reading: its bytes, its displayed path, the limits, format and version. */
  keyOf(display: string, bytes: Uint8Array, limits: unknown): string {
    const h = crypto.createHash('sha256');
    h.update(`ereje-read-cache ${FORMAT} ${buildId()}\0${JSON.stringify(limits)}\0${display}\0`);
    h.update(bytes);
    return h.digest('hex');
  }

  private fileOf(key: string): string {
    return path.join(this.dir, `${key.slice(0, 2)}`, `${key}.v8`);
  }

  /** The stored reading for a key, or undefined (missing, corrupt, foreign: all the same). */
  get(key: string): CachedRead | undefined {
    this.used.add(key);
    const buf = this.getRaw(key);
    const read = buf ? ReadCache.decode(key, buf) : undefined;
    if (read) this.stats.hits++;
    else this.stats.misses++;
    return read;
  }

  /** Stores a reading (atomically; a cache that cannot be written is simply not used). */
  put(key: string, read: CachedRead): void {
    this.used.add(key);
    if (this.putRaw(key, ReadCache.encode(key, read))) this.stats.written++;
  }

  /** The stored bytes of an entry, not yet checked (a worker thread sends them on to be decoded), or undefined. */
  getRaw(key: string): Buffer | undefined {
    try {
      return fs.readFileSync(this.fileOf(key));
    } catch {
      return undefined;
    }
  }

  /** Writes encoded bytes under a key, atomically; false when the folder cannot be written. */
  putRaw(key: string, bytes: Uint8Array): boolean {
    try {
      writeFileSafe(this.fileOf(key), bytes, { force: true });
      return true;
    } catch {
      return false; // read-only folder, full disk: the run goes on without the cache
    }
  }

  /** An entry's bytes for a key (also how a worker thread hands a reading to the main thread). */
  static encode(key: string, read: CachedRead): Buffer {
    // The records packed (pack.ts: each string once), the rest as it is.
    const colls = Object.keys(read.valid);
    const records: unknown[] = [];
    for (const c of colls) for (const r of read.valid[c]!) records.push(r);
    for (const x of read.invalid) records.push(x.rec);
    const packed = pack(records);
    if (!packed) return v8.serialize({ format: FORMAT, version: buildId(), key, read });
    const counts = colls.map((c) => read.valid[c]!.length);
    const rest = { ...read, valid: {}, invalid: read.invalid.map((x) => ({ ...x, rec: null })) };
    return v8.serialize({ format: FORMAT, version: buildId(), key, read: rest, packed, colls, counts, total: records.length });
  }

  /** The reading in an entry's bytes, or undefined when they are truncated, corrupt, of another format or version, or of another key. */
  static decode(key: string, buf: Uint8Array): CachedRead | undefined {
    try {
      const v = v8.deserialize(buf) as { format?: unknown; version?: unknown; key?: unknown; read?: CachedRead; packed?: Packed; colls?: string[]; counts?: number[]; total?: number };
      if (!(v && v.format === FORMAT && v.version === buildId() && v.key === key && v.read && typeof v.read === 'object')) return undefined;
      if (!v.packed) return v.read;
      const records = unpack(v.packed, v.total!) as Record<string, unknown>[];
      let at = 0;
      const valid: CachedRead['valid'] = {};
      v.colls!.forEach((c, i) => (valid[c] = records.slice(at, (at += v.counts![i]))));
      for (const x of v.read.invalid) x.rec = records[at++];
      return { ...v.read, valid };
    } catch {
      // truncated or not ours: read the file again and rewrite the entry
    }
    return undefined;
  }

  /** A file whose entry a run did not need to open (the whole run came from `runs/`): kept all the same. */
  touch(key: string): void {
    this.used.add(key);
  }

  private runFile(key: string): string {
    return path.join(this.dir, RUNS_DIR, `${key}.run`);
  }

  /** A whole run's stored result (src/cache/run-cache.ts), checked like any entry; undefined if none. */
  getRun<T>(key: string): T | undefined {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(this.runFile(key));
    } catch {
      return undefined;
    }
    try {
      const v = v8.deserialize(buf) as { format?: unknown; version?: unknown; key?: unknown; run?: T };
      if (v && v.format === FORMAT && v.version === buildId() && v.key === key && v.run && typeof v.run === 'object') {
        const now = new Date();
        try {
          fs.utimesSync(this.runFile(key), now, now); // the newest runs are the ones kept
        } catch {
          // read-only: kept or not, the result is right
        }
        return v.run;
      }
    } catch {
      // truncated or not ours: the run is made again and stored anew
    }
    return undefined;
  }

  /** Stores a whole run's result (atomically); false when it cannot be written or is too big to be worth it. */
  putRun(key: string, run: unknown): boolean {
    try {
      const bytes = v8.serialize({ format: FORMAT, version: buildId(), key, run });
      if (bytes.length > RUN_MAX_BYTES) return false;
      writeFileSafe(this.runFile(key), bytes, { force: true });
      return true;
    } catch {
      return false;
    }
  }

  /** Counts what a worker thread did with an entry (a hit it sent, or a reading it wrote). */
  note(key: string, what: { hit: boolean; written: boolean }): void {
    this.used.add(key);
    if (what.hit) this.stats.hits++;
    else this.stats.misses++;
    if (what.written) this.stats.written++;
  }

  /**
   * Housekeeping after a run: with `prune` (the run read the whole repo) entries no file used are
   * removed; then the oldest entries go until the folder is under its size bound.
   */
  finish(prune: boolean): void {
    let entries: { file: string; key: string; size: number; mtime: number }[] = [];
    try {
      for (const sub of fs.readdirSync(this.dir, { withFileTypes: true })) {
        if (!sub.isDirectory() || sub.name === RUNS_DIR) continue;
        const d = path.join(this.dir, sub.name);
        for (const f of fs.readdirSync(d)) {
          const file = path.join(d, f);
          try {
            const st = fs.statSync(file);
            entries.push({ file, key: f.replace(/\.v8$/, ''), size: st.size, mtime: st.mtimeMs });
          } catch {
            // gone meanwhile
          }
        }
      }
    } catch {
      return;
    }
    const runs: typeof entries = [];
    try {
      const d = path.join(this.dir, RUNS_DIR);
      for (const f of fs.readdirSync(d)) {
        const file = path.join(d, f);
        try {
          const st = fs.statSync(file);
          runs.push({ file, key: f, size: st.size, mtime: st.mtimeMs });
        } catch {
          // gone meanwhile
        }
      }
    } catch {
      // no runs stored yet
    }
    const remove = (file: string) => {
      try {
        fs.rmSync(file, { force: true });
        this.stats.removed++;
      } catch {
        // not ours to remove
      }
    };
    if (prune) {
      for (const e of entries) if (!this.used.has(e.key)) remove(e.file);
      entries = entries.filter((e) => this.used.has(e.key));
    } else {
      // stale temp files of killed runs
      for (const e of entries) if (e.file.endsWith('.tmp') && Date.now() - e.mtime > 60_000) remove(e.file);
      entries = entries.filter((e) => e.file.endsWith('.v8'));
    }
    // Runs: the newest few results (a branch and its base, a rerun), and temp files of killed runs.
    runs.sort((a, b) => b.mtime - a.mtime);
    let kept = 0;
    for (const r of runs) {
      if (r.file.endsWith('.run') && kept < RUNS_KEPT) {
        kept++;
        entries.push(r);
      } else if (r.file.endsWith('.run') || Date.now() - r.mtime > 60_000) remove(r.file);
    }
    let total = entries.reduce((a, e) => a + e.size, 0);
    if (total <= this.maxBytes) return;
    entries.sort((a, b) => a.mtime - b.mtime);
    for (const e of entries) {
      if (total <= this.maxBytes) break;
      remove(e.file);
      total -= e.size;
    }
  }
}
