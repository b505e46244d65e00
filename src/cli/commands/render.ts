/**
 * `ereje render order|schedule|report …`: the documents the regulations call for, as PDFs.
 * Parses flags and prints; the work is src/render (a library the bench calls too).
 */
import { SEVERITY_WORD } from '../../engine/findings.js';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf, type HelpKey } from '../help-text.js';
import { collect, count, parseDateFlag, resolveLang } from '../options.js';
import type { LoadedSettings } from '../../engine/settings.js';
import { EXIT, EreError, UsageError, addErrorMessages } from '../../core/errors.js';
import { fmt, isLang, pickLocalized, systemLang, type Lang, type Localized } from '../../core/i18n.js';
import { writeFileSafe } from '../../core/write.js';
import { refuseExisting } from '../../render/file-exists.js';
import { displayPath } from '../../load/files.js';
import type { Finding } from '../../engine/findings.js';
import type { RenderSession } from '../../render/index.js';
import type { DocLang } from '../../render/grammar.js';
import { ORDER_TYPES_WITH_TEMPLATES, type DocKind } from '../../render/kinds.js';

addErrorMessages({
  'render-lang': {
    kk: '--lang үшін kk, ru немесе both (екі тілде) керек, берілгені: {value}',
    ru: 'Для --lang нужно kk, ru или both (на двух языках), получено: {value}',
    en: '--lang takes kk, ru or both (the two languages), got: {value}',
  },
  'render-id-or-all': {
    kk: '{what} id-ін беріңіз немесе --all қосыңыз (мысалы: {example})',
    ru: 'Укажите id {what} или добавьте --all (например: {example})',
    en: 'Give the {what} id, or --all (e.g. {example})',
  },
  'render-force-deprecated': {
    kk: 'ескерту: --force ескірді, ол екі түрлі нәрсе істейді: бар файлдарды қайта жазу үшін --overwrite, қателері бар жазбалардан құжат жасау үшін --ignore-findings қолданыңыз',
    ru: 'предупреждение: --force устарел и делает две разные вещи: для перезаписи файлов используйте --overwrite, для документов по записям с ошибками — --ignore-findings',
    en: 'warning: --force is deprecated and does two different things: use --overwrite to replace existing files, --ignore-findings to render records that have error findings',
  },
  'render-as': {
    kk: '--as үшін pdf, docx немесе pdf,docx керек, берілгені: {value}',
    ru: 'Для --as нужно pdf, docx или pdf,docx, получено: {value}',
    en: '--as takes pdf, docx or pdf,docx, got: {value}',
  },
  'render-template-langs': {
    kk: '--template бір тілдің үлгісі: --lang kk немесе --lang ru деп көрсетіңіз',
    ru: '--template — шаблон одного языка: укажите --lang kk или --lang ru',
    en: '--template is one language\'s template: give --lang kk or --lang ru',
  },
});

const L: Record<string, Localized> = {
  wrote: { kk: 'Жазылды: {file} ({pages|page})', ru: 'Записан: {file} ({pages|page})', en: 'Wrote {file} ({pages|page})' },
  summary: {
    kk: '{written|document} жазылды, {refused|document} жасаудан бас тартылды, {failed|document} жасалмады ({seconds} с, {rate} құжат/с, {jobs|thread})',
    ru: 'Записано: {written|document}; отказано: {refused|document}; не сформировано: {failed|document} ({seconds} с, {rate} док./с, {jobs|thread})',
    en: '{written|document} written, {refused|document} refused, {failed|document} failed ({seconds} s, {rate} documents/s, {jobs|thread})',
  },
  refused: {
    kk: '{id}: жазбаларында қате бар, {file} жазылмады:',
    ru: '{id}: в записях есть ошибки, {file} не записан:',
    en: '{id}: its records have error findings, {file} was not written:',
  },
  hint: {
    kk: 'Қалай жалғастыру керек: қателерді түзетіп, командаты қайта іске қосыңыз; қателерге қарамай жасау үшін --ignore-findings, бар файлдарды қайта жазу үшін --overwrite қосыңыз',
    ru: 'Как продолжить: исправьте ошибки и запустите команду снова; чтобы сформировать документы несмотря на ошибки, добавьте --ignore-findings, чтобы перезаписать существующие файлы — --overwrite',
    en: 'To go on: fix the findings and run the command again; add --ignore-findings to render despite them, --overwrite to replace existing files',
  },
  failed: { kk: 'жасалмады: {id}: {reason}', ru: 'не сформирован: {id}: {reason}', en: 'failed: {id}: {reason}' },
  wroteDocx: { kk: 'Жазылды: {file}', ru: 'Записан: {file}', en: 'Wrote {file}' },
  warning: { kk: 'ескерту: {text}', ru: 'предупреждение: {text}', en: 'warning: {text}' },
  nothing: { kk: 'Таңдалған құжаттар жоқ', ru: 'Нет выбранных документов', en: 'No documents selected' },
};
const t = (k: string, lang: Lang, data: Record<string, unknown> = {}) => fmt(pickLocalized(L[k], lang), data, lang);

interface RenderFlags {
  data?: string[];
  config?: string;
  asOf?: string;
  lang?: string;
  out?: string;
  force?: boolean;
  overwrite?: boolean;
  ignoreFindings?: boolean;
  as?: string;
  pdfa?: boolean;
  template?: string;
  all?: boolean;
  type?: string;
  year?: string;
  jobs?: string;
}

/** Document languages from --lang, then the settings' language, then the locale, then kk. */
function docLangs(flag: string | undefined, settings: LoadedSettings, env: NodeJS.ProcessEnv): DocLang[] {
  if (flag !== undefined) {
    const v = flag.toLowerCase();
    if (v === 'kk' || v === 'ru') return [v];
    if (v === 'both' || v === 'kk,ru' || v === 'kk+ru' || v === 'kk-ru') return ['kk', 'ru'];
    if (v === 'ru,kk' || v === 'ru+kk' || v === 'ru-kk') return ['ru', 'kk'];
    throw new UsageError('render-lang', { value: flag });
  }
  const s = settings.settings.language;
  if (s === 'kk' || s === 'ru') return [s];
  const sys = systemLang(env);
  return [sys === 'ru' ? 'ru' : 'kk'];
}

/** --as pdf | docx | pdf,docx (default pdf). */
function outputFormats(flag: string | undefined): ('pdf' | 'docx')[] {
  if (flag === undefined) return ['pdf'];
  const parts = flag.toLowerCase().split(/[,+\s]+/).filter(Boolean);
  if (!parts.length || parts.some((p) => p !== 'pdf' && p !== 'docx')) throw new UsageError('render-as', { value: flag });
  return [...new Set(parts as ('pdf' | 'docx')[])];
}

function messageLang(flag: string | undefined, settings: LoadedSettings | null, env: NodeJS.ProcessEnv, langs: readonly DocLang[]): Lang {
  // `--lang both` is a document language; messages then follow the settings, else the
  // documents' first language (never English for a Kazakh and Russian run).
  if (isLang(flag)) return resolveLang(flag, settings, env);
  if (flag !== undefined && !isLang(settings?.settings.language)) return resolveLang(langs[0], settings, env);
  return resolveLang(undefined, settings, env);
}

const SEVERITY: Record<string, Localized> = {
  ...SEVERITY_WORD,
};

function printFindings(io: Io, findings: Finding[], lang: Lang): void {
  for (const f of findings) {
    const sev = SEVERITY[f.severity] ? pickLocalized(SEVERITY[f.severity], lang) : f.severity;
    io.err(`  ${f.file}:${f.line}:${f.column}  ${sev}  ${f.message}  ${f.rule}${f.clause ? ` (${f.clause})` : ''}\n`);
  }
}

function addCommon(cmd: Command): Command {
  return cmd
    .option(hf('--data <path>'), h('render --data'), collect)
    .option(hf('--config <file>'), h('common --config'))
    .option(hf('--as-of <date>'), h('render --as-of'))
    .option(hf('--lang <lang>'), h('render --lang'))
    .option(hf('--out <dir>'), h('render --out'))
    .option('--overwrite', h('render --overwrite'))
    .option('--ignore-findings', h('render --ignore-findings'))
    .option('--force', h('render --force'))
    .option(hf('--as <formats>'), h('render --as'))
    .option('--pdfa', h('render --pdfa'))
    .option(hf('--template <file>'), h('render --template'))
    .option(hf('--jobs <n>'), h('render --jobs'));
}

interface Target {
  kind: DocKind;
  /** The help text of `--all` for this document (src/cli/help-text.ts). */
  all?: HelpKey;
  example: string;
}

/** The record an id names, for messages: kk genitive («бұйрықтың id-і»), ru genitive («id приказа»). */
const WHAT_OF: Record<DocKind, Localized> = {
  order: { kk: 'Бұйрықтың', ru: 'приказа', en: 'order' },
  schedule: { kk: 'Жұмыс жоспарының', ru: 'плана работы', en: 'work plan' },
  'report-compliance': { kk: 'Есептің', ru: 'отчёта', en: 'report' },
  'report-reference': { kk: 'Әдістемелік десанттың', ru: 'методического десанта', en: 'landing' },
  'report-open-door-day': { kk: 'Ашық есік күнінің', ru: 'дня открытых дверей', en: 'open door day' },
  'report-network': { kk: 'Желінің немесе өңірдің', ru: 'сети или региона', en: 'network or region' },
  'report-qualification': { kk: 'Ұйымның', ru: 'организации', en: 'organisation' },
};

async function run(io: Io, setCode: (c: number) => void, target: Target, id: string | undefined, flags: RenderFlags): Promise<void> {
  const data = flags.data?.length ? flags.data : ['.'];
  const { loadSettings } = await import('../../engine/settings.js');
  const settings = loadSettings(data, flags.config, io.cwd);
  const langs = docLangs(flags.lang, settings, io.env);
  const msgLang = messageLang(flags.lang, settings, io.env, langs);
  if (flags.force) io.err(`${new EreError('render-force-deprecated', {}, 0).render(msgLang)}\n`);
  const overwrite = !!(flags.overwrite || flags.force);
  const formats = outputFormats(flags.as);
  const ignoreFindings = !!(flags.ignoreFindings || flags.force);
  if (flags.template && langs.length > 1) throw new UsageError('render-template-langs');
  const asOf = parseDateFlag('--as-of', flags.asOf);
  const jobs = count('--jobs', flags.jobs);
  const year = count('--year', flags.year);
  if (flags.template && !fs.existsSync(path.resolve(io.cwd, flags.template))) throw new UsageError('template-not-found', { file: flags.template });
  const outDir = path.resolve(io.cwd, flags.out ?? '.');
  const batch = !!flags.all || (target.kind !== 'report-compliance' && id === undefined && (flags.type !== undefined || flags.year !== undefined));
  if (!batch && id === undefined && target.kind !== 'report-compliance') throw new UsageError('render-id-or-all', { what: WHAT_OF[target.kind], example: target.example });

  // The engine (pdfkit, LiquidJS, fonts) loads only when a document is rendered: other commands stay quick.
  const { blockingFindings, makeTask, openSession, outputName, prepareDocument, refusal, renderFormats, taskWarnings, untranslatedRefusal } = await import('../../render/index.js');
  const warn = (lines: string[]) => {
    for (const w of lines) io.err(`${t('warning', msgLang, { text: w })}\n`);
  };
  const { renderBatch, selectRequests } = await import('../../render/batch.js');
  const session: RenderSession = await openSession({ paths: data, settings, asOf, cwd: io.cwd, lang: msgLang });

  if (!batch) {
    const prepared = prepareDocument(session, { kind: target.kind, id });
    const blocking = ignoreFindings ? [] : blockingFindings(session.result, prepared);
    if (blocking.length) {
      printFindings(io, blocking, msgLang);
      throw refusal(prepared, blocking, langs);
    }
    const outs = formats.map((format) => ({ format, file: path.join(outDir, outputName(prepared, langs, format)) }));
    refuseExisting(outs, overwrite);
    const task = makeTask(prepared, langs, session.theme, { template: flags.template, cwd: io.cwd, data: session.data, pdfa: flags.pdfa });
    warn(taskWarnings(task, msgLang));
    const untranslated = untranslatedRefusal(task, prepared, langs, session.theme);
    if (untranslated) throw untranslated;
    const drawn = await renderFormats(task, session.theme, formats, io.cwd);
    for (const [i, o] of outs.entries()) {
      writeFileSafe(o.file, drawn[i].bytes, { force: overwrite });
      io.out(`${t(o.format === 'pdf' ? 'wrote' : 'wroteDocx', msgLang, { file: displayPath(o.file, io.cwd), pages: drawn[i].pages })}\n`);
    }
    setCode(EXIT.ok);
    return;
  }

  const requests = selectRequests(session, target.kind, { type: flags.type, year });
  if (!requests.length) {
    io.err(`${t('nothing', msgLang)}\n`);
    setCode(EXIT.ok);
    return;
  }
  const showBar = io.isTTY && !io.env.CI && requests.length > 1;
  const cliProgress = showBar ? (await import('cli-progress')).default : null;
  const bar = cliProgress ? new cliProgress.SingleBar({ format: ' {bar} {value}/{total} {percentage}%', hideCursor: true, stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(requests.length, 0);
  let result;
  try {
    result = await renderBatch({ session, requests, langs, outDir, overwrite, ignoreFindings, formats, pdfa: flags.pdfa, template: flags.template, jobs, lang: msgLang, onProgress: (d, total) => { bar?.setTotal(total); bar?.update(d); } });
  } finally {
    bar?.stop();
  }
  for (const w of result.warned) warn(taskWarnings(w.task, msgLang).map((line) => `${w.id}: ${line}`));
  for (const r of result.refused) {
    if (r.error) {
      io.err(`${r.id}: ${r.error.render(msgLang)}\n`);
      continue;
    }
    io.err(`${t('refused', msgLang, { id: r.id, file: path.basename(r.file) })}\n`);
    printFindings(io, r.findings, msgLang);
  }
  for (const f of result.failed) {
    const reason = f.error instanceof EreError ? f.error.render(msgLang) : f.error.message;
    io.err(`${t('failed', msgLang, { id: f.id, reason })}\n`);
  }
  if (result.refused.length || result.failed.length) io.err(`${t('hint', msgLang)}\n`);
  const rate = result.seconds > 0 ? Math.round(result.written.length / result.seconds) : result.written.length;
  io.out(`${t('summary', msgLang, { written: result.written.length, refused: result.refused.length, failed: result.failed.length, seconds: result.seconds.toFixed(2), rate, jobs: result.jobs })}\n`);
  setCode(result.failed.length ? EXIT.usage : result.refused.length ? EXIT.findings : EXIT.ok);
}

export function registerRender(program: Command, io: Io, setCode: (c: number) => void): void {
  const render = program.command('render').description(h('render')).addHelpText('after', h('render after'));
  const wire = (cmd: Command, target: Target) => {
    addCommon(cmd);
    if (target.all) cmd.option('--all', h(target.all)).option(hf('--year <year>'), h('render --year'));
    cmd.action(async (...args: unknown[]) => {
      const id = target.all ? (args[0] as string | undefined) : undefined;
      const flags = (target.all ? args[1] : args[0]) as RenderFlags;
      await run(io, setCode, target, id, flags);
    });
    return cmd;
  };
  const types = ORDER_TYPES_WITH_TEMPLATES.join(', ');

  wire(
    render
      .command('order')
      .description(h('render order', { types }))
      .argument(hf('[order-id]'), h('render order [order-id]'))
      .option(hf('--type <type>'), h('render order --type', { types })),
    { kind: 'order', all: 'render order --all', example: 'ereje render order ord-tur-2026-014' },
  );
  wire(render.command('schedule').description(h('render schedule')).argument(hf('[plan-id]'), h('render schedule [plan-id]')), {
    kind: 'schedule',
    all: 'render schedule --all',
    example: 'ereje render schedule plan-tur-bdo-2026',
  });
  const report = render.command('report').description(h('render report'));
  wire(report.command('compliance').description(h('render report compliance')), { kind: 'report-compliance', example: 'ereje render report compliance' });
  wire(report.command('reference').description(h('render report reference')).argument(hf('[landing-id]'), h('render report reference [landing-id]')), {
    kind: 'report-reference',
    all: 'render report reference --all',
    example: 'ereje render report reference kar-md-2025-11',
  });
  wire(report.command('open-door-day').description(h('render report open-door-day')).argument(hf('[event-id]'), h('render report open-door-day [event-id]')), {
    kind: 'report-open-door-day',
    all: 'render report open-door-day --all',
    example: 'ereje render report open-door-day odd-tur-2026-q1',
  });
  wire(report.command('network').description(h('render report network')).argument(hf('[network-id-or-region]'), h('render report network [network-id-or-region]')), {
    kind: 'report-network',
    all: 'render report network --all',
    example: 'ereje render report network kostanay',
  });
  wire(report.command('qualification').description(h('render report qualification')).argument(hf('[org-id]'), h('render report qualification [org-id]')), {
    kind: 'report-qualification',
    all: 'render report qualification --all',
    example: 'ereje render report qualification kost-aso',
  });
}
