/**
 * The one render error the command line needs before it renders anything. Kept apart from
 * draw.ts so that loading the command (every `ereje` run registers it) does not load pdfkit,
 * fontkit and liquidjs: that made `ereje --version` and every `ereje validate` start ≈ 0.3 s later.
 */
import fs from 'node:fs';
import { EreError, addErrorMessages } from '../core/errors.js';
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

/** Refuses before anything is drawn when one of the documents' files exists (unless `overwrite`). */
export function refuseExisting(outs: readonly { file: string }[], overwrite: boolean): void {
  if (!overwrite) for (const o of outs) if (fs.existsSync(o.file)) throw new RenderFileExistsError(o.file);
}
