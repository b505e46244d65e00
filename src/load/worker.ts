/**
 * A loader worker: reads and checks the files it is given (the same pure readDataFile the
 * main thread uses), and resolves positions for files with findings. Records travel back by
 * structured clone; their hidden position symbols do not, so each valid record's index in
 * its collection travels beside it.
 */
import { parentPort } from 'node:worker_threads';
import { readDataFile, type ReadLimits } from './read-file.js';
import { readBounded } from './files.js';
import { parsePositionedOrNull } from './yaml.js';
import { LOC, offsetOf, type PathSeg } from './positions.js';
import { COLLECTIONS } from '../schema/collections.js';

export type WorkerRequest =
  | { kind: 'read'; files: { index: number; abs: string; display: string; maxFileBytes: number }[]; limits: ReadLimits }
  | { kind: 'positions'; jobs: { file: number; text: string; paths: { path: readonly PathSeg[]; key: boolean }[] }[] };

export type ReadReply = {
  kind: 'read';
  results: {
    index: number;
    error?: { messageId: string; data: Record<string, unknown> };
    text: string | null;
    valid: Partial<Record<string, Record<string, unknown>[]>>;
    /** Each valid record's LOC (symbols do not survive structured clone), list for list. */
    validLoc: Partial<Record<string, number[]>>;
    invalid: { collection: string; id: string; rec: Record<string, unknown>; loc: number }[];
    count: number;
    findings: unknown[];
  }[];
};

export type PositionsReply = { kind: 'positions'; offsets: { file: number; offsets: number[] }[] };

export function readFilesForTransfer(req: Extract<WorkerRequest, { kind: 'read' }>): ReadReply {
  const results: ReadReply['results'] = [];
  for (const f of req.files) {
    const read = readBounded(f.abs, f.maxFileBytes);
    if (!read.ok) {
      results.push({ index: f.index, error: { messageId: read.messageId, data: read.data }, text: null, valid: {}, validLoc: {}, invalid: [], count: 0, findings: [] });
      continue;
    }
    const r = readDataFile(read.bytes, f.index, f.display, req.limits);
    const locOf = (rec: object) => (rec as { [LOC]?: number })[LOC] ?? 0;
    const validLoc: Partial<Record<string, number[]>> = {};
    for (const c of COLLECTIONS) {
      const list = r.records.valid[c];
      if (list) validLoc[c] = list.map(locOf);
    }
    results.push({
      index: f.index,
      text: r.text,
      valid: r.records.valid,
      validLoc,
      invalid: r.records.invalidIds.map((x) => ({ ...x, loc: locOf(x.rec) })),
      count: r.records.count,
      findings: r.findings,
    });
  }
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
      port.postMessage(req.kind === 'read' ? readFilesForTransfer(req) : resolveOffsets(req));
    } catch (e) {
      port.postMessage({ kind: 'error', message: (e as Error).message });
    }
  });
}
