/**
 * From a prepared task (template files, values, metadata: plain data that crosses threads) to
 * PDF bytes. Kept apart from index.ts so a worker thread loads only the engine, not the rules.
 */
import { EreError } from '../core/errors.js';
import { FileExistsError, writeFileSafe } from '../core/write.js';
import { RenderFileExistsError, refuseExisting } from './file-exists.js';

import { loadFont } from './fonts.js';
import { drawPdf, type Fonts, type PdfMeta } from './pdf.js';
import { loadTemplate, renderTemplate } from './template.js';
import type { DocumentModel } from './markup.js';
import type { Theme } from './theme.js';
import type { Localized } from '../core/i18n.js';

/** A document's parts, one per language, ready for the PDF engine. */
export interface RenderTask {
  /** absolute template files, one per language part */
  templates: string[];
  contexts: Record<string, unknown>[];
  meta: PdfMeta;
  /** warnings to print (kk, ru, en) before the document is written */
  warnings?: Localized[];
  /** values a Russian part had to take in Kazakh, each with its record and field */
  untranslated?: { text: string; id: string; field: string; file: string }[];
}

export function fontsFor(theme: Theme): Fonts {
  return { regular: loadFont(theme.font.regular), bold: loadFont(theme.font.bold) };
}

/** Templates → layout models (throws TemplateError naming the file, line and placeholder). */
export function modelsOf(task: RenderTask, cwd?: string): DocumentModel[] {
  return task.templates.map((file, i) => renderTemplate(loadTemplate(file, cwd), task.contexts[i]));
}

export async function renderTask(task: RenderTask, theme: Theme, cwd?: string): Promise<{ bytes: Buffer; pages: number; models: DocumentModel[] }> {
  const models = modelsOf(task, cwd);
  const { bytes, pages } = await drawPdf(models, theme, fontsFor(theme), task.meta);
  return { bytes, pages, models };
}

/** The output formats: a PDF (the printed and archived copy) and a DOCX (the editable content part). */
export type OutputFormat = 'pdf' | 'docx';

/** One layout model, drawn in every format asked for: the same text in each. */
export async function renderFormats(task: RenderTask, theme: Theme, formats: readonly OutputFormat[], cwd?: string): Promise<{ format: OutputFormat; bytes: Buffer; pages: number }[]> {
  const models = modelsOf(task, cwd);
  const out: { format: OutputFormat; bytes: Buffer; pages: number }[] = [];
  for (const f of formats) {
    if (f === 'pdf') {
      const { bytes, pages } = await drawPdf(models, theme, fontsFor(theme), task.meta);
      out.push({ format: f, bytes, pages });
    } else {
      const { drawDocx } = await import('./docx.js');
      out.push({ format: f, bytes: await drawDocx(models, theme, task.meta), pages: 0 });
    }
  }
  return out;
}

export interface Job {
  index: number;
  task: RenderTask;
  /** the first file to write (absolute) */
  out: string;
  /** every file to write, by format (default: `out` as a PDF) */
  outs?: { format: OutputFormat; file: string }[];
}

export interface JobResult {
  index: number;
  ok: boolean;
  error?: { id: string; data: Record<string, unknown>; exitCode: number } | { message: string };
}

/** Draws and writes one job (in this thread or in a worker): atomically, never over a file without `overwrite`. */
export async function runJob(job: Job, theme: Theme, cwd: string, overwrite: boolean): Promise<JobResult> {
  try {
    const outs = job.outs ?? [{ format: 'pdf' as const, file: job.out }];
    refuseExisting(outs, overwrite);
    const drawn = await renderFormats(job.task, theme, outs.map((o) => o.format), cwd);
    for (const [i, o] of outs.entries()) {
      try {
        writeFileSafe(o.file, drawn[i].bytes, { force: overwrite });
      } catch (e) {
        throw e instanceof FileExistsError ? new RenderFileExistsError(o.file) : e;
      }
    }
    return { index: job.index, ok: true };
  } catch (e) {
    if (e instanceof EreError) return { index: job.index, ok: false, error: { id: e.id, data: e.data, exitCode: e.exitCode } };
    return { index: job.index, ok: false, error: { message: (e as Error).message } };
  }
}
