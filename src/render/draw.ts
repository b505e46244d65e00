/**
 * From a prepared task (template files, values, metadata: plain data that crosses threads) to
 * PDF bytes. Kept apart from index.ts so a worker thread loads only the engine, not the rules.
 */
import { EreError } from '../core/errors.js';
import { writeFileSafe } from '../core/write.js';
import { loadFont } from './fonts.js';
import { drawPdf, type Fonts, type PdfMeta } from './pdf.js';
import { loadTemplate, renderTemplate } from './template.js';
import type { DocumentModel } from './markup.js';
import type { Theme } from './theme.js';

/** A document's parts, one per language, ready for the PDF engine. */
export interface RenderTask {
  /** absolute template files, one per language part */
  templates: string[];
  contexts: Record<string, unknown>[];
  meta: PdfMeta;
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

/** Draws and writes one job (in this thread or in a worker): atomically, never over a file without `force`. */
export async function runJob(job: Job, theme: Theme, cwd: string, force: boolean): Promise<JobResult> {
  try {
    const { bytes } = await renderTask(job.task, theme, cwd);
    writeFileSafe(job.out, bytes, { force });
    return { index: job.index, ok: true };
  } catch (e) {
    if (e instanceof EreError) return { index: job.index, ok: false, error: { id: e.id, data: e.data, exitCode: e.exitCode } };
    return { index: job.index, ok: false, error: { message: (e as Error).message } };
  }
}
