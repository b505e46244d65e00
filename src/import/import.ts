/**
 * `ereje import` as a library: a workbook or CSV in, findings and a plan out, and (unless a
 * dry run) the planned files written atomically. No printing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeFileSafe } from '../core/write.js';
import { loadSettings, type LoadedSettings } from '../engine/settings.js';
import { loadRepo } from '../load/loader.js';
import { displayPath, readBounded } from '../load/files.js';
import type { CollectionName } from '../schema/collections.js';
import { readWorkbookFile, SheetReadError, type Workbook } from './sheet.js';
import { parseMapping, type Mapping } from './mapping.js';
import { convertWorkbook, type Converted, type ImportFinding } from './rows.js';
import { planMerge, type FileOutput, type PlanItem } from './merge.js';
import './messages.js';

export interface ImportOptions {
  file: string;
  into: string;
  collection?: CollectionName;
  map?: string;
  dryRun?: boolean;
  force?: boolean;
  config?: string;
  cwd: string;
}

export interface ImportResult {
  shown: string;
  workbook: Pick<Workbook, 'csv'>;
  sheets: Converted['sheets'];
  findings: ImportFinding[];
  items: PlanItem[];
  outputs: FileOutput[];
  /** Files written (none on a dry run). */
  written: string[];
  settings: LoadedSettings;
  rows: number;
}

const MAX_SHEET_BYTES = 512 * 1024 * 1024;

function readInput(abs: string, shown: string): Buffer {
  if (!fs.existsSync(abs)) throw new UsageError('path-not-found', { path: shown });
  const read = readBounded(abs, MAX_SHEET_BYTES);
  if (!read.ok) throw new UsageError('import-unreadable', { file: shown, reason: read.messageId === 'tooLarge' ? 'larger than 512 MB' : String(read.data.reason) });
  return Buffer.from(read.bytes);
}

export async function runImport(o: ImportOptions): Promise<ImportResult> {
  const abs = path.resolve(o.cwd, o.file);
  const shown = displayPath(abs, o.cwd);
  const bytes = readInput(abs, shown);

  let mapping: Mapping = {};
  if (o.map) {
    const mapAbs = path.resolve(o.cwd, o.map);
    const mapShown = displayPath(mapAbs, o.cwd);
    mapping = parseMapping(readInput(mapAbs, mapShown), mapShown);
  }

  let wb: Workbook;
  try {
    wb = await readWorkbookFile(bytes, shown);
  } catch (e) {
    if (e instanceof SheetReadError) {
      if (e.message === 'xls') throw new UsageError('import-xls', { file: shown });
      throw new UsageError('import-unreadable', { file: shown, reason: e.message });
    }
    throw e;
  }

  // The data repo the records join: the settings' folder above --into (or --into itself).
  const intoAbs = path.resolve(o.cwd, o.into);
  let probe = intoAbs;
  while (!fs.existsSync(probe) && path.dirname(probe) !== probe) probe = path.dirname(probe);
  if (/\.ya?ml$/i.test(intoAbs) && probe === intoAbs) probe = path.dirname(intoAbs);
  const settings = loadSettings([probe], o.config, o.cwd);
  const { data } = loadRepo([settings.root], { cwd: o.cwd, limits: { maxFileBytes: settings.settings.limits?.max_file_bytes } });

  const converted = convertWorkbook(wb, data, { shown, collection: o.collection, mapping, lossy: wb.csv?.encoding === 'Windows-1251' });
  const merged = planMerge(converted.records, data, { into: intoAbs, root: settings.root, cwd: o.cwd, force: !!o.force });
  const written: string[] = [];
  if (!o.dryRun) {
    for (const out of merged.outputs) {
      writeFileSafe(out.abs, out.after, out.before ? { expectUnchanged: out.before } : { confined: true });
      written.push(out.shown);
    }
  }
  return {
    shown,
    workbook: { csv: wb.csv },
    sheets: converted.sheets,
    findings: [...converted.findings, ...merged.findings],
    items: merged.items,
    outputs: merged.outputs,
    written,
    settings,
    rows: converted.records.length,
  };
}
