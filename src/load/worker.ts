/**
 * A loader worker: reads and checks the files it is given (the same pure readDataFile the
 * main thread uses), and resolves positions for files with findings.
 *
 * Each file's reading goes back as one v8-serialized buffer, transferred, not copied (the form
 * the read cache stores, see handoff.ts). Files are taken one at a time from a list shared with
 * the main thread (`claim`: an index both threads move on with Atomics). A file sent with a key
 * was read, hashed and looked up (a miss) by the main thread already: it is read here again and
 * parsed only if it still has that key (else it goes back `stale`, for the main thread to read
 * from the bytes it has). A file sent by path only is read (and, with a cache, hashed and looked
 * up: a stored entry goes back as it is) here.
 */
import { parentPort } from 'node:worker_threads';
import { readDataFile, type ReadLimits } from './read-file.js';
import { readBounded } from './files.js';
import { parsePositionedOrNull } from './yaml.js';
import { offsetOf, type PathSeg } from './positions.js';
import { ownBuffer, toCached } from './handoff.js';
import { ReadCache } from '../cache/read-cache.js';

export type WorkerRequest =
  | {
      kind: 'read';
      /** `key`: read, hashed and looked up (a miss) by the main thread already. */
      files: { index: number; abs: string; display: string; maxFileBytes: number; key?: string }[];
      /** One Int32: the next file of `files` to take, shared by every thread reading them (without it, all of them). */
      claim?: SharedArrayBuffer;
      limits: ReadLimits;
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
    /** The file's bytes no longer have the key the main thread sent: nothing was read here. */
    stale?: boolean;
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
  const claim = req.claim ? new Int32Array(req.claim) : null;
  for (let k = 0; ; k++) {
    const at = claim ? Atomics.add(claim, 0, 1) : k;
    if (at >= req.files.length) break;
    const f = req.files[at];
    const read = readBounded(f.abs, f.maxFileBytes);
    const nothing = { index: f.index, key: '', hit: false, written: false, bytes: null, entry: null };
    if (!read.ok) {
      if (f.key !== undefined) send({ ...nothing, stale: true }, []); // it was readable a moment ago: the main thread has its bytes
      else send({ ...nothing, error: { messageId: read.messageId, data: read.data } }, []);
      continue;
    }
    const key = cache ? cache.keyOf(f.display, read.bytes, req.limits) : '';
    if (f.key !== undefined && key !== f.key) {
      send({ ...nothing, stale: true }, []);
      continue;
    }
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
    // A file the main thread hashed: it has these very bytes already (the key says so), and keeps
    // those; sending them back only made a second copy.
    const fileBytes = f.key !== undefined ? null : ownBuffer(read.bytes);
    send({ index: f.index, key, hit: !!stored, written, bytes: fileBytes, entry }, fileBytes ? [entry.buffer as ArrayBuffer, fileBytes.buffer as ArrayBuffer] : [entry.buffer as ArrayBuffer]);
  }
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
