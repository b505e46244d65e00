/**
 * A loader worker: reads and checks the files it is given (the same pure readDataFile the
 * main thread uses), and resolves positions for files with findings.
 *
 * Each file's reading goes back as one v8-serialized buffer, transferred, not copied (the form
 * the read cache stores, see handoff.ts): with a cache, the worker hashes the file's bytes, sends
 * a stored entry as it is, or writes the new entry and sends the same bytes. The main thread
 * only deserializes; it never reads or hashes these files.
 */
import { parentPort } from 'node:worker_threads';
import { readDataFile } from './read-file.js';
import { readBounded } from './files.js';
import { decodeUtf8 } from './decode.js';
import { parsePositionedOrNull, type ParseLimits } from './yaml.js';
import { offsetOf, type PathSeg } from './positions.js';
import { ownBuffer, toCached } from './handoff.js';
import { ReadCache } from '../cache/read-cache.js';

export type WorkerRequest =
  | { kind: 'read'; files: { index: number; abs: string; display: string; maxFileBytes: number }[]; limits: ParseLimits; cacheDir?: string }
  | { kind: 'positions'; jobs: { file: number; text: string; paths: { path: readonly PathSeg[]; key: boolean }[] }[] };

export type ReadReply = {
  kind: 'read';
  results: {
    index: number;
    error?: { messageId: string; data: Record<string, unknown> };
    /** The cache key (with a cache; else ''): the entry is checked against it. */
    key: string;
    /** The entry came from the cache (else the file was parsed here). */
    hit: boolean;
    /** A new entry was written to the cache. */
    written: boolean;
    text: string | null;
    /** ReadCache.encode(key, reading): transferred. */
    entry: Uint8Array | null;
  }[];
};

export type PositionsReply = { kind: 'positions'; offsets: { file: number; offsets: number[] }[] };

const caches = new Map<string, ReadCache>();

export function readFilesForTransfer(req: Extract<WorkerRequest, { kind: 'read' }>): { reply: ReadReply; transfer: ArrayBuffer[] } {
  const results: ReadReply['results'] = [];
  const transfer: ArrayBuffer[] = [];
  let cache: ReadCache | undefined;
  if (req.cacheDir !== undefined) {
    cache = caches.get(req.cacheDir);
    if (!cache) caches.set(req.cacheDir, (cache = new ReadCache(req.cacheDir)));
  }
  for (const f of req.files) {
    const read = readBounded(f.abs, f.maxFileBytes);
    if (!read.ok) {
      results.push({ index: f.index, error: { messageId: read.messageId, data: read.data }, key: '', hit: false, written: false, text: null, entry: null });
      continue;
    }
    const key = cache ? cache.keyOf(f.display, read.bytes, req.limits) : '';
    const stored = cache?.getRaw(key);
    let entry: Uint8Array;
    let text: string | null;
    let written = false;
    if (stored) {
      const decoded = decodeUtf8(read.bytes);
      text = decoded.ok ? decoded.text : null;
      entry = ownBuffer(stored);
    } else {
      const r = readDataFile(read.bytes, f.index, f.display, req.limits);
      text = r.text;
      const bytes = ReadCache.encode(key, toCached({ index: f.index, text: r.text, valid: r.records.valid, invalid: r.records.invalidIds, count: r.records.count, findings: r.findings }, f.index));
      if (cache) written = cache.putRaw(key, bytes);
      entry = ownBuffer(bytes);
    }
    transfer.push(entry.buffer as ArrayBuffer);
    results.push({ index: f.index, key, hit: !!stored, written, text, entry });
  }
  return { reply: { kind: 'read', results }, transfer };
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
        const { reply, transfer } = readFilesForTransfer(req);
        port.postMessage(reply, transfer);
      } else port.postMessage(resolveOffsets(req));
    } catch (e) {
      port.postMessage({ kind: 'error', message: (e as Error).message });
    }
  });
}
