/**
 * `ereje render` as a library: read and check the data once (a session), prepare a document's
 * values, fill its template, draw the PDF, write it atomically. No printing here.
 *
 *   const s = await openSession({ paths: ['fixtures/sample'], asOf: '2026-11-22' });
 *   const doc = prepareDocument(s, { kind: 'order', id: 'ord-2026-015' });
 *   const { bytes } = await renderPrepared(doc, ['kk'], s);
 *
 * Batches (every order of a year…) go through renderBatch (batch.ts), over worker threads.
 */
import path from 'node:path';
import { loadRegistry, type Registry } from '../engine/registry.js';
import { loadSettings, type LoadedSettings } from '../engine/settings.js';
import type { Finding } from '../engine/findings.js';
import type { RunResult } from '../engine/run.js';
import { validateRepo } from '../validate.js';
import { todayInKazakhstan, isValidIsoDate, type IsoDate } from '../core/dates.js';
import type { Lang } from '../core/i18n.js';
import { RefusedError, addErrorMessages } from '../core/errors.js';
import { fmt, pickLocalized } from '../core/i18n.js';
import { collectUntranslated, placeOf } from './untranslated.js';
import { version } from '../core/version.js';
import type { Dataset } from '../model/dataset.js';
import { loadTheme, builtinTemplatesDir, type Theme } from './theme.js';
import type { PdfMeta } from './pdf.js';
import { TemplateError } from './template.js';
import { modelsOf, renderTask, type RenderTask } from './draw.js';
import type { DocumentModel } from './markup.js';
import { unescapeValues } from './markup.js';
import type { DocLang } from './grammar.js';
import type { DocMeta, Prepared, PrepareEnv } from './documents/types.js';
import { prepareOrder } from './documents/orders.js';
import { prepareOpenDoorDayReport } from './documents/open-door-day.js';
import { prepareSchedule } from './documents/schedule.js';
import { prepareReference } from './documents/landing.js';
import { prepareNetworkReport } from './documents/network.js';
import { prepareQualificationReport } from './documents/qualification.js';
import { prepareComplianceReport } from './documents/compliance.js';
import fs from 'node:fs';

export type { Prepared, PrepareEnv, DocLang, DocumentModel };

addErrorMessages({
  'render-untranslated': {
    kk: '{file} жасалмады: {count|value} орысша мәтінсіз (жоғарыда), ал баптауларда render.untranslated: refuse',
    ru: '{file} не сформирован: без текста на русском — {count|value} (см. выше), а в настройках render.untranslated: refuse',
    en: '{file} was not made: {count|value} without Russian text (listed above), and the settings say render.untranslated: refuse',
  },
  'render-refused': {
    kk: '{file} жасалмады: «{ids}» жазбаларында {count|error} бар (жоғарыда). Түзетіңіз немесе --ignore-findings қосыңыз',
    ru: '{file} не сформирован: в записях «{ids}» {count|error} (см. выше). Исправьте их или добавьте --ignore-findings',
    en: '{file} was not made: the records "{ids}" have {count|error} (listed above). Fix them, or add --ignore-findings',
  },
});

export { DOC_KINDS, type DocKind } from './kinds.js';
import type { DocKind } from './kinds.js';

export interface DocRequest {
  kind: DocKind;
  /** the record (order, plan, landing, event, network or region, organisation); none for compliance */
  id?: string;
}

export interface SessionOptions {
  paths?: readonly string[];
  /** settings file (default: ereje.yaml at the data repo's root) */
  config?: string;
  settings?: LoadedSettings;
  asOf?: IsoDate;
  /** language of the findings' messages (compliance report, refusals) */
  lang?: Lang;
  cwd?: string;
}

export interface RenderSession extends PrepareEnv {
  paths: readonly string[];
  cwd: string;
  lang: Lang;
  /** findings of the run in each document language (computed on demand) */
  resultIn(lang: DocLang): RunResult;
}

/** Reads and checks the data once; every document of the session is drawn from it. */
export async function openSession(opts: SessionOptions = {}): Promise<RenderSession> {
  const cwd = opts.cwd ?? process.cwd();
  const paths = opts.paths?.length ? opts.paths : ['.'];
  const settings = opts.settings ?? loadSettings(paths, opts.config, cwd);
  const asOf = opts.asOf ?? settings.settings.as_of ?? todayInKazakhstan();
  if (!isValidIsoDate(asOf)) throw new Error(`as-of must be YYYY-MM-DD: ${asOf}`);
  const registry = await loadRegistry();
  const lang: Lang = opts.lang ?? 'kk';
  const first = validateRepo({ paths, settings, registry, asOf, lang, cwd });
  const byLang = new Map<Lang, RunResult>([[lang, first]]);
  const theme = loadTheme(settings);
  const session: RenderSession = {
    data: first.data,
    result: first,
    registry,
    settings,
    theme,
    asOf,
    paths,
    cwd,
    lang,
    resultIn(l: DocLang): RunResult {
      let r = byLang.get(l);
      if (!r) {
        r = validateRepo({ paths, settings, registry, asOf, lang: l, cwd });
        byLang.set(l, r);
      }
      return r;
    },
  };
  return session;
}

export function prepareDocument(env: PrepareEnv, req: DocRequest): Prepared {
  switch (req.kind) {
    case 'order':
      return prepareOrder(env, need(req));
    case 'schedule':
      return prepareSchedule(env, need(req));
    case 'report-compliance':
      return prepareComplianceReport(env);
    case 'report-reference':
      return prepareReference(env, need(req));
    case 'report-open-door-day':
      return prepareOpenDoorDayReport(env, need(req));
    case 'report-network':
      return prepareNetworkReport(env, need(req));
    case 'report-qualification':
      return prepareQualificationReport(env, need(req));
  }
}

function need(req: DocRequest): string {
  if (!req.id) throw new Error(`render ${req.kind} needs an id`);
  return req.id;
}

const errorsBySubject = new WeakMap<RunResult, Map<string, Finding[]>>();

/** Error findings on the records a document rests on (the record, the order's subject…), in report order. */
export function blockingFindings(result: RunResult, prepared: Prepared): Finding[] {
  let index = errorsBySubject.get(result);
  if (!index) {
    index = new Map();
    for (const f of result.findings) {
      if (f.severity !== 'error' || f.subject === null) continue;
      const list = index.get(f.subject);
      if (list) list.push(f);
      else index.set(f.subject, [f]);
    }
    errorsBySubject.set(result, index);
  }
  const out = new Set<Finding>();
  for (const id of prepared.guard) for (const f of index.get(id) ?? []) out.add(f);
  return result.findings.filter((f) => out.has(f));
}

/** A Russian document whose values have no Russian text, when the settings say refuse. */
export function untranslatedRefusal(task: RenderTask, prepared: Prepared, langs: readonly DocLang[], theme: Theme): RefusedError | null {
  const n = task.untranslated?.length ?? 0;
  return n && theme.untranslated === 'refuse' ? new RefusedError('render-untranslated', { file: outputName(prepared, langs), count: n }) : null;
}

export function refusal(prepared: Prepared, findings: Finding[], langs: readonly DocLang[]): RefusedError {
  const ids = [...new Set(findings.map((f) => f.subject))].join(', ');
  return new RefusedError('render-refused', { file: outputName(prepared, langs), ids, count: findings.length });
}

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** «ord-2026-015.kk.pdf», «ord-2026-015.kk-ru.pdf», «ord-2026-015.kk.docx». */
export function outputName(prepared: Prepared, langs: readonly DocLang[], ext: 'pdf' | 'docx' = 'pdf'): string {
  // The name comes from an id, a region slug or a date the schema has checked; should one ever
  // not have been, it must still not reach outside --out (no separators, no leading dot).
  if (!SAFE_NAME.test(prepared.fileBase)) throw new Error(`unsafe document file name ${JSON.stringify(prepared.fileBase)}`);
  return `${prepared.fileBase}.${langs.join('-')}.${ext}`;
}

/** Which template file: --template FILE, else the user's templates folder, else templates/. */
export function templateFile(name: string, lang: DocLang, theme: Theme, override?: string): string {
  if (override) return override;
  const file = `${name}.${lang}.liquid`;
  if (theme.templates) {
    const own = path.join(theme.templates, file);
    if (fs.existsSync(own)) return own;
  }
  return path.join(builtinTemplatesDir(), file);
}

/**
 * The PDF's creation date: SOURCE_DATE_EPOCH when set (reproducible builds), else noon in
 * Kazakhstan (UTC+5) of the document's own date — the same day in every viewer's zone.
 */
export function creationDate(created: IsoDate, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const [y, m, d] = created.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 7, 0, 0));
}


/**
 * An empty value is absent: '' becomes null, so `{% if s.topic %}` leaves out a speaker's missing
 * topic instead of printing «— «»» (in Liquid an empty string is true).
 */
export function absentEmpty<T>(v: T): T {
  if (typeof v === 'string') return (v.trim() === '' ? null : v) as T;
  if (Array.isArray(v)) return v.map(absentEmpty) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = absentEmpty(x);
    return out as T;
  }
  return v;
}

export function makeTask(prepared: Prepared, langs: readonly DocLang[], theme: Theme, opts: { template?: string; cwd?: string; env?: NodeJS.ProcessEnv; data?: Dataset; pdfa?: boolean } = {}): RenderTask {
  const texts = new Set<string>();
  const parts = langs.map((l) => {
    const { value, texts: kazakh } = collectUntranslated(() => prepared.build(l));
    for (const t of kazakh) texts.add(t);
    return { lang: l, part: value };
  });
  for (const p of parts) p.part.context = absentEmpty(p.part.context);
  const warnings = parts.flatMap((p) => p.part.warnings ?? []).filter((w, i, all) => all.findIndex((x) => x.en === w.en) === i);
  const untranslated = [...texts].map((text) => ({ text, ...(opts.data ? placeOf(opts.data, text) : undefined) ?? { id: '', field: '', file: '' } }));
  const meta: DocMeta = parts[0].part.meta;
  const cwd = opts.cwd ?? process.cwd();
  const task: RenderTask = {
    templates: langs.map((l) => path.resolve(cwd, templateFile(prepared.template, l, theme, opts.template))),
    contexts: parts.map((p) => p.part.context),
    meta: {
      title: unescapeValues(meta.title),
      author: meta.author,
      subject: meta.subject,
      keywords: meta.keywords,
      lang: langs[0],
      partLangs: [...langs],
      created: creationDate(prepared.created, opts.env),
      creator: `ereje ${version()}`,
      pdfa: opts.pdfa,
    },
    warnings,
    untranslated,
  };
  // Only what the document prints counts: a value prepared but not placed by the template is no warning.
  if (untranslated.length) {
    try {
      const printed = flatText(JSON.stringify(modelsOf(task, opts.cwd)));
      task.untranslated = untranslated.filter((u) => printed.includes(flatText(JSON.stringify(u.text).slice(1, -1))));
    } catch {
      // a template mistake is reported when the document is drawn
    }
  }
  return task;
}

const flatText = (t: string) => t.replace(/[\s\u00a0]+/g, ' ');

/** The warnings of a task in one language: the document's own, then each value printed in Kazakh in a Russian document. */
export function taskWarnings(task: RenderTask, lang: Lang): string[] {
  const out = (task.warnings ?? []).map((w) => pickLocalized(w, lang));
  const list = task.untranslated ?? [];
  if (list.length) {
    const lines = list.map((u) => {
      const text = u.text.length > 60 ? `${u.text.slice(0, 57)}…` : u.text;
      return u.id ? `  ${u.file ? `${u.file}: ` : ''}${u.id}${u.field ? ` ${u.field}` : ''}: «${text}»` : `  «${text}»`;
    });
    out.push(`${fmt(pickLocalized(UNTRANSLATED, lang), { count: list.length }, lang)}\n${lines.join('\n')}`);
  }
  return out;
}

const UNTRANSLATED = {
  kk: 'орыс тіліндегі мәтіні жоқ {count} мән қазақша басылды (ru: аудармасын қосыңыз; render.untranslated: refuse — мұндай құжатты жасамау):',
  ru: 'без текста на русском, напечатано по-казахски: {count|value} (добавьте ru:; render.untranslated: refuse — не формировать такой документ):',
  en: 'without Russian text, printed in Kazakh: {count|value} (add their ru:; render.untranslated: refuse refuses such a document):',
};

export async function renderPrepared(
  prepared: Prepared,
  langs: readonly DocLang[],
  session: { theme: Theme; cwd?: string },
  opts: { template?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ bytes: Buffer; pages: number; models: DocumentModel[] }> {
  const task = makeTask(prepared, langs, session.theme, { ...opts, cwd: session.cwd });
  return renderTask(task, session.theme, session.cwd);
}

export { TemplateError };
export { renderTask, renderFormats, modelsOf, fontsFor, type RenderTask, type OutputFormat } from './draw.js';
export { renderBatch, type BatchOptions, type BatchResult } from './batch.js';
export type { Dataset };
