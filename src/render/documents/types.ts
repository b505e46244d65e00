/** What every document's preparation gets and gives. */
import type { IsoDate } from '../../core/dates.js';
import type { Localized } from '../../core/i18n.js';
import type { Dataset } from '../../model/dataset.js';
import type { Registry } from '../../engine/registry.js';
import type { RunResult } from '../../engine/run.js';
import type { LoadedSettings } from '../../engine/settings.js';
import type { Theme } from '../theme.js';
import type { DocLang } from '../grammar.js';

export interface PrepareEnv {
  data: Dataset;
  /** the validation run of the same data (findings in the language of messages) */
  result: RunResult;
  registry: Registry;
  settings: LoadedSettings;
  theme: Theme;
  asOf: IsoDate;
}

export interface DocMeta {
  title: string;
  subject: string;
  /** the issuing organisation */
  author: string;
  keywords?: string;
}

/** One language's text of a document: the values for its template and its metadata. */
export interface LangPart {
  context: Record<string, unknown>;
  meta: DocMeta;
  /** what the reader must know about this document (a cancelled event, a missing school year…) */
  warnings?: Localized[];
}

export interface Prepared {
  /** template base name: templates/<template>.<lang>.liquid */
  template: string;
  /** output file name without `.<lang>.pdf` */
  fileBase: string;
  /** the date written as the PDF's creation date (from the data: same input, same bytes) */
  created: IsoDate;
  /** records whose error findings stop the rendering (unless --force) */
  guard: string[];
  build(lang: DocLang): LangPart;
}
