/**
 * `ereje why RULE SUBJECT`: one finding's why, for the inspector who asks "why does your tool
 * say this?" — the finding, its trace (values with their places, parameters with clause and
 * source, the computation), and the original text of the clause it rests on (Kazakh, and Russian
 * where the regulation has it; the English working translation only for English readers).
 * A library: run result in, text out.
 */
import { SEVERITY_WORD } from '../engine/findings.js';
import type { Finding } from '../engine/findings.js';
import type { Registry } from '../engine/registry.js';
import { pickLocalized, type Lang, type Localized } from '../core/i18n.js';
import { traceLines } from '../report/trace-text.js';

const W: Record<string, Localized> = {
  trace: { kk: 'Негізі', ru: 'Основание', en: 'Why' },
  clause: { kk: 'Тармақ', ru: 'Пункт', en: 'Clause' },
  kkText: { kk: 'Қазақша мәтін', ru: 'Текст на казахском', en: 'Kazakh text' },
  ruText: { kk: 'Орысша мәтін', ru: 'Текст на русском', en: 'Russian text' },
  enText: { kk: 'Ағылшынша жұмыс аудармасы', ru: 'Рабочий перевод на английский', en: 'Working English translation' },
  ...SEVERITY_WORD,
  none: {
    kk: '{rule} ережесі {subject} бойынша {asOf} күнге ештеңе таппады',
    ru: 'Правило {rule} ничего не нашло по {subject} на {asOf}',
    en: '{rule} finds nothing about {subject} as of {asOf}',
  },
};

export interface WhyOptions {
  rule: string;
  subject: string;
  asOf: string;
  lang: Lang;
  withTranslation?: boolean;
}

/** The findings of the rule about the subject (its id, or its id with a period: `tur-bdo@2026-Q2`). */
export function selectFindings(findings: readonly Finding[], rule: string, subject: string): Finding[] {
  const [id, period] = subject.split('@');
  return findings.filter((f) => f.rule === rule && f.subject === id && (period === undefined || f.period === period));
}

export function explainFindings(findings: readonly Finding[], registry: Registry, o: WhyOptions): string {
  const t = (k: string) => pickLocalized(W[k], o.lang);
  if (!findings.length) return t('none').replace('{rule}', o.rule).replace('{subject}', o.subject).replace('{asOf}', o.asOf) + '\n';
  const rule = registry.rules.get(o.rule);
  const mod = rule ? registry.moduleOf(rule.id) : undefined;
  const out: string[] = [];
  for (const f of findings) {
    out.push(`${f.file}:${f.line}:${f.column}  ${t(f.severity)}  ${f.rule}${f.clause ? ` (${f.clause})` : ''}${f.period ? ` [${f.period}]` : ''}`);
    out.push(`  ${f.message}`);
    if (f.trace) {
      out.push(`  ${t('trace')}:`);
      for (const l of traceLines(f.trace)) out.push(`    ${l}`);
    }
    out.push('');
  }
  const clauses = new Set(findings.flatMap((f) => (f.clause ?? '').split(',').map((c) => c.trim()).filter(Boolean)));
  for (const id of clauses) {
    const c = mod?.clauses[id];
    if (!c) continue;
    out.push(`${t('clause')} ${id} — ${mod!.regulation}`);
    out.push(`  ${t('kkText')}:`, ...c.kk.split('\n').map((l) => `    ${l}`));
    if (c.ru) out.push(`  ${t('ruText')}:`, ...c.ru.split('\n').map((l) => `    ${l}`));
    if (c.en && (o.lang === 'en' || o.withTranslation)) out.push(`  ${t('enText')}:`, ...c.en.split('\n').map((l) => `    ${l}`));
    out.push('');
  }
  return out.join('\n');
}
