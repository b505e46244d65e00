/**
 * A loader worker: reads and checks the files it is given (the same pure readDataFile the
 * main thread uses), and resolves positions for files with findings.
 *
 * Each file's reading goes back as one v8-serialized buffer, transferred, not copied (the form
 * the read cache stores, see handoff.ts). With a cache the main thread has read, hashed and
 * looked up the file already and sends its bytes and key (a miss): the worker parses it, writes
 * the entry and sends the same bytes. A file sent by path only is read (and, with a cache,
 * hashed and looked up: a stored entry goes back as it is) here.
 */
import { parentPort } from 'node:worker_threads';
import { readDataFile } from './read-file.js';
import { readBounded } from './files.js';
import { parsePositionedOrNull, type ParseLimits } from './yaml.js';
import { offsetOf, type PathSeg } from './positions.js';
import { ownBuffer, toCached } from './handoff.js';
import { ReadCache } from '../cache/read-cache.js';

export type WorkerRequest =
  | {
      kind: 'read';
      /** `bytes` and `key`: read and looked up (a miss) by the main thread already, transferred. */
      files: { index: number; abs: string; display: string; maxFileBytes: number; bytes?: Uint8Array; key?: string }[];
      limits: ParseLimits;
      cacheDir?: string;
    }
  | { kind: 'positions'; jobs: { file: number; text: string; paths: { path: readonly PathSeg[]; key: boolean }[] }[] };

export type ReadReply = { kind: 'read'; results: ReadResult[] };

/** One file's reading, sent as a message of kind 'part' as soon as it is read; a 'read' message with no results ends the request. */
export type ReadResult = {
    index: number;
    error?: { messageId: string; data: Record<string, unknown> };
    /** The cache key (with a cache; else ''): the entry is checked against it. */
    key: string;
    /** The entry came from the cache (else the file was parsed here). */
    hit: boolean;
    /** A new entry was written to the cache. */
    written: boolean;
    /** The file's bytes (transferred): the main thread decodes the text only if it needs it. */
    bytes: Uint8Array | null;
    /** ReadCache.encode(key, reading): transferred. */
    entry: Uint8Array | null;
};

export type PositionsReply = { kind: 'positions'; offsets: { file: number; offsets: number[] }[] };

const caches = new Map<string, ReadCache>();

/**
 * Reads the files of a request; each file's result goes to `send` as soon as it is read (with the
 * buffer to transfer), so the worker never holds more than one file's records.
 */
export function readFiles(req: Extract<WorkerRequest, { kind: 'read' }>, send: (r: ReadResult, transfer: ArrayBuffer[]) => void): void {
  let cache: ReadCache | undefined;
  if (req.cacheDir !== undefined) {
    cache = caches.get(req.cacheDir);
    if (!cache) caches.set(req.cacheDir, (cache = new ReadCache(req.cacheDir)));
  }
  for (const f of req.files) {
    const read = f.bytes ? { ok: true as const, bytes: f.bytes } : readBounded(f.abs, f.maxFileBytes);
    if (!read.ok) {
      send({ index: f.index, error: { messageId: read.messageId, data: read.data }, key: '', hit: false, written: false, bytes: null, entry: null }, []);
      continue;
    }
    const key = f.key ?? (cache ? cache.keyOf(f.display, read.bytes, req.limits) : '');
    const stored = f.key === undefined ? cache?.getRaw(key) : undefined;
    let entry: Uint8Array;
    let written = false;
    if (stored) entry = ownBuffer(stored);
    else {
      const r = readDataFile(read.bytes, f.index, f.display, req.limits);
      const bytes = ReadCache.encode(key, toCached({ index: f.index, text: r.text, valid: r.records.valid, invalid: r.records.invalidIds, count: r.records.count, findings: r.findings }, f.index));
      if (cache) written = cache.putRaw(key, bytes);
      entry = ownBuffer(bytes);
    }
    const fileBytes = ownBuffer(read.bytes);
    send({ index: f.index, key, hit: !!stored, written, bytes: fileBytes, entry }, [entry.buffer as ArrayBuffer, fileBytes.buffer as ArrayBuffer]);
  }
}

/** All of a request's results at once (for callers in the same thread). */
export function readFilesForTransfer(req: Extract<WorkerRequest, { kind: 'read' }>): ReadReply {
  const results: ReadResult[] = [];
  readFiles(req, (r) => results.push(r));
  return { kind: 'read', results };
}

export function resolveOffsets(req: Extract<WorkerRequest, { kind: 'positions' }>): PositionsReply {
  return {
    kind: 'positions',
    offsets: req.jobs.map((j) => {
      const doc = parsePositionedOrNull(j.text);
      return { file: j.file, offsets: j.paths.map((p) => offsetOf(doc, p.path, 0, p.key)) };
    }),
  };
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (req: WorkerRequest) => {
    try {
      if (req.kind === 'read') {
        readFiles(req, (r, transfer) => port.postMessage({ kind: 'part', result: r }, transfer));
        port.postMessage({ kind: 'read', results: [] } satisfies ReadReply);
      } else port.postMessage(resolveOffsets(req));
    } catch (e) {
      port.postMessage({ kind: 'error', message: (e as Error).message });
    }
  });
}
