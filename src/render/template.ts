/**
 * Templates: LiquidJS, set up for files that people who do not program edit, and that may come
 * from anyone. No code, no file or environment access (include/render/layout are refused),
 * own properties only, strict placeholders and filters: an unknown placeholder, a misspelt
 * filter, an unclosed tag or a broken block is an error naming the template's file, line and
 * column — before any PDF is written.
 */
import { kkPossessiveNumber, ruCount } from './grammar.js';
import fs from 'node:fs';
import path from 'node:path';
import { CaptureTag, Liquid, Tag, type Context, type Template, type TagToken, type TopLevelToken, type Liquid as LiquidT } from 'liquidjs';
import { UsageError, addErrorMessages } from '../core/errors.js';
import { suggest } from '../core/suggest.js';
import { displayPath, readBounded } from '../load/files.js';
import { MarkupError, escapeValue, parseMarkup, tagDirectiveLines, type DocumentModel } from './markup.js';

addErrorMessages({
  'template-placeholder': {
    kk: '{file}:{line}:{column}: үлгіде белгісіз орын толтырғыш «{name}»{hint}',
    ru: '{file}:{line}:{column}: в шаблоне неизвестная подстановка «{name}»{hint}',
    en: '{file}:{line}:{column}: unknown placeholder "{name}" in the template{hint}',
  },
  'template-syntax': {
    kk: '{file}:{line}:{column}: үлгіде қате: {reason}',
    ru: '{file}:{line}:{column}: ошибка в шаблоне: {reason}',
    en: '{file}:{line}:{column}: error in the template: {reason}',
  },
  'template-markup': {
    kk: '{file}:{line}: үлгінің блогында қате: {reason}',
    ru: '{file}:{line}: ошибка в блоке шаблона: {reason}',
    en: '{file}:{line}: error in a block of the template: {reason}',
  },
  'template-not-found': {
    kk: 'Үлгі табылмады: {file}',
    ru: 'Шаблон не найден: {file}',
    en: 'Template not found: {file}',
  },
});

export class TemplateError extends UsageError {}

/** The longest one template may take to fill (ms): a cut-off for runaway loops, far above any real document. */
export const RENDER_TIME_LIMIT_MS = 20_000;

/** A template is a page or two of text; Liquid's own parse limit is 2 million characters. */
export const TEMPLATE_MAX_BYTES = 2 * 1024 * 1024;

class Refused extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: LiquidT) {
    super(token, remain, liquid);
    throw new Error(`{% ${token.name} %} is not available: a template is one self-contained file`);
  }
  render(): void {
    /* never reached: the constructor refuses */
  }
}

/** The longest text one `{% capture %}` may build (Liquid's memoryLimit does not count captures). */
export const CAPTURE_MAX_CHARS = 2_000_000;

/**
 * `{% capture %}` with a size check after each capture: doubling a captured string forty times
 * reached 1.9 GB and 26 s before the time limit stopped it; now it stops at 2 million characters.
 */
class BoundedCapture extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, unknown> {
    yield* (super.render(ctx) as Generator<unknown, void, unknown>);
    const name = (this as unknown as { variable: string }).variable;
    const v = (ctx.bottom() as Record<string, unknown>)[name];
    if (typeof v === 'string' && v.length > CAPTURE_MAX_CHARS) {
      throw new Error(`{% capture ${name} %} built more than ${CAPTURE_MAX_CHARS.toLocaleString('en')} characters (the memory limit)`);
    }
  }
}

let engine: Liquid | null = null;

/** One engine per process (parsing is cached per file, not per document). */
export function liquid(): Liquid {
  if (engine) return engine;
  const e = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    lenientIf: false,
    outputEscape: escapeValue,
    cache: false,
    greedy: false,
    jsTruthy: false,
    relativeReference: false,
    templates: {},
    parseLimit: 2_000_000,
    // A document is at most a few hundred thousand characters. These bound what a template can
    // make the machine do: ranges and strings it builds (a loop over (1..100000000) or a string
    // doubled 40 times stops at once), and the time of one render (nested loops that allocate
    // nothing; a real document takes milliseconds).
    memoryLimit: 20_000_000,
    renderLimit: RENDER_TIME_LIMIT_MS,
  });
  for (const t of ['include', 'render', 'layout', 'block']) e.registerTag(t, Refused);
  e.registerTag('capture', BoundedCapture);
  // `raw` would bypass the escaping of values; `date` would read the machine's clock and zone.
  e.registerFilter('raw', (v: unknown) => v);
  // Russian numeral agreement: {{ n | plural: "сотрудник", "сотрудника", "сотрудников" }} → «3 сотрудника»
  e.registerFilter('plural', (n: unknown, one: unknown, few: unknown, many: unknown) => {
    const k = Number(n);
    return Number.isFinite(k) ? ruCount(k, String(one), String(few), String(many)) : String(n ?? '');
  });
  // Kazakh possessive after a numeral: {{ n | kk_poss }} → «10-ы» («11 қызметкерінің 10-ы»)
  e.registerFilter('kk_poss', (n: unknown) => {
    const k = Number(n);
    return Number.isFinite(k) ? kkPossessiveNumber(k) : String(n ?? '');
  });
  e.registerFilter('date', () => {
    throw new Error('the "date" filter is not available: use the prepared forms, e.g. {{ order.date.text }}, {{ order.date.table }}');
  });
  return (engine = e);
}

export interface LoadedTemplate {
  file: string;
  /** the file as shown in messages (relative to the current folder) */
  shown: string;
  parsed: Template[];
  /** every placeholder that reads a value handed in by the code, with where it is */
  globals: { segments: (string | number)[]; line: number; column: number }[];
}

/** Parsed once per file and version (path, size, modification time). */
const cache = new Map<string, LoadedTemplate & { version: string }>();

export function loadTemplate(file: string, cwd: string = process.cwd()): LoadedTemplate {
  const abs = path.resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  let version: string;
  try {
    const st = fs.statSync(abs);
    version = `${st.size}:${st.mtimeMs}`;
  } catch {
    throw new TemplateError('template-not-found', { file: shown });
  }
  const hit = cache.get(abs);
  if (hit && hit.version === version) return hit;
  // Bounded, regular files only: a --template naming a pipe or /dev/zero must not hang or fill memory.
  // Confined: a template that is a symbolic link out of the data repo (to /proc/self/environ,
  // /etc/passwd) is refused, and so is one that reads past its reported size.
  const read = readBounded(abs, TEMPLATE_MAX_BYTES, { confined: true });
  if (!read.ok) {
    if (read.messageId === 'unreadable' && read.data.code === 'ENOENT') throw new TemplateError('template-not-found', { file: shown });
    const reason = read.messageId === 'tooLarge' ? `larger than ${TEMPLATE_MAX_BYTES / 1024 / 1024} MB` : read.data.reason;
    throw new TemplateError('template-syntax', { file: shown, line: 1, column: 1, reason });
  }
  let source = read.bytes.toString('utf8');
  source = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  let parsed: Template[];
  const e = liquid();
  try {
    parsed = e.parse(tagDirectiveLines(source), shown);
  } catch (err) {
    throw liquidError(err, shown);
  }
  const globals: LoadedTemplate['globals'] = [];
  try {
    const analysis = e.analyzeSync(parsed, { partials: false });
    for (const vars of Object.values(analysis.globals)) {
      for (const v of vars) {
        const segments: (string | number)[] = [];
        for (const s of v.segments) {
          if (typeof s === 'string' || typeof s === 'number') segments.push(s);
          else break;
        }
        globals.push({ segments, line: v.location.row, column: v.location.col });
      }
    }
  } catch {
    /* analysis is a help; rendering with strict variables still catches the rest */
  }
  globals.sort((a, b) => a.line - b.line || a.column - b.column);
  const t = { file: abs, shown, parsed, globals, version };
  cache.set(abs, t);
  return t;
}

/** Liquid's own error → our error with file, line, column. */
function liquidError(err: unknown, shown: string): TemplateError {
  const e = err as { message?: string; token?: { getPosition?: () => [number, number] }; originalError?: Error; name?: string };
  const [line, column] = e.token?.getPosition?.() ?? [1, 1];
  const reason = (e.originalError?.message ?? e.message ?? String(err)).replace(/, (file:.*?, )?line:\d+, col:\d+$/, '');
  const undef = /^undefined variable: (.+)$/.exec(reason);
  if (undef) return new TemplateError('template-placeholder', { file: shown, line, column, name: undef[1], hint: '' });
  return new TemplateError('template-syntax', { file: shown, line, column, reason });
}

const LIQUID_PROPS = new Set(['size', 'first', 'last']);

/** Every placeholder must name a value the code hands in — even in a branch this document does not take. */
export function checkPlaceholders(t: LoadedTemplate, context: Record<string, unknown>): void {
  for (const g of t.globals) {
    let cur: unknown = context;
    const walked: (string | number)[] = [];
    for (const seg of g.segments) {
      if (cur === null || cur === undefined || typeof cur !== 'object') break;
      if (Array.isArray(cur)) {
        if (typeof seg === 'number' || LIQUID_PROPS.has(String(seg))) break; // item shapes are checked at render
      }
      const obj = cur as Record<string, unknown>;
      if (typeof seg === 'string' && !Object.prototype.hasOwnProperty.call(obj, seg)) {
        if (LIQUID_PROPS.has(seg)) break;
        const known = Object.keys(obj);
        const s = suggest(seg, known);
        const name = [...walked, seg].join('.');
        const hint = s ? ` — ${[...walked, s].join('.')}?` : known.length <= 12 ? ` (${known.map((k) => [...walked, k].join('.')).join(', ')})` : '';
        throw new TemplateError('template-placeholder', { file: t.shown, line: g.line, column: g.column, name, hint });
      }
      walked.push(seg);
      cur = obj[seg as string];
    }
  }
}

/** Fills a template and reads its blocks. Throws TemplateError; never returns a half document. */
export function renderTemplate(t: LoadedTemplate, context: Record<string, unknown>, limits: { renderLimit?: number } = {}): DocumentModel {
  checkPlaceholders(t, context);
  let text: string;
  try {
    text = liquid().renderSync(t.parsed, context, limits.renderLimit !== undefined ? { renderLimit: limits.renderLimit } : undefined) as string;
  } catch (err) {
    throw liquidError(err, t.shown);
  }
  try {
    return parseMarkup(text);
  } catch (err) {
    if (err instanceof MarkupError) throw new TemplateError('template-markup', { file: t.shown, line: err.line, reason: err.reason });
    throw err;
  }
}
