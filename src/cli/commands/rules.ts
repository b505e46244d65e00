/** `ereje rules` and `ereje rules show ID` (alias `ereje explain ID`): the rules' own documentation. */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import type { Registry } from '../../engine/registry.js';
import { resolveLang } from '../options.js';
import { pickLocalized, type Lang, type Localized } from '../../core/i18n.js';
import { UsageError } from '../../core/errors.js';
import { suggest } from '../../core/suggest.js';
import type { AnyRule } from '../../engine/rule.js';
import { describeRule } from '../../engine/describe.js';

const loadRegistry = async () => (await import('../../engine/registry.js')).loadRegistry();

const H: Record<string, Localized> = {
  id: { kk: 'ереже', ru: 'правило', en: 'rule' },
  sev: { kk: 'деңгей', ru: 'уровень', en: 'severity' },
  regulation: { kk: 'құжат', ru: 'документ', en: 'regulation' },
  clause: { kk: 'тармақ', ru: 'пункт', en: 'clause' },
  summary: { kk: 'сипаттама (ағылшынша)', ru: 'описание (англ.)', en: 'summary' },
};

export function registerRules(program: Command, io: Io, setCode: (c: number) => void): void {
  const rules = program
    .command('rules')
    .description('List every rule: id, severity, regulation, clause and what it checks')
    .option('--lang <lang>', 'language of headings: kk | ru | en')
    .option('--format <format>', 'table | json', 'table')
    .action(async (flags: { lang?: string; format?: string }) => {
      const registry = await loadRegistry();
      const lang = resolveLang(flags.lang, null, io.env);
      if (flags.format === 'json') {
        io.out(JSON.stringify([...registry.rules.values()].map((r) => describeRule(r, registry.moduleOf(r.id))), null, 2) + '\n');
      } else {
        const Table = (await import('cli-table3')).default;
        io.out(listTable(Table, registry, lang, io.isTTY ? (process.stdout.columns ?? 120) : 160));
      }
      setCode(0);
    });

  const show = async (id: string, flags: { lang?: string }) => {
    const registry = await loadRegistry();
    const { loadSettings } = await import('../../engine/settings.js');
    const settings = (() => {
      try {
        return loadSettings(['.'], undefined, io.cwd);
      } catch {
        return null;
      }
    })();
    const lang = resolveLang(flags.lang, settings, io.env);
    const rule = registry.rules.get(id);
    if (!rule) {
      const s = suggest(id, [...registry.rules.keys()]);
      throw new UsageError('unknown-rule', { id, hint: s ? ` (${s}?)` : '' });
    }
    io.out(explain(rule, registry, lang));
    setCode(0);
  };

  rules
    .command('show')
    .description('Explain a rule: the clause\'s original text, summary, parameters, examples')
    .argument('<id>', 'rule id, e.g. open-door-day/request-lead-time')
    .option('--lang <lang>', 'language of headings: kk | ru | en')
    .action(show);
  program
    .command('explain')
    .description('Same as `ereje rules show ID`')
    .argument('<id>', 'rule id')
    .option('--lang <lang>', 'language of headings: kk | ru | en')
    .action(show);
}

function listTable(Table: typeof import('cli-table3'), registry: Registry, lang: Lang, width: number): string {
  const summaryWidth = Math.max(30, width - 70);
  const table = new Table({
    head: ['id', 'sev', 'regulation', 'clause', 'summary'].map((k) => pickLocalized(H[k], lang)),
    style: { head: [], border: [] },
    colWidths: [null, null, null, null, summaryWidth] as unknown as number[],
    wordWrap: true,
  });
  for (const r of registry.rules.values()) {
    const m = registry.moduleOf(r.id);
    table.push([r.id, r.severity, m.name === 'data' || m.name === 'exceptions' ? '—' : m.regulation, r.clauses.join(', ') || '—', firstSentence(r)]);
  }
  return table.toString() + `\n${registry.rules.size} rules\n`;
}

function firstSentence(r: AnyRule): string {
  const s = r.docs.summary;
  const i = s.indexOf('. ');
  return i > 0 ? s.slice(0, i + 1) : s;
}

const E: Record<string, Localized> = {
  regulation: { kk: 'Құжат', ru: 'Документ', en: 'Regulation' },
  inForce: { kk: 'Күшінде', ru: 'Действует', en: 'In force' },
  regions: { kk: 'өңірлер', ru: 'регионы', en: 'regions' },
  from: { kk: 'бастап', ru: 'с', en: 'from' },
  noDate: { kk: 'мәтінде күн жоқ', ru: 'дата в тексте не указана', en: 'no date in the text' },
  clause: { kk: 'Тармақ', ru: 'Пункт', en: 'Clause' },
  kkText: { kk: 'Қазақша мәтін', ru: 'Текст на казахском', en: 'Kazakh text' },
  ruText: { kk: 'Орысша мәтін', ru: 'Текст на русском', en: 'Russian text' },
  enText: { kk: 'Ағылшынша жұмыс аудармасы', ru: 'Рабочий перевод на английский', en: 'Working English translation (DIGEST.md)' },
  summary: { kk: 'Түйіні (ағылшынша)', ru: 'Суть (на английском)', en: 'Summary' },
  params: { kk: 'Параметрлер', ru: 'Параметры', en: 'Parameters' },
  subject: { kk: 'Нысан (subject)', ru: 'Объект (subject)', en: 'Subject' },
  pass: { kk: 'Дұрыс мысал', ru: 'Пример без нарушения', en: 'Passing example' },
  fail: { kk: 'Қате мысал', ru: 'Пример с нарушением', en: 'Failing example' },
  notes: { kk: 'Ескертпелер', ru: 'Примечания', en: 'Notes' },
  severity: { kk: 'Деңгейі', ru: 'Уровень', en: 'Severity' },
};

export function explain(rule: AnyRule, registry: Registry, lang: Lang): string {
  const m = registry.moduleOf(rule.id);
  const t = (k: string) => pickLocalized(E[k], lang);
  const out: string[] = [];
  const d = describeRule(rule, m);
  out.push(`${rule.id}`);
  out.push(`${t('severity')}: ${rule.severity}    ${t('subject')}: ${rule.subject}`);
  if (m.name !== 'data' && m.name !== 'exceptions') {
    out.push(`${t('regulation')}: ${m.regulation} — ${pickLocalized(m.title, lang)}`);
    const regions = d.regions === 'all' ? 'all of Kazakhstan' : d.regions.join(', ');
    out.push(`${t('inForce')}: ${t('regions')} ${regions}; ${d.from ? `${t('from')} ${d.from}` : t('noDate')}${m.fromNote ? ` (${m.fromNote})` : ''}`);
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
    if (c.en) {
      out.push(`  ${t('enText')}:`);
      out.push(indent(c.en, 4));
    }
    out.push('');
  }
  out.push(`${t('summary')}: ${rule.docs.summary}`);
  if (rule.docs.details) out.push(indent(rule.docs.details, 2));
  const params = Object.entries(rule.params ?? {}) as [string, { default: unknown; description: string; clause?: string }][];
  if (params.length) {
    out.push('', `${t('params')}:`);
    for (const [k, p] of params) out.push(`  ${k} = ${JSON.stringify(p.default)}${p.clause ? `  (${p.clause})` : ''} — ${p.description}`);
  }
  const notes = [...(m.notes ?? []), ...(rule.docs.notes ?? [])];
  if (notes.length) {
    out.push('', `${t('notes')}:`);
    for (const n of notes) out.push(indent(`- ${n}`, 2));
  }
  out.push('', `${t('pass')}:`, indent(rule.docs.examples.pass.trimEnd(), 2), '', `${t('fail')}:`, indent(rule.docs.examples.fail.trimEnd(), 2), '');
  return out.join('\n');
}

function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s.split('\n').map((l) => (l ? pad + l : l)).join('\n');
}
