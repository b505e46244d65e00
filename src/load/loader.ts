/**
 * Reads a data repo: files → records → one Dataset, with the data/* findings of reading.
 *
 * `loadRepo` reads in this thread. `loadRepoParallel` has worker threads and this thread take
 * the files one by one, largest first, from a shared counter (each worker reading comes back as
 * one transferred buffer, the read cache's own form, which costs this thread about a quarter of
 * what parsing it would), then merges everything in file order, so the result is the same as
 * `loadRepo`'s, record for record.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { displayPath, findDataFiles, readBounded, type FoundFile } from './files.js';
import { readDataFile, type ReadLimits } from './read-file.js';
import { decodeUtf8 } from './decode.js';
import { LineIndex, LOC, packLoc, type PathSeg } from './positions.js';
import { placesBySlices } from './slices.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './yaml.js';
import { Dataset, type SourceFile } from '../model/dataset.js';
import { COLLECTIONS, type CollectionName } from '../schema/collections.js';
import type { RawFinding } from '../engine/raw.js';
import type { PositionsReply, ReadReply, ReadResult, WorkerRequest } from './worker.js';
import { ReadCache } from '../cache/read-cache.js';
import { fromCached, toCached, type Reading } from './handoff.js';
import { LANGS, formatCount, type Lang, type Localized } from '../core/i18n.js';

export interface LoadOptions {
  cwd?: string;
  limits?: Partial<ParseLimits & { maxFileBytes: number; maxFiles: number }> & Pick<ReadLimits, 'findingsPerRule' | 'uncapped'>;
  /** Files found below the paths that are not data (the exceptions file where the settings put it). */
  exclude?: readonly string[];
  /** Reads this text instead of the file at `abs` (adding the file if it is not there yet): `ereje new` checks the data as it would be. */
  override?: { abs: string; text: string };
  /** A content-keyed cache of readings (`--cache`). */
  cache?: ReadCache;
  /** Every file already found, read and hashed (`prehash`, with the same options): nothing is walked or read again. */
  prehashed?: Prehashed;
}

/**
 * The data repo found, every file read and its cache key made, before anything is parsed or
 * looked up: what a whole run's key is made of (src/cache/run-cache.ts), and what the loader
 * then goes on from (`LoadOptions.prehashed`), so no file is read twice.
 */
export interface Prehashed {
  plan: Plan;
  /** Files whose outcome is already made: those that could not be read (a finding), and the overridden one (`new`). */
  done: Map<number, Reading>;
  /** Files read: their bytes and cache key. */
  read: Map<number, { bytes: Uint8Array; key: string }>;
  /** One line per file (its path and key, or why it could not be read), and the file limit: the data's part of a run key. */
  fingerprint: string;
}

export function prehash(paths: readonly string[], opts: LoadOptions & { cache: ReadCache }): Prehashed {
  const p = plan(paths, opts);
  const done = new Map<number, Reading>();
  const read = new Map<number, { bytes: Uint8Array; key: string }>();
  const lines: string[] = [`files ${p.found.length} max ${p.maxFiles} bytes ${p.maxFileBytes}`];
  for (let i = 0; i < p.found.length && i < p.maxFiles; i++) {
    const f = p.found[i];
    if (f.problem || (p.override && p.override.abs === f.abs)) {
      const o = readHere(f, i, p);
      done.set(i, o);
      lines.push(`${f.display}\0problem\0${JSON.stringify(o.error ?? null)}\0${o.text ?? ''}`);
      continue;
    }
    const r = readBounded(f.abs, p.maxFileBytes);
    if (!r.ok) {
      done.set(i, { index: i, error: { messageId: r.messageId, data: r.data }, text: null, valid: {}, invalid: [], count: 0, findings: [] });
      lines.push(`${f.display}\0error\0${r.messageId}\0${JSON.stringify(r.data)}`);
      continue;
    }
    const key = opts.cache.keyOf(f.display, r.bytes, p.parseLimits);
    read.set(i, { bytes: r.bytes, key });
    lines.push(`${f.display}\0${key}`);
  }
  return { plan: p, done, read, fingerprint: lines.join('\n') };
}

export interface Loaded {
  data: Dataset;
  findings: RawFinding[];
  /** How many files were read (not refused, unreachable or past the file limit). */
  filesRead: number;
}

export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
export const DEFAULT_MAX_FILES = 200_000;

type Outcome = Reading;

export interface Plan {
  found: FoundFile[];
  override?: { abs: string; text: string };
  parseLimits: ReadLimits;
  maxFileBytes: number;
  maxFiles: number;
}

function plan(paths: readonly string[], opts: LoadOptions): Plan {
  const skip = new Set(opts.exclude ?? []);
  const found = findDataFiles(paths.length ? paths : ['.'], opts.cwd).filter((f) => !skip.has(f.abs));
  const o = opts.override;
  if (o && !found.some((f) => f.abs === o.abs)) {
    found.push({ abs: o.abs, display: displayPath(o.abs, opts.cwd) });
    found.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  }
  const parseLimits: ReadLimits = {
    maxDepth: opts.limits?.maxDepth ?? DEFAULT_PARSE_LIMITS.maxDepth,
    maxAliasExpansion: opts.limits?.maxAliasExpansion ?? DEFAULT_PARSE_LIMITS.maxAliasExpansion,
  };
  // Findings capped per rule as each file is read (validate asks; the cache key includes it).
  if (opts.limits?.findingsPerRule !== undefined) {
    parseLimits.findingsPerRule = opts.limits.findingsPerRule;
    if (opts.limits.uncapped?.length) parseLimits.uncapped = [...opts.limits.uncapped].sort();
  }
  return {
    found,
    override: o,
    parseLimits,
    maxFileBytes: opts.limits?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxFiles: opts.limits?.maxFiles ?? DEFAULT_MAX_FILES,
  };
}

/** One file read in this thread; `known` is its bytes and cache key when they were read and looked up already (a miss). */
function readHere(f: FoundFile, index: number, p: Plan, cache?: ReadCache, known?: { bytes: Uint8Array; key: string }): Outcome {
  const empty = { index, text: null, valid: {}, invalid: [], count: 0, findings: [] };
  if (f.problem) return { ...empty, error: f.problem };
  if (known) {
    const r = readDataFile(known.bytes, index, f.display, p.parseLimits);
    const o: Outcome = { index, text: r.text, valid: r.records.valid, invalid: r.records.invalidIds, count: r.records.count, findings: r.findings };
    cache?.put(known.key, toCached(o, index));
    return keepBytes(o, known.bytes);
  }
  let bytes: Uint8Array;
  const overridden = !!p.override && p.override.abs === f.abs;
  if (overridden) bytes = Buffer.from(p.override!.text, 'utf8');
  else {
    const read = readBounded(f.abs, p.maxFileBytes);
    if (!read.ok) return { ...empty, error: { messageId: read.messageId, data: read.data } };
    bytes = read.bytes;
  }
  const key = cache && !overridden ? cache.keyOf(f.display, bytes, p.parseLimits) : undefined;
  if (key) {
    const hit = cache!.get(key);
    if (hit) return fromCached(hit, index, bytes);
  }
  const r = readDataFile(bytes, index, f.display, p.parseLimits);
  const o: Outcome = { index, text: r.text, valid: r.records.valid, invalid: r.records.invalidIds, count: r.records.count, findings: r.findings };
  if (key) cache!.put(key, toCached(o, index));
  return overridden ? o : keepBytes(o, bytes);
}

/**
 * A file read here keeps its bytes, not its text, like one read by a worker or from the cache:
 * the text (twice the bytes for Cyrillic) is decoded again only if a finding in it is printed
 * and cannot be placed from its bytes. Measured on the bench's national data with `--jobs 1`:
 * the decoded texts held ≈ 150 MB until the end of the run.
 */
function keepBytes(o: Outcome, bytes: Uint8Array): Outcome {
  return o.text === null ? o : { ...o, text: null, lazyText: bytes };
}

function merge(p: Plan, outcomes: (Outcome | undefined)[]): Loaded {
  const files: SourceFile[] = [];
  const findings: RawFinding[] = [];
  const data = new Dataset(files);
  let filesRead = 0;
  for (let i = 0; i < p.found.length; i++) {
    const f = p.found[i];
    const source: SourceFile = { abs: f.abs, display: f.display, text: null, lines: null };
    files.push(source);
    const o = outcomes[i];
    if (i >= p.maxFiles || !o) {
      findings.push({ rule: 'data/syntax', messageId: 'tooManyFiles', data: { limit: p.maxFiles }, subject: f.display, loc: { file: i, line: 1, column: 1 } });
      continue;
    }
    if (o.error) {
      const data = o.error.messageId === 'tooLarge' ? { size: mb(o.error.data.size as number), limit: mb(o.error.data.limit as number) } : o.error.data;
      findings.push({ rule: 'data/syntax', messageId: o.error.messageId, data, subject: f.display, loc: { file: i, line: 1, column: 1 } });
      continue;
    }
    filesRead++;
    if (o.lazyText) lazySource(source, o.lazyText);
    else {
      source.text = o.text;
      source.lines = o.text !== null ? new LineIndex(o.text) : null;
    }
    for (const fd of o.findings) findings.push(fd);
    data.recordCount += o.count;
    for (const c of COLLECTIONS) {
      const list = o.valid[c];
      if (list) for (const rec of list) data.add(c, rec, true);
    }
    for (const bad of o.invalid) data.add(bad.collection as CollectionName, bad.rec, false);
  }
  return { data, findings, filesRead };
}

/**
 * A file read from the cache or by a worker keeps its bytes; its text (and line index) is decoded
 * the first time something asks — most files have no finding and are never shown.
 */
/** The bytes a file's text is (or would be) decoded from, for files read by a worker or from the cache. */
const sourceBytes = new WeakMap<SourceFile, Uint8Array>();

/** A file's bytes: as read when it kept them, else its text encoded again (null: no text). */
export function bytesOf(source: SourceFile): Uint8Array | null {
  const kept = sourceBytes.get(source);
  if (kept) return kept;
  return source.text == null ? null : Buffer.from(source.text, 'utf8');
}

function lazySource(source: SourceFile, bytes: Uint8Array): void {
  sourceBytes.set(source, bytes);
  let text: string | null | undefined;
  let lines: LineIndex | null | undefined;
  Object.defineProperties(source, {
    text: {
      enumerable: true,
      get: () => {
        if (text === undefined) {
          const d = decodeUtf8(bytes);
          text = d.ok ? d.text : null;
        }
        return text;
      },
      set: (v: string | null) => void (text = v),
    },
    lines: {
      enumerable: true,
      get: () => (lines === undefined ? (lines = source.text !== null ? new LineIndex(source.text) : null) : lines),
      set: (v: LineIndex | null) => void (lines = v),
    },
  });
}

export function loadRepo(paths: readonly string[], opts: LoadOptions = {}): Loaded {
  const pre = opts.prehashed;
  const p = pre?.plan ?? plan(paths, opts);
  const outcomes = p.found.map((f, i) => (i < p.maxFiles ? (pre ? fromPrehashed(pre, f, i, opts.cache) : readHere(f, i, p, opts.cache)) : undefined));
  return merge(p, outcomes);
}

/** A file of a prehashed repo: its outcome made already, the cache's reading, or parsed now (and stored). */
function fromPrehashed(pre: Prehashed, f: FoundFile, i: number, cache?: ReadCache): Outcome {
  const made = pre.done.get(i);
  if (made) return made;
  const k = pre.read.get(i)!;
  const hit = cache?.get(k.key);
  return hit ? fromCached(hit, i, k.bytes) : readHere(f, i, pre.plan, cache, k);
}

// ---------------------------------------------------------------- parallel

const WORKER_URL = new URL('./worker.js', import.meta.url);
/** Below this many bytes, starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
const POSITIONS_MIN_BYTES = 1024 * 1024;

/** Never more threads than cores: `--jobs 1000` started 999 workers, ran 279 s to 16 GB and aborted. */
export function clampJobs(asked: number | undefined): number {
  return Math.max(1, Math.min(asked ?? defaultJobs(), os.availableParallelism?.() ?? os.cpus().length));
}

/**
 * At or above this load average per core the default is one thread. On a saturated machine the
 * second thread's extra work (sending the readings across, ≈ +20% CPU) is paid in full while the
 * thread itself gets little of a core: measured on the 2-core machine at load 13–15, `--jobs 2`
 * took 70 s where `--jobs 1` took 57 s (15.7 s CPU against 13.2 s); at load 4–12, 12.0 s against
 * 10.5 s. `--jobs N` given on the command line is always obeyed.
 */
export const BUSY_LOAD_PER_CORE = 1.5;

export function defaultJobs(load: number = os.loadavg()[0]): number {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  if (cores > 1 && load / cores >= BUSY_LOAD_PER_CORE) return 1;
  return Math.max(1, Math.min(cores, 8));
}

/** Worker threads run the built JavaScript; under a TypeScript test runner we read in-thread. */
function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js') && fs.existsSync(new URL(WORKER_URL));
}

/**
 * A loader worker's young generation (MB; V8's default is 48 on 64-bit). Parsing makes many
 * short-lived objects and keeps the records: a larger nursery scavenges less often. Measured
 * with a GC observer in a worker reading 8 × 4.7 MB staff files (2 rounds, loaded machine):
 * default 37 scavenges, 5.2–6.7 s of GC; 96 MB: 20 scavenges, 3.8–4.7 s; 192 MB: 14, 4.6–6.2 s.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

export class LoaderPool {
  private workers: Worker[] = [];
  constructor(size: number) {
    for (let i = 0; i < size; i++) this.workers.push(new Worker(WORKER_URL, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } }));
  }
  get size(): number {
    return this.workers.length;
  }
  /** Sends a request; messages of kind 'part' go to `onPart` as they come, the next other message answers. */
  ask<T>(w: number, req: WorkerRequest, onPart?: (part: unknown) => void, transfer: ArrayBuffer[] = []): Promise<T> {
    const worker = this.workers[w];
    return new Promise<T>((resolve, reject) => {
      const onMessage = (m: T & { kind: string; message?: string; result?: unknown }) => {
        if (m.kind === 'part') {
          onPart?.(m.result);
          return;
        }
        worker.off('message', onMessage);
        worker.off('error', onError);
        if (m.kind === 'error') reject(new Error(m.message));
        else resolve(m);
      };
      const onError = (e: Error) => {
        worker.off('message', onMessage);
        reject(e);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(req, transfer);
    });
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

export interface ParallelLoaded extends Loaded {
  /** Workers kept for resolving positions later; close it when done. */
  pool: LoaderPool | null;
  /** Files the workers took: read (parsed, or found in the cache), or found changed since this thread hashed them (`stale`, read here). */
  workerFiles?: { read: number; stale: number };
}

export async function loadRepoParallel(
  paths: readonly string[],
  opts: LoadOptions & {
    jobs?: number;
    /** Below this many bytes read in this thread (PARALLEL_MIN_BYTES). */
    parallelMinBytes?: number;
    /** false: this thread takes no file from the queue, the workers read them all (tests: which thread takes what is otherwise a race). */
    mainTakesFiles?: boolean;
  } = {},
): Promise<ParallelLoaded> {
  const pre = opts.prehashed ?? (opts.cache ? prehash(paths, { ...opts, cache: opts.cache }) : undefined);
  const p = pre?.plan ?? plan(paths, opts);
  const jobs = clampJobs(opts.jobs);
  const sizes = p.found.map((f) => {
    try {
      return fs.statSync(f.abs).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  if (jobs <= 1 || total < (opts.parallelMinBytes ?? PARALLEL_MIN_BYTES) || p.found.length < 2 || p.override || !workersAvailable()) {
    return { ...loadRepo(paths, { ...opts, prehashed: pre }), pool: null };
  }

  const outcomes: (Outcome | undefined)[] = new Array(p.found.length);
  // What the walk could not reach is a finding already, read by nobody.
  p.found.forEach((f, i) => {
    if (f.problem && i < p.maxFiles) outcomes[i] = readHere(f, i, p);
  });
  const todo = (i: number) => outcomes[i] === undefined;

  // With a cache, this thread reads and hashes every file first and takes what the cache knows:
  // a warm run is mostly deserializing, which only this thread can do, so workers would only add
  // their start and the hand-off (measured: +2.3 s CPU on a warm national run). The misses'
  // bytes go to the workers (transferred, not read again).
  const known = new Map<number, { bytes: Uint8Array; key: string }>();
  if (opts.cache && pre) {
    for (let i = 0; i < p.found.length && i < p.maxFiles; i++) {
      if (!todo(i)) continue;
      const made = pre.done.get(i);
      if (made) {
        outcomes[i] = made;
        continue;
      }
      const k = pre.read.get(i)!;
      const hit = opts.cache.get(k.key);
      if (hit) outcomes[i] = fromCached(hit, i, k.bytes);
      else known.set(i, k);
    }
    const missBytes = [...known.values()].reduce((a, k) => a + k.bytes.length, 0);
    if (missBytes < (opts.parallelMinBytes ?? PARALLEL_MIN_BYTES) || known.size < 2) {
      for (const [i, k] of known) outcomes[i] = readHere(p.found[i], i, p, opts.cache, k);
      return { ...merge(p, outcomes), pool: null };
    }
    for (const [i, k] of known) sizes[i] = k.bytes.length;
  }

  // Files go to whichever thread is free: every thread takes the next file, largest first, from
  // one shared counter (Atomics), so the threads finish together whatever the files' sizes and
  // whatever else the machine runs. Fixed shares by size left one thread waiting: on the big
  // shape (twenty 4.7 MB staff files) this thread waited 1.3–1.5 s for the worker, whose sending
  // costs more than this thread's receiving, and a CPU hog shifts the balance again.
  // Without a cache a worker reads its files; with one, this thread has read and hashed them
  // already (the misses are `known`): the worker reads them again and checks the key, so a file
  // that changed meanwhile is read here from the bytes the run's key was made of.
  const nWorkers = jobs - 1 >= 1 ? jobs - 1 : 1;
  const order = p.found.map((_, i) => i).filter((i) => i < p.maxFiles && todo(i)).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const claim = new Int32Array(new SharedArrayBuffer(4));
  const nextFile = (): number => {
    const k = Atomics.add(claim, 0, 1);
    return k < order.length ? order[k] : -1;
  };
  const files = order.map((i) => ({ index: i, abs: p.found[i].abs, display: p.found[i].display, maxFileBytes: p.maxFileBytes, ...(known.has(i) ? { key: known.get(i)!.key } : {}) }));

  const pool = new LoaderPool(nWorkers);
  try {
    // Each worker sends a file's reading as soon as it has it (and drops it): kept as the bytes
    // that came, deserialized between this thread's own files.
    const parts: ReadResult[] = [];
    let wake: (() => void) | null = null;
    const req: WorkerRequest = { kind: 'read', files, claim: claim.buffer as SharedArrayBuffer, limits: p.parseLimits, ...(opts.cache ? { cacheDir: opts.cache.dir } : {}) };
    const pending = Array.from({ length: nWorkers }, (_, w) =>
      pool.ask<ReadReply>(w, req, (r) => {
        parts.push(r as ReadResult);
        wake?.();
      }),
    );
    const workerFiles = { read: 0, stale: 0 };
    const take = (r: ReadResult) => {
      workerFiles[r.stale ? 'stale' : 'read']++;
      if (r.stale) {
        // Changed since this thread read it for the run's key: read those bytes here.
        outcomes[r.index] = readHere(p.found[r.index], r.index, p, opts.cache, known.get(r.index));
        return;
      }
      if (r.error) {
        outcomes[r.index] = { index: r.index, error: r.error, text: null, valid: {}, invalid: [], count: 0, findings: [] };
        return;
      }
      const read = r.entry ? ReadCache.decode(r.key, r.entry) : undefined;
      if (read) {
        if (!known.has(r.index)) opts.cache?.note(r.key, r);
        else if (r.written && opts.cache) opts.cache.stats.written++; // looked up here already
        outcomes[r.index] = fromCached(read, r.index, known.get(r.index)?.bytes ?? r.bytes);
      } else {
        // A stored entry that is corrupt, foreign or truncated: never trusted, read again here.
        outcomes[r.index] = readHere(p.found[r.index], r.index, p, opts.cache, known.get(r.index));
      }
    };
    const all = Promise.all(pending);
    let done = false;
    const settled = all.then(() => (done = true), () => (done = true));
    // This thread's files, taking in between what the workers have sent (so their buffers do
    // not pile up while it parses).
    for (let i = opts.mainTakesFiles === false ? -1 : nextFile(); i !== -1; i = nextFile()) {
      outcomes[i] = readHere(p.found[i], i, p, opts.cache, known.get(i));
      await new Promise<void>((res) => setImmediate(res));
      for (const r of parts.splice(0)) take(r);
    }
    // Deserialize what has come while the workers go on; then wait for more (no polling).
    while (!done || parts.length) {
      const batch = parts.splice(0);
      for (const r of batch) take(r);
      if (!batch.length && !done) await Promise.race([settled, new Promise<void>((res) => (wake = res))]);
      wake = null;
    }
    await all; // a worker's error surfaces here
    return { ...merge(p, outcomes), pool, workerFiles };
  } catch (e) {
    await pool.close();
    throw e;
  }
}

/**
 * Resolves the positions of many findings at once: files with findings are parsed again with
 * positions, spread over the pool's workers and this thread.
 */
export async function prefetchPositions(data: Dataset, locs: readonly { file: number; path: readonly PathSeg[]; key?: boolean }[], pool: LoaderPool | null): Promise<void> {
  const byFile = new Map<number, { path: readonly PathSeg[]; key: boolean }[]>();
  for (const l of locs) {
    let list = byFile.get(l.file);
    if (!list) byFile.set(l.file, (list = []));
    list.push({ path: l.path, key: l.key ?? false });
  }
  slicePositions(data, byFile);
  const fileIds = [...byFile.keys()].filter((f) => data.files[f]?.text != null);
  const bytes = fileIds.reduce((a, f) => a + data.files[f].text!.length, 0);
  // The workers are already running: any real amount of re-parsing is worth sharing with them.
  if (!pool || pool.size === 0 || bytes < POSITIONS_MIN_BYTES) return; // lineCol resolves lazily in this thread
  fileIds.sort((a, b) => data.files[b].text!.length - data.files[a].text!.length);
  const bins: number[][] = Array.from({ length: pool.size + 1 }, () => []);
  const load = new Array(pool.size + 1).fill(0);
  for (const f of fileIds) {
    let best = 0;
    for (let b = 1; b < bins.length; b++) if (load[b] < load[best]) best = b;
    bins[best].push(f);
    load[best] += data.files[f].text!.length;
  }
  const jobs = (bin: number[]) => bin.map((f) => ({ file: f, text: data.files[f].text!, paths: byFile.get(f)! }));
  const pending = bins.slice(1).map((bin, w) => (bin.length ? pool.ask<PositionsReply>(w, { kind: 'positions', jobs: jobs(bin) }) : Promise.resolve({ kind: 'positions', offsets: [] } as PositionsReply)));
  for (const f of bins[0]) data.positionsOf(f); // this thread's share
  for (const reply of await Promise.all(pending)) {
    for (const { file, offsets } of reply.offsets) {
      const paths = byFile.get(file)!;
      data.setOffsets(file, paths.map((p, k) => ({ path: p.path, key: p.key, offset: offsets[k] })));
    }
  }
}

/**
 * Files at least this long (characters) have the places of their findings found item by item.
 * Parsing a 190 KB file again with positions costs ≈ 20 ms; a national repo's findings in a
 * few dozen such files cost 0.4–0.5 s of a warm run (measured on the bench's national data).
 */
export const SLICE_MIN_CHARS = 32 * 1024;

/**
 * In big files, the places of findings are found by parsing only the items they are in
 * (slices.ts); what remains in `byFile` is what still needs the whole file parsed.
 */
export function slicePositions(data: Dataset, byFile: Map<number, { path: readonly PathSeg[]; key: boolean }[]>, minChars = SLICE_MIN_CHARS): void {
  // Sized by bytes when the text is not decoded yet (asking for it would decode it).
  const size = (f: number) => sourceBytes.get(data.files[f])?.length ?? data.files[f]?.text?.length ?? 0;
  const big = [...byFile.keys()].filter((f) => data.files[f] && size(f) >= minChars);
  if (!big.length) return;
  // The records the places are in, found by their packed place (only those).
  const wanted = new Set<number>();
  const colls = new Set<CollectionName>();
  for (const f of big) {
    for (const p of byFile.get(f)!) {
      const ci = (COLLECTIONS as readonly string[]).indexOf(p.path[0] as string);
      if (ci < 0 || typeof p.path[1] !== 'number') continue;
      wanted.add(packLoc(f, ci, p.path[1]));
      colls.add(COLLECTIONS[ci]);
    }
  }
  const byLoc = new Map<number, Record<string, unknown>>();
  const note = (rec: Record<string | symbol, unknown>) => {
    const loc = rec[LOC] as number | undefined;
    if (loc !== undefined && wanted.has(loc)) byLoc.set(loc, rec as Record<string, unknown>);
  };
  for (const c of colls) for (const rec of data.collection(c) as unknown as Record<string | symbol, unknown>[]) note(rec);
  // Invalid records too (a finding is often about one: 30 February in a staff file), and repeated ids.
  for (const rec of data.unlistedRecords()) note(rec);
  for (const f of big) {
    const list = byFile.get(f)!;
    const bytes = bytesOf(data.files[f]);
    if (!bytes) continue;
    const found = placesBySlices(bytes, list, (c, i) => {
      const ci = (COLLECTIONS as readonly string[]).indexOf(c);
      return ci < 0 ? undefined : byLoc.get(packLoc(f, ci, i));
    });
    if (!found.size) continue;
    data.setLineCols(f, [...found].map(([k, at]) => ({ path: list[k].path, key: list[k].key, ...at })));
    const rest = list.filter((_, k) => !found.has(k));
    if (rest.length) byFile.set(f, rest);
    else byFile.delete(f);
  }
}

/** A size in the reader's language and a unit that shows it (1 200 байт, 64,0 КБ, 5.0 MB): never «0.0 MB» for a small limit. */
function mb(n: number): Localized {
  const dec = (x: number, lang: Lang) => (lang === 'en' ? x.toFixed(1) : x.toFixed(1).replace('.', ','));
  const out = {} as Localized;
  for (const lang of LANGS) {
    if (n < 1024) out[lang] = `${formatCount(n, lang)} ${lang === 'en' ? (n === 1 ? 'byte' : 'bytes') : 'байт'}`;
    else if (n < 1024 * 1024) out[lang] = `${dec(n / 1024, lang)} ${lang === 'en' ? 'KB' : 'КБ'}`;
    else out[lang] = `${dec(n / 1024 / 1024, lang)} ${lang === 'en' ? 'MB' : 'МБ'}`;
  }
  return out;
}
