/**
 * From a prepared task (template files, values, metadata: plain data that crosses threads) to
 * PDF bytes. Kept apart from index.ts so a worker thread loads only the engine, not the rules.
 */
import { EreError, addErrorMessages } from '../core/errors.js';
import { FileExistsError, writeFileSafe } from '../core/write.js';
import { displayPath } from '../load/files.js';

addErrorMessages({
  'render-file-exists': {
    kk: 'Файл бар, қайта жазылмайды: {file} (қайта жазу үшін --overwrite)',
    ru: 'Файл уже существует и не будет перезаписан: {file} (для перезаписи --overwrite)',
    en: 'File exists and was not overwritten: {file} (use --overwrite to replace it)',
  },
});

/** A document's file exists: replaced only with --overwrite. */
export class RenderFileExistsError extends EreError {
  constructor(file: string) {
    super('render-file-exists', { file: displayPath(file) }, 2);
  }
}
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

export interface Job {
  index: number;
  task: RenderTask;
  /** the PDF file to write (absolute) */
  out: string;
}

export interface JobResult {
  index: number;
  ok: boolean;
  error?: { id: string; data: Record<string, unknown>; exitCode: number } | { message: string };
}

/** Draws and writes one job (in this thread or in a worker): atomically, never over a file without `overwrite`. */
export async function runJob(job: Job, theme: Theme, cwd: string, overwrite: boolean): Promise<JobResult> {
  try {
    const { bytes } = await renderTask(job.task, theme, cwd);
    try {
      writeFileSafe(job.out, bytes, { force: overwrite });
    } catch (e) {
      throw e instanceof FileExistsError ? new RenderFileExistsError(job.out) : e;
    }
    return { index: job.index, ok: true };
  } catch (e) {
    if (e instanceof EreError) return { index: job.index, ok: false, error: { id: e.id, data: e.data, exitCode: e.exitCode } };
    return { index: job.index, ok: false, error: { message: (e as Error).message } };
  }
}
