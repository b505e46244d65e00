/** `ereje rules` and `ereje rules show ID` (alias `ereje explain ID`): the rules' own documentation. */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
import type { Registry } from '../../engine/registry.js';
import { resolveLang } from '../options.js';
import { pickLocalized, type Lang, type Localized } from '../../core/i18n.js';
import { UsageError } from '../../core/errors.js';
import { suggest } from '../../core/suggest.js';
import { docText, type AnyRule } from '../../engine/rule.js';
import { describeRule } from '../../engine/describe.js';
import { SEVERITY_WORD } from '../../engine/findings.js';
import { plural, type Forms } from '../../core/plural.js';
import { packageRoot } from '../../core/version.js';
import { formatDotted } from '../../core/dates.js';
import fs from 'node:fs';
import path from 'node:path';

const loadRegistry = async () => (await import('../../engine/registry.js')).loadRegistry();

const H: Record<string, Localized> = {
  id: { kk: 'ереже', ru: 'правило', en: 'rule' },
  sev: { kk: 'деңгей', ru: 'уровень', en: 'severity' },
  regulation: { kk: 'құжат', ru: 'документ', en: 'regulation' },
  clause: { kk: 'тармақ', ru: 'пункт', en: 'clause' },
  summary: { kk: 'сипаттама', ru: 'описание', en: 'summary' },
  dataModule: { kk: 'data: деректер пішімінің өзі', ru: 'data: сам формат данных', en: 'data: the data format itself' },
  more: { kk: 'толығырақ: ereje explain ID', ru: 'подробнее: ereje explain ID', en: 'details: ereje explain ID' },
};

const RULE_FORMS: Forms = { kk: 'ереже', ru: { one: 'правило', few: 'правила', many: 'правил' }, en: { one: 'rule', other: 'rules' } };


export function registerRules(program: Command, io: Io, setCode: (c: number) => void): void {
  const rules = program
    .command('rules')
    .description(h('rules'))
    .option(hf('--lang <lang>'), h('common --lang'))
    .option(hf('--format <format>'), h('rules --format'), 'table')
    .action(async (flags: { lang?: string; format?: string }) => {
      const registry = await loadRegistry();
      const lang = resolveLang(flags.lang, null, io.env);
      if (flags.format === 'json') {
        io.out(JSON.stringify([...registry.rules.values()].map((r) => describeRule(r, registry.moduleOf(r.id))), null, 2) + '\n');
      } else {
        const Table = (await import('cli-table3')).default;
        const cols = Number(io.env.COLUMNS);
        const width = io.isTTY ? (process.stdout.columns ?? 80) : Number.isInteger(cols) && cols > 0 ? cols : 160;
        io.out(width >= WIDE ? listTable(Table, registry, lang, width) : listNarrow(registry, lang, width));
      }
      setCode(0);
    });

  const show = async (id: string, flags: { lang?: string; withTranslation?: boolean }) => {
    const registry = await loadRegistry();
    const { loadSettings } = await import('../../engine/settings.js');
    const settings = (() => {
      try {
        return loadSettings(['.'], undefined, io.cwd);
      } catch {
        return null;
      }
    })();
    // `rules show ID --lang ru`: commander gives --lang to the parent `rules` command.
    const lang = resolveLang(flags.lang ?? (rules.opts() as { lang?: string }).lang, settings, io.env);
    const rule = registry.rules.get(id);
    if (!rule) {
      const s = suggest(id, [...registry.rules.keys()]);
      throw new UsageError('unknown-rule', { id, hint: s ? ` (${s}?)` : '' });
    }
    io.out(explain(rule, registry, lang, { withTranslation: flags.withTranslation }));
    setCode(0);
  };

  rules
    .command('show')
    .description(h('rules show'))
    .argument(hf('<id>'), h('common rule-id'))
    .option(hf('--lang <lang>'), h('common --lang'))
    .option('--with-translation', h('common --with-translation'))
    .action(show);
  program
    .command('explain')
    .description(h('explain'))
    .argument(hf('<id>'), h('explain <id>'))
    .option(hf('--lang <lang>'), h('common --lang'))
    .option('--with-translation', h('common --with-translation'))
    .action(show);
}

function listTable(Table: typeof import('cli-table3'), registry: Registry, lang: Lang, width: number): string {
  const head = ['id', 'sev', 'regulation', 'clause', 'summary'].map((k) => pickLocalized(H[k], lang));
  const rows = [...registry.rules.values()].map((r) => {
    const m = registry.moduleOf(r.id);
    return [r.id, pickLocalized(SEVERITY_WORD[r.severity], lang), m.name === 'data' || m.name === 'exceptions' ? '—' : m.regulation, r.clauses.join(', ') || '—', firstSentence(r, lang)];
  });
  // Each column as wide as its longest cell (+2 padding), the summary takes what is left (6 borders).
  const fixed = [0, 1, 2, 3].map((i) => Math.max(...[head, ...rows].map((row) => [...row[i]].length)) + 2);
  const summaryWidth = Math.max(30, width - fixed.reduce((a, b) => a + b, 0) - 6);
  const table = new Table({
    head,
    style: { head: [], border: [] },
    colWidths: [...fixed, summaryWidth],
    wordWrap: true,
  });
  for (const row of rows) table.push(row);
  return table.toString() + `\n${plural(registry.rules.size, RULE_FORMS, lang)}\n`;
}

/** From this many columns the table has a regulation column; below, each rule takes two lines. */
const WIDE = 140;

/**
 * A narrow terminal (80 columns): under each module's heading, one line per rule (id,
 * severity, clauses) and its summary wrapped below it, indented. No line is wider than `width`.
 */
function listNarrow(registry: Registry, lang: Lang, width: number): string {
  const w = Math.max(40, width);
  const rules = [...registry.rules.values()];
  const idWidth = Math.max(...rules.map((r) => r.id.length));
  const sevWidth = Math.max(...Object.values(SEVERITY_WORD).map((s) => pickLocalized(s, lang).length));
  const out: string[] = [];
  let current = '';
  for (const r of rules) {
    const m = registry.moduleOf(r.id);
    if (m.name !== current) {
      current = m.name;
      if (out.length) out.push('');
      out.push(...wrap(m.name === 'data' ? pickLocalized(H.dataModule, lang) : `${m.name}: ${pickLocalized(m.title, lang)} (${m.regulation})`, w, ''));
    }
    const clauses = r.clauses.join(', ') || '—';
    const sev = pickLocalized(SEVERITY_WORD[r.severity], lang);
    const head = `  ${r.id.padEnd(idWidth)}  ${sev.padEnd(sevWidth)}  ${clauses}`;
    out.push(...(head.length <= w ? [head] : wrap(`${r.id} ${sev} ${clauses}`, w, '  ')));
    out.push(...wrap(firstSentence(r, lang), w, '      '));
  }
  return out.join('\n') + `\n\n${plural(registry.rules.size, RULE_FORMS, lang)} (${pickLocalized(H.more, lang)})\n`;
}

/** Words into lines of at most `width` columns, each starting with `pad` (a longer word stands alone). */
export function wrap(text: string, width: number, pad: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && pad.length + line.length + 1 + word.length > width) {
      lines.push(pad + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(pad + line);
  return lines;
}

function firstSentence(r: AnyRule, lang: Lang = 'en'): string {
  const s = docText(r.docs.summary, lang);
  const i = s.indexOf('. ');
  return i > 0 ? s.slice(0, i + 1) : s;
}

const E: Record<string, Localized> = {
  regulation: { kk: 'Құжат', ru: 'Документ', en: 'Regulation' },
  inForce: { kk: 'Күшінде', ru: 'Действует', en: 'In force' },
  regions: { kk: 'өңірлер', ru: 'регионы', en: 'regions' },
  from: { kk: 'бастап', ru: 'с', en: 'from' },
  noDate: { kk: 'мәтінде күн жоқ', ru: 'дата в тексте не указана', en: 'no date in the text' },
  status: { kk: 'Мәртебесі', ru: 'Статус', en: 'Status' },
  someFindings: { kk: 'кейбір нәтижелері', ru: 'некоторые замечания', en: 'some findings' },
  allKz: { kk: 'бүкіл Қазақстан', ru: 'весь Казахстан', en: 'all of Kazakhstan' },
  clause: { kk: 'Тармақ', ru: 'Пункт', en: 'Clause' },
  kkText: { kk: 'Қазақша мәтін', ru: 'Текст на казахском', en: 'Kazakh text' },
  ruText: { kk: 'Орысша мәтін', ru: 'Текст на русском', en: 'Russian text' },
  enText: { kk: 'Ағылшынша жұмыс аудармасы', ru: 'Рабочий перевод на английский', en: 'Working English translation' },
  summary: { kk: 'Түйіні', ru: 'Суть', en: 'Summary' },
  summaryEn: { kk: 'Түйіні (әзірге ағылшынша)', ru: 'Суть (пока на английском)', en: 'Summary' },
  params: { kk: 'Параметрлер', ru: 'Параметры', en: 'Parameters' },
  subject: { kk: 'Нысаны', ru: 'Объект', en: 'Subject' },
  pass: { kk: 'Дұрыс мысал', ru: 'Пример без нарушения', en: 'Passing example' },
  fail: { kk: 'Қате мысал', ru: 'Пример с нарушением', en: 'Failing example' },
  notes: { kk: 'Ескертпелер', ru: 'Примечания', en: 'Notes' },
  severity: { kk: 'Деңгейі', ru: 'Уровень', en: 'Severity' },
  original: { kk: 'Түпнұсқа мәтін', ru: 'Оригинальный текст', en: 'Original text' },
  format: { kk: 'Деректер пішімі', ru: 'Формат данных', en: 'Data format' },
  enNote: {
    kk: 'ағылшынша мәтін — ресми емес жұмыс аудармасы; түпнұсқа шешуші',
    ru: 'английский текст — неофициальный рабочий перевод; решает оригинал',
    en: 'the English lines are an unofficial working translation; the original wins',
  },
};

/** A file of the package as the user can open it: its path inside the package, and where that is here. */
function packageFile(rel: string): string {
  const root = packageRoot();
  const abs = root ? path.join(root, rel) : null;
  return abs && fs.existsSync(abs) ? `${rel} (${abs})` : rel;
}

/**
 * A rule's documentation. The clause comes in its original language(s) first — Kazakh, and Russian
 * where the regulation has a Russian text; the English working translation only for English
 * readers or with `withTranslation`.
 */
export function explain(rule: AnyRule, registry: Registry, lang: Lang, opts: { withTranslation?: boolean } = {}): string {
  const showEn = lang === 'en' || !!opts.withTranslation;
  const m = registry.moduleOf(rule.id);
  const t = (k: string) => pickLocalized(E[k], lang);
  const out: string[] = [];
  const d = describeRule(rule, m, lang);
  out.push(`${rule.id}`);
  const graded = [...new Set(Object.values((rule.messageSeverity ?? {}) as Record<string, string>))].filter((s) => s !== rule.severity);
  const sev = (s: string) => pickLocalized(SEVERITY_WORD[s as keyof typeof SEVERITY_WORD] ?? { kk: s, ru: s, en: s }, lang);
  out.push(`${t('severity')}: ${sev(rule.severity)}${graded.length ? ` (${t('someFindings')}: ${graded.map(sev).join(', ')})` : ''}    ${t('subject')}: ${d.subject}`);
  if (m.name !== 'data' && m.name !== 'exceptions') {
    out.push(`${t('regulation')}: ${m.regulation} — ${pickLocalized(m.title, lang)}`);
    const regions = d.regions === 'all' ? t('allKz') : d.regions.join(', ');
    out.push(`${t('inForce')}: ${t('regions')} ${regions}; ${d.from ? `${t('from')} ${lang === 'en' ? d.from : formatDotted(d.from)}` : t('noDate')}${m.fromNote ? ` (${docText(m.fromNote, lang)})` : ''}`);
    if (m.status) out.push(`${t('status')}: ${pickLocalized(m.status, lang)}`);
    out.push(`${t('original')}: ${packageFile(m.source)}${showEn && d.clauses.some((c) => c.en) ? `; ${t('enNote')}` : ''}`);
  } else {
    out.push(`${t('format')}: ${packageFile(m.source)}`);
  }
  out.push('');
  for (const c of d.clauses) {
    out.push(`${t('clause')} ${c.id}`);
    out.push(`  ${t('kkText')}:`);
    out.push(indent(c.kk, 4));
    if (c.ru) {
      out.push(`  ${t('ruText')}:`);
      out.push(indent(c.ru, 4));
    }
    if (c.en && showEn) {
      out.push(`  ${t('enText')}:`);
      out.push(indent(c.en, 4));
    }
    out.push('');
  }
  out.push(`${typeof rule.docs.summary === 'string' && lang !== 'en' ? t('summaryEn') : t('summary')}: ${d.summary}`);
  if (d.details) out.push(indent(d.details, 2));
  if (d.params.length) {
    out.push('', `${t('params')}:`);
    for (const p of d.params) out.push(`  ${p.name} = ${JSON.stringify(p.default)}${p.clause ? `  (${p.clause})` : ''} — ${p.description}`);
  }
  const notes = d.notes;
  if (notes.length) {
    out.push('', `${t('notes')}:`);
    for (const n of notes) out.push(indent(`- ${n}`, 2));
  }
  const example = (yaml: string) => indent((lang === 'en' ? yaml : withoutEnglishComments(yaml)).trimEnd(), 2);
  out.push('', `${t('pass')}:`, example(rule.docs.examples.pass), '', `${t('fail')}:`, example(rule.docs.examples.fail), '');
  return out.join('\n');
}

/**
 * An example's YAML for a Kazakh or Russian reader: a trailing comment written in English only
 * (`# 14 days before`) is left out — the YAML itself is the same in every language; a comment
 * in Kazakh or Russian stays.
 */
export function withoutEnglishComments(yaml: string): string {
  const english = (c: string) => /[A-Za-z]/.test(c) && !/[\u0400-\u04FF]/.test(c);
  const out: string[] = [];
  for (const line of yaml.split('\n')) {
    const whole = /^\s*#\s*(.*)$/.exec(line);
    if (whole) {
      if (!english(whole[1])) out.push(line);
      continue;
    }
    // A trailing comment: ` #` after the value, not inside a quoted string.
    let kept = line;
    for (const m of line.matchAll(/\s#/g)) {
      const before = line.slice(0, m.index);
      if ((before.match(/"/g) ?? []).length % 2 || (before.match(/'/g) ?? []).length % 2) continue; // inside a quoted value
      if (english(line.slice(m.index + 2))) kept = before.trimEnd();
      break;
    }
    out.push(kept);
  }
  // An example that is nothing but an English comment (a file's bytes described) stays as it is.
  return out.some((l) => l.trim()) ? out.join('\n') : yaml;
}

function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s.split('\n').map((l) => (l ? pad + l : l)).join('\n');
}
