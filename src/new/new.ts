/**
 * `ereje new KIND`: asks for a record (or takes it from flags), checks it with the rules on the
 * data as it would be, shows a summary and the findings it brings, and appends it to a file
 * without touching anything else in it.
 *
 * Without a terminal nothing is asked: every required field needs its flag (exit 2 naming the
 * missing ones), and a record that brings error findings is refused (exit 1) unless --force.
 */
import { choiceName } from './choices.js';
import fs from 'node:fs';
import path from 'node:path';
import { lockRepo } from '../core/lock.js';
import * as prompts from '@inquirer/prompts';
import { Chalk } from 'chalk';
import { ID_RE, RECORD_SCHEMAS, type CollectionName } from '../schema/collections.js';
import { isValidIsoDate, type IsoDate } from '../core/dates.js';
import { addErrorMessages, EreError, RefusedError, UsageError } from '../core/errors.js';
import { fmt, pickLocalized, type Lang, type Localized } from '../core/i18n.js';
import { writeFileSafe } from '../core/write.js';
import { decodeUtf8 } from '../load/decode.js';
import { displayPath, readBounded } from '../load/files.js';
import { DEFAULT_MAX_FILE_BYTES } from '../load/loader.js';
import { fileOf } from '../load/positions.js';
import type { Registry } from '../engine/registry.js';
import type { LoadedSettings } from '../engine/settings.js';
import type { Finding } from '../engine/findings.js';
import { COLLECTION_OF, FIELDS, type Choice, type Ctx, type Field, type Kind } from './fields.js';
import { appendRecord, AppendError, detectEol, newFileText, recordLines } from './append.js';
import { diffFindings, run, type CheckOptions } from './check.js';
import { SCHEMA_FILE, schemaLine } from '../init/templates.js';
import { dayOffNotes } from '../calendar/day-off-note.js';
import { fallsDueLines } from './falls-due.js';

addErrorMessages({
  'new-missing-flags': {
    kk: 'Терминал жоқ, сұрақ қою мүмкін емес; мына жалаушалар міндетті: {flags}',
    ru: 'Нет терминала, вопросы задать нельзя; обязательны флаги: {flags}',
    en: 'No terminal to ask in; these flags are required: {flags}',
  },
  'new-bad-flag': {
    kk: '{flag} {value}: {reason}',
    ru: '{flag} {value}: {reason}',
    en: '{flag} {value}: {reason}',
  },
  'new-refused': {
    kk: 'Жазба қосылмады: ол {count} қате тудырады (жоғарыда). Бәрібір қосу үшін --force',
    ru: 'Запись не добавлена: она даёт ошибок: {count} (см. выше). Чтобы всё равно добавить, --force',
    en: 'Not written: the record brings {count} error finding(s) (above). Use --force to write it anyway',
  },
  'new-cancelled': {
    kk: 'Тоқтатылды; ештеңе жазылмады',
    ru: 'Отменено; ничего не записано',
    en: 'Cancelled; nothing was written',
  },
  'new-cannot-append': {
    kk: '{file} файлына қауіпсіз қосу мүмкін емес: {reason}. Ештеңе жазылмады',
    ru: 'Нельзя безопасно дописать в {file}: {reason}. Ничего не записано',
    en: 'Cannot append to {file} safely: {reason}. Nothing was written',
  },
  'new-locked': {
    kk: '{file} файлына басқа ereje new жазып жатыр; сәлден соң қайталаңыз',
    ru: 'В {file} сейчас пишет другой ereje new; повторите чуть позже',
    en: 'Another ereje new is writing {file}; try again in a moment',
  },
});

const M: Record<string, Localized> = {
  badId: { kk: 'id латын кіші әріптерімен, цифрлармен, «.», «_», «-» жазылады, әріппен не цифрмен басталады', ru: 'id пишется строчными латинскими буквами, цифрами, «.», «_», «-» и начинается с буквы или цифры', en: 'an id is lower-case latin letters, digits, ".", "_", "-", starting with a letter or digit' },
  takenId: { kk: 'бұл id бос емес ({collection})', ru: 'этот id уже занят ({collection})', en: 'this id is taken ({collection})' },
  badDate: { kk: 'күн ЖЖЖЖ-АА-КК түрінде және шын күн болуы керек (мысалы 2026-02-12)', ru: 'дата в виде ГГГГ-ММ-ДД и существующая (например 2026-02-12)', en: 'a real date written YYYY-MM-DD (e.g. 2026-02-12)' },
  required: { kk: 'міндетті өріс', ru: 'обязательное поле', en: 'required' },
  badChoice: { kk: 'рұқсат етілген мәндер: {values}', ru: 'допустимые значения: {values}', en: 'one of: {values}' },
  noRecord: { kk: '«{id}» деген жазба жоқ ({collections})', ru: 'нет записи «{id}» ({collections})', en: 'no record "{id}" in {collections}' },
  'before-start': { kk: 'басталу күнінен ({from}) бұрын болмайды', ru: 'не может быть раньше даты начала ({from})', en: 'cannot be before the first day ({from})' },
  none: { kk: '— (жоқ)', ru: '— (нет)', en: '— (none)' },
  file: { kk: 'Қай файлға қосу керек', ru: 'В какой файл добавить', en: 'Which file to add it to' },
  otherFile: { kk: 'Басқа файл…', ru: 'Другой файл…', en: 'Another file…' },
  filePath: { kk: 'Файл жолы (мысалы turkistan/events.yaml)', ru: 'Путь к файлу (например turkistan/events.yaml)', en: 'File path (e.g. turkistan/events.yaml)' },
  notYaml: { kk: 'файл .yaml не .yml болуы керек', ru: 'файл должен быть .yaml или .yml', en: 'the file must be .yaml or .yml' },
  summary: { kk: '{file}:{line} файлына қосылатын жазба:', ru: 'Запись, которая будет добавлена в {file}:{line}:', en: 'The record to add to {file}:{line}:' },
  newFile: { kk: '(жаңа файл)', ru: '(новый файл)', en: '(new file)' },
  brings: { kk: 'Ережелер бойынша бұл жазба мынаны тудырады:', ru: 'По правилам эта запись даёт:', en: 'By the rules, this record brings:' },
  clean: { kk: 'Ережелер бойынша жаңа бұзушылық жоқ.', ru: 'По правилам новых нарушений нет.', en: 'No new findings by the rules.' },
  resolves: { kk: 'Мына бұзушылықтар жойылады:', ru: 'Эти нарушения уходят:', en: 'It resolves:' },
  confirm: { kk: 'Жазылсын ба?', ru: 'Записать?', en: 'Write it?' },
  confirmErrors: { kk: 'Жазбада қателер бар. Бәрібір жазылсын ба?', ru: 'В записи есть ошибки. Всё равно записать?', en: 'The record has errors. Write it anyway?' },
  written: { kk: 'Қосылды: {id} → {file}:{line}', ru: 'Добавлено: {id} → {file}:{line}', en: 'Added: {id} → {file}:{line}' },
  asCommand: { kk: 'Осы жазбаны кейін қосу командасы:', ru: 'Та же запись одной командой (на потом):', en: 'The same record as one command (for later):' },
  again: { kk: 'Сұрақтарға оралып, жауаптарды өзгерту керек пе?', ru: 'Вернуться к вопросам и изменить ответы?', en: 'Go back to the questions and change the answers?' },
  writtenForced: { kk: '(қателерімен, --force)', ru: '(с ошибками, --force)', en: '(with errors, --force)' },
};

export interface Prompts {
  input: typeof prompts.input;
  select: typeof prompts.select;
  search: typeof prompts.search;
  checkbox: typeof prompts.checkbox;
  confirm: typeof prompts.confirm;
}

export interface NewOptions {
  kind: Kind;
  /** Flag values by field name (and `file`). */
  flags: Record<string, string | undefined>;
  force: boolean;
  interactive: boolean;
  paths: readonly string[];
  cwd: string;
  settings: LoadedSettings;
  registry: Registry;
  asOf: IsoDate;
  lang: Lang;
  color: boolean;
  out(s: string): void;
  prompts?: Prompts;
  /** How long to wait for another `ereje new` writing the same file (tries, default 40 ≈ 15 s). */
  lockRetries?: number;
  /** After a "no" to writing: the answers and file of that round, the defaults of this one. */
  previous?: { answers: Record<string, unknown>; file?: string };
}

/** "No" to writing, then "yes" to going back: the questions again, these answers as defaults. */
class GoBack {
  constructor(readonly answers: Record<string, unknown>, readonly file: string | undefined) {}
}

export interface NewResult {
  record: Record<string, unknown>;
  file: string;
  line: number;
  findings: Finding[];
}

const t = (k: string, lang: Lang, data?: Record<string, unknown>) => fmt(pickLocalized(M[k], lang), data, lang);

// ---------------------------------------------------------------- values

function split(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Checks one value of a field: null when fine, else the reason (in the user's language). */
export function problem(field: Field, raw: unknown, c: Ctx, collection: CollectionName): string | null {
  const lang = c.lang;
  const empty = raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0);
  if (empty) return field.required ? t('required', lang) : null;
  switch (field.type) {
    case 'id': {
      const v = raw as string;
      if (!ID_RE.test(v)) return t('badId', lang);
      const e = c.data.byId.get(v);
      if (e) return t('takenId', lang, { collection: e.collection });
      break;
    }
    case 'date':
      if (!isValidIsoDate(raw as string)) return t('badDate', lang);
      break;
    case 'enum':
      if (!field.values!.includes(raw as string)) return t('badChoice', lang, { values: field.values!.join(', ') });
      break;
    case 'enums':
      for (const v of raw as string[]) if (!field.values!.includes(v)) return `${v}: ${t('badChoice', lang, { values: field.values!.join(', ') })}`;
      break;
    case 'ref':
    case 'refs':
      for (const id of field.type === 'ref' ? [raw as string] : (raw as string[])) {
        const e = c.data.byId.get(id);
        const cols = field.collections ?? ['*'];
        if (!e || (!cols.includes('*') && !cols.includes(e.collection))) return t('noRecord', lang, { id, collections: cols.join(' | ') });
      }
      break;
  }
  const extra = field.check?.(raw, c);
  if (extra) return `${t(extra.id, lang, extra.data)}`;
  void collection;
  return null;
}

function parseFlag(field: Field, v: string): unknown {
  if (field.type === 'refs' || field.type === 'enums') return split(v);
  return v.trim();
}

// ---------------------------------------------------------------- prompting

async function ask(p: Prompts, field: Field, c: Ctx, collection: CollectionName): Promise<unknown> {
  const message = pickLocalized(field.label, c.lang);
  // Going round again after a "no": the previous answer is the default.
  const def = c.previous && field.name in c.previous ? c.previous[field.name] : field.default?.(c);
  const validate = (v: unknown) => {
    const why = problem(field, v, c, collection);
    return why === null ? true : why;
  };
  switch (field.type) {
    case 'id':
    case 'date':
    case 'text':
    case 'string': {
      const v = await p.input({ message, default: typeof def === 'string' ? def : undefined, validate: (s: string) => validate(s.trim()) });
      return v.trim() === '' ? undefined : v.trim();
    }
    case 'enum': {
      const choices = [...(field.required ? [] : [{ value: '', name: t('none', c.lang) }]), ...field.values!.map((v) => ({ value: v, name: choiceName(field.name, v, c.lang) }))];
      const v = await p.select({ message, choices, default: typeof def === 'string' ? def : undefined });
      return v === '' ? undefined : v;
    }
    case 'enums': {
      const was = new Set(Array.isArray(def) ? (def as string[]) : []);
      const v = await p.checkbox({ message, choices: field.values!.map((x) => ({ value: x, name: choiceName(field.name, x, c.lang), checked: was.has(x) })) });
      return v.length ? v : undefined;
    }
    case 'ref': {
      const all = field.candidates?.(c) ?? [];
      const none: Choice[] = field.required ? [] : [{ value: '', name: t('none', c.lang) }];
      const ordered = typeof def === 'string' ? [...all.filter((x) => x.value === def), ...none, ...all.filter((x) => x.value !== def)] : [...none, ...all];
      const v = await p.search({
        message,
        source: (term) => {
          const q = (term ?? '').toLowerCase();
          const hits = q ? ordered.filter((x) => x.name.toLowerCase().includes(q) || x.value.includes(q)) : ordered;
          return hits.slice(0, 200);
        },
        validate: (x: string) => validate(x),
      });
      return v === '' ? undefined : v;
    }
    case 'refs': {
      const checked = new Set(Array.isArray(def) ? (def as string[]) : []);
      const choices = (field.candidates?.(c) ?? []).map((x) => ({ value: x.value, name: x.name, checked: checked.has(x.value) }));
      if (!choices.length) return undefined;
      const v = await p.checkbox({ message, choices });
      return v.length ? v : undefined;
    }
  }
}

async function askFile(p: Prompts, c: Ctx, candidates: string[], def: string | undefined): Promise<string> {
  const choices = [...candidates.map((f) => ({ value: f, name: f })), { value: '', name: t('otherFile', c.lang) }];
  const picked = await p.select({ message: t('file', c.lang), choices, default: def ?? candidates[0] });
  if (picked) return picked;
  return (await p.input({ message: t('filePath', c.lang), validate: (s: string) => (/\.ya?ml$/i.test(s.trim()) ? true : t('notYaml', c.lang)) })).trim();
}

// ---------------------------------------------------------------- the record

function setPath(rec: Record<string, unknown>, p: readonly string[], v: unknown): void {
  let o = rec;
  for (let i = 0; i < p.length - 1; i++) o = (o[p[i]] ??= {}) as Record<string, unknown>;
  o[p[p.length - 1]] = v;
}

/** The record in the data format's key order (id, then as the schema lists the fields). */
export function buildRecord(fields: readonly Field[], answers: Record<string, unknown>, collection: CollectionName, c?: Ctx): Record<string, unknown> {
  const rec: Record<string, unknown> = {};
  for (const f of fields) if (answers[f.name] !== undefined) setPath(rec, f.path, f.toValue && c ? f.toValue(answers[f.name], c) : answers[f.name]);
  const order = Object.keys((RECORD_SCHEMAS[collection] as unknown as { shape: Record<string, unknown> }).shape);
  const sorted: Record<string, unknown> = {};
  for (const k of order) if (k in rec) sorted[k] = rec[k];
  return sorted;
}

/** Files that hold the collection, those holding the same organisation's records first. */
function fileCandidates(c: Ctx, collection: CollectionName, orgKey: string | undefined, org: unknown, cwd: string): { files: string[]; best?: string } {
  const counts = new Map<number, { all: number; same: number }>();
  for (const rec of c.data.collection(collection) as unknown as Record<string | symbol, unknown>[]) {
    const i = fileOf(rec);
    if (i === undefined) continue;
    const e = counts.get(i) ?? { all: 0, same: 0 };
    e.all++;
    if (orgKey && rec[orgKey] === org) e.same++;
    counts.set(i, e);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].same - a[1].same || b[1].all - a[1].all || a[0] - b[0]);
  const files = ranked.map(([i]) => displayPath(c.data.files[i].abs, cwd));
  if (!files.length) files.push(...c.data.files.map((f) => displayPath(f.abs, cwd)));
  return { files, best: files[0] };
}

const ORG_KEY: Record<Kind, string> = { 'open-door-day': 'organizer', request: 'for', landing: 'organizer', order: 'issuer', staff: 'org', plan: 'org' };

function showFinding(f: Finding, lang: Lang, c: InstanceType<typeof Chalk>): string {
  const sev = { error: c.red, warning: c.yellow, info: c.blue }[f.severity](f.severity);
  return `  ${c.dim(`${f.file}:${f.line}:${f.column}`)}  ${sev}  ${f.message}${f.period ? ` [${f.period}]` : ''}  ${c.dim(`${f.rule}${f.clause ? ` (${f.clause})` : ''}`)}`;
}

// ---------------------------------------------------------------- the command

/** A value as one shell word (POSIX quoting; Kazakh letters stay as they are). */
function shellWord(v: string): string {
  return /^[\p{L}\p{N}@%+=:,./_-]+$/u.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}

/** `ereje new KIND --flag value … --file FILE`: what was answered, as flags. */
export function equivalentCommand(kind: Kind, fields: readonly Field[], answers: Record<string, unknown>, file: string): string {
  const parts = ['ereje', 'new', kind];
  for (const f of fields) {
    const v = answers[f.name];
    if (v === undefined) continue;
    parts.push(`--${f.name}`, shellWord(Array.isArray(v) ? v.join(',') : String(v)));
  }
  parts.push('--file', shellWord(file));
  return parts.join(' ');
}

export async function runNew(o: NewOptions): Promise<NewResult> {
  const p = o.prompts ?? prompts;
  const collection = COLLECTION_OF[o.kind];
  const fields = FIELDS[o.kind];
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const check: CheckOptions = { paths: o.paths, cwd: o.cwd, settings: o.settings, registry: o.registry, asOf: o.asOf, lang: o.lang };
  const before = run(check);
  const c: Ctx = { data: before.data, today: o.asOf, lang: o.lang, answers: {}, previous: o.previous?.answers };

  if (!o.interactive) {
    const missing = fields.filter((f) => f.required && o.flags[f.name] === undefined).map((f) => `--${f.name}`);
    if (o.flags.file === undefined) missing.push('--file');
    if (missing.length) throw new UsageError('new-missing-flags', { flags: missing.join(', ') });
  }

  try {
    for (const f of fields) {
      if (f.when && !f.when(c)) continue;
      const given = o.flags[f.name];
      let value: unknown;
      if (given !== undefined) {
        value = parseFlag(f, given);
        const why = problem(f, value, c, collection);
        if (why) throw new UsageError('new-bad-flag', { flag: `--${f.name}`, value: given, reason: why });
      } else if (o.interactive) {
        value = await ask(p, f, c, collection);
      }
      if (value !== undefined) c.answers[f.name] = value;
    }
    const record = buildRecord(fields, c.answers, collection, c);

    let file = o.flags.file;
    if (file === undefined) {
      const { files, best } = fileCandidates(c, collection, ORG_KEY[o.kind], c.answers[ORG_KEY[o.kind]], o.cwd);
      const was = o.previous?.file;
      file = await askFile(p, c, was && !files.includes(was) ? [was, ...files] : files, was ?? best);
    }
    if (!/\.ya?ml$/i.test(file)) throw new UsageError('new-bad-flag', { flag: '--file', value: file, reason: t('notYaml', o.lang) });
    const abs = path.resolve(o.cwd, file);
    const shown = displayPath(abs, o.cwd);

    // From here to the write, no other `ereje new` touches the file.
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    // One lock per data repo, not per file: ids are per repo (src/core/lock.ts).
    let release: (() => void) | null = null;
    try {
      release = await lockRepo(o.settings.root, { retries: o.lockRetries ?? 40 });
    } catch {
      throw new RefusedError('new-locked', { file: shown });
    }
    try {
      let existing: Buffer | null = null;
      if (fs.existsSync(abs)) {
        // Bounded, regular files only (a --file naming a pipe must not hang).
        const read = readBounded(abs, o.settings.settings.limits?.max_file_bytes ?? DEFAULT_MAX_FILE_BYTES);
        if (!read.ok) throw new EreError('new-cannot-append', { file: shown, reason: read.messageId === 'tooLarge' ? `larger than ${read.data.limit} bytes` : read.data.reason }, 1);
        existing = read.bytes;
      }
      let result;
      try {
        if (existing) {
          const decoded = decodeUtf8(existing);
          if (!decoded.ok) throw new AppendError(`not UTF-8 (${decoded.encoding ?? '?'})`);
          const bom = existing[0] === 0xef && existing[1] === 0xbb && existing[2] === 0xbf ? '\uFEFF' : '';
          result = appendRecord(bom + decoded.text, collection, record);
        } else {
          const schema = path.relative(path.dirname(abs), path.join(o.settings.root, SCHEMA_FILE)).split(path.sep).join('/');
          result = newFileText(collection, record, [schemaLine(schema.startsWith('.') ? schema : `./${schema}`)], '\n');
        }
      } catch (e) {
        if (e instanceof AppendError) throw new EreError('new-cannot-append', { file: shown, reason: e.message }, 1);
        throw e;
      }
      const textNoBom = result.text.replace(/^\uFEFF/, '');
      // Someone changed the file while the questions were asked: compare with what it is now.
      const seen = c.data.files.find((f) => f.abs === abs);
      const now = existing ? decodeUtf8(existing) : null;
      const base = seen && now?.ok && seen.text !== now.text ? run(check) : before;
      const after = run(check, { abs, text: textNoBom });
      const { added, removed } = diffFindings(base.findings, after.findings);
      const errors = added.filter((f) => f.severity === 'error');

      // The summary.
      const lines = [
        '',
        chalk.bold(t('summary', o.lang, { file: shown, line: result.line })) + (existing ? '' : ` ${t('newFile', o.lang)}`),
        ...recordLines(record).map((l) => `    ${l}`),
        '',
      ];
      for (const note of dayOffNotes(collection, record as Record<string, unknown>, o.settings.settings, o.lang)) lines.push(chalk.yellow(note));
      lines.push(...fallsDueLines({ registry: o.registry, data: after.data, settings: o.settings, asOf: o.asOf, id: String(record.id), lang: o.lang }));
      if (added.length) lines.push(t('brings', o.lang), ...added.map((f) => showFinding(f, o.lang, chalk)), '');
      else lines.push(chalk.green(t('clean', o.lang)), '');
      if (removed.length) lines.push(t('resolves', o.lang), ...removed.map((f) => showFinding(f, o.lang, chalk)), '');
      o.out(lines.join('\n'));

      if (o.interactive) {
        const yes = await p.confirm({ message: t(errors.length ? 'confirmErrors' : 'confirm', o.lang), default: errors.length === 0 });
        if (!yes) {
          // Nothing is lost: the same record as one command, and the questions again with these answers.
          o.out(`\n${t('asCommand', o.lang)}\n  ${equivalentCommand(o.kind, fields, c.answers, file)}\n\n`);
          if (!(await p.confirm({ message: t('again', o.lang), default: true }))) throw new RefusedError('new-cancelled');
          throw new GoBack(c.answers, o.flags.file === undefined ? file : undefined);
        }
      } else if (errors.length && !o.force) {
        throw new RefusedError('new-refused', { count: errors.length });
      }

      if (existing) writeFileSafe(abs, result.text, { expectUnchanged: existing });
      else writeFileSafe(abs, result.text);
      const eolNote = existing && detectEol(textNoBom) === '\r\n' ? ' (CRLF)' : '';
      o.out(`${t('written', o.lang, { id: record.id, file: shown, line: result.line })}${eolNote}${errors.length ? ` ${t('writtenForced', o.lang)}` : ''}\n`);
      return { record, file: shown, line: result.line, findings: added };
    } finally {
      release?.();
    }
  } catch (e) {
    // The lock is released by now (finally above); flags given stay as they were.
    if (e instanceof GoBack) return runNew({ ...o, previous: { answers: e.answers, file: e.file } });
    if (e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError')) throw new RefusedError('new-cancelled');
    throw e;
  }
}
