/**
 * The compliance report: a validation run as a document — counts per module and severity, then
 * the findings rule by rule, each rule with its clause and the clause's original text; the
 * as-of date and a fingerprint of the data it was made from.
 */
import crypto from 'node:crypto';
import type { Finding } from '../../engine/findings.js';
import type { RunResult } from '../../engine/run.js';
import { dateValue } from '../dates.js';
import { SEVERITY_LABEL, type DocLang } from '../grammar.js';
import { numbered } from '../values.js';
import { once } from './common.js';
import { docText } from '../../engine/rule.js';
import type { LangPart, Prepared, PrepareEnv } from './types.js';
import type { Dataset } from '../../model/dataset.js';
import type { SchoolYear } from '../../engine/settings.js';
import { defaultSchoolYears } from '../../calendar/school-years.js';

export interface ComplianceEnv extends PrepareEnv {
  resultIn?(lang: DocLang): RunResult;
}

/** sha256 of every data file (path and bytes, in path order): which data the report speaks of. */
export function fingerprint(env: PrepareEnv): string {
  return once(env.data, 'fingerprint', () => {
    const h = crypto.createHash('sha256');
    for (const f of [...env.data.files].sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0))) {
      h.update(f.display);
      h.update('\0');
      h.update(f.text ?? '');
      h.update('\0');
    }
    return h.digest('hex');
  });
}

const SEV_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** «5.2. Әдістемелік десанттың…» → «Әдістемелік десанттың…» (the number is printed beside it). */
function stripNumber(text: string, id: string): string {
  const t = text.trim();
  for (const p of [`${id}.`, `${id})`, id]) if (t.startsWith(p) && /\s/.test(t[p.length] ?? ' ')) return t.slice(p.length).trim();
  return t;
}

export function prepareComplianceReport(env: ComplianceEnv): Prepared {
  return {
    template: 'report-compliance',
    fileBase: `compliance-${env.asOf}`,
    created: env.asOf,
    guard: [],
    build(lang): LangPart {
      const result = env.resultIn?.(lang) ?? env.result;
      const { registry } = env;
      const sev = (s: Finding['severity']) => SEVERITY_LABEL[s][lang];
      const modules = result.modules.map((m) => {
        const mod = registry.modules.get(m.name);
        const counts = { error: 0, warning: 0, info: 0 };
        for (const f of result.findings) if (f.rule.startsWith(`${m.name}/`)) counts[f.severity] += (f as { omitted?: number }).omitted ?? 1;
        return {
          name: m.name,
          title: mod ? mod.title[lang] : m.name,
          regulation: m.regulation,
          enabled: m.enabled,
          records: m.records,
          ...counts,
          text: mod ? mod.title[lang] : m.name,
        };
      });
      // Findings rule by rule (most severe first), each rule with the text of its clauses.
      const byRule = new Map<string, Finding[]>();
      for (const f of result.findings) {
        const list = byRule.get(f.rule);
        if (list) list.push(f);
        else byRule.set(f.rule, [f]);
      }
      const rules = [...byRule.entries()]
        .map(([id, fs]) => {
          const rule = registry.rules.get(id);
          const mod = rule ? registry.moduleOf(id) : undefined;
          const clauseIds = [...new Set(fs.flatMap((f) => (f.clause ?? '').split(/\s*,\s*/)).filter(Boolean))];
          const clauses = clauseIds.map((c) => {
            const t = mod?.clauses[c];
            const text = t ? (lang === 'ru' ? t.ru ?? t.kk : t.kk) : '';
            return { id: c, text: stripNumber(text, c), original_kk: !!t && lang === 'ru' && !t.ru };
          });
          return {
            id,
            severity: sev(fs[0].severity),
            severity_key: fs[0].severity,
            module: mod ? mod.title[lang] : '',
            regulation: fs[0].regulation ?? '',
            clauses,
            clause_ids: clauseIds.join(', '),
            summary: rule ? docText(rule.docs.summary, lang) : '',
            count: fs.length,
            findings: numbered(
              fs.map((f) => ({
                subject: f.subject ?? '',
                place: `${f.file}:${f.line}`,
                file: f.file,
                line: f.line,
                message: f.message,
                period: f.period ?? '',
                severity: sev(f.severity),
                clause: f.clause ?? '',
              })),
            ),
          };
        })
        .sort((a, b) => SEV_ORDER[a.severity_key] - SEV_ORDER[b.severity_key] || (a.id < b.id ? -1 : 1));
      const fp = fingerprint(env);
      const title = lang === 'kk' ? 'Нормативтік талаптарға сәйкестік туралы есеп' : 'Отчёт о соответствии нормативным требованиям';
      return {
        context: {
          as_of: dateValue(env.asOf, lang),
          fingerprint: fp,
          fingerprint_short: fp.slice(0, 16),
          summary: { ...result.summary, text: '' },
          modules,
          rules,
          clean: result.findings.length === 0 && !result.suppressed?.length,
          // The exceptions in force (exceptions.yaml): what, why, who, until when — shown, not a silent gap.
          exceptions: numbered(
            (result.exceptionsInForce ?? []).map((x) => ({
              rule: x.rule,
              subject: [x.subject, x.path, x.period].filter(Boolean).join(', '),
              reason: x.reason,
              approver: x.approvedByName ? `${x.approvedByName} (${x.approvedBy})` : x.approvedBy,
              approved_on: dateValue(x.approvedOn, lang).table,
              decision: x.decision ?? '',
              expires: dateValue(x.expires, lang).table,
              covers: x.covers,
              place: `${x.file}:${x.line}`,
            })),
          ),
          suppressed: result.suppressed?.length ?? 0,
          quarters: findingsByQuarter(result.findings, env.data, lang, env.settings.settings.calendar?.school_years ?? defaultSchoolYears()),
        },
        meta: { title, subject: `${title} — ${dateValue(env.asOf, lang).table}`, author: 'ereje', keywords: `sha256:${fp}` },
      };
    },
  };
}

// ---------- the chart of findings per quarter ----------

const ROMAN = ['I', 'II', 'III', 'IV'];
const str = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v : null);

/**
 * The calendar quarter a finding belongs to (`2026-Q2`), or null when it has no date:
 *   1. its period, when that is a calendar quarter (`2026-Q2`, the quarterly-frequency rule), a
 *      month or a date; a school term (`2025-2026-Q3`) belongs to the quarter it starts in;
 *   2. else the date of the record it is about: an event's or order's `date`, a landing's first
 *      day (`dates.from`), a request's `submitted`, a plan's `period.from`;
 *   3. else none (findings about people, organisations and networks).
 */
export function findingQuarter(f: Pick<Finding, 'period' | 'subject'>, data: Dataset, years: readonly SchoolYear[] = []): string | null {
  const p = f.period ?? '';
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return `${q[1]}-Q${q[2]}`;
  const ym = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(p);
  const ofDate = (d: string) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return ofDate(p);
  const term = /^(\d{4}-\d{4})-Q([1-4])$/.exec(p);
  const start = term ? years.find((y) => y.name === term[1])?.quarters[Number(term[2]) - 1]?.from : undefined;
  if (start) return ofDate(start);
  const rec = f.subject ? data.lookup(f.subject) : undefined;
  if (!rec) return null;
  const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const d = str(rec.date) ?? str(obj(rec.dates).from) ?? str(rec.submitted) ?? str(obj(rec.period).from);
  return d ? ofDate(d) : null;
}

export interface QuarterRow {
  key: string;
  label: string;
  error: number;
  warning: number;
  info: number;
  total: number;
}

/** Findings per calendar quarter and severity (quarters in order, gaps as zero rows; undated last). */
export function findingsByQuarter(findings: readonly Finding[], data: Dataset, lang: DocLang, years: readonly SchoolYear[] = []): QuarterRow[] {
  const by = new Map<string, QuarterRow>();
  const label = (key: string) => {
    if (key === '') return lang === 'kk' ? 'Күні жоқ' : 'Без даты';
    const [y, q] = key.split('-Q');
    return lang === 'kk' ? `${y} ж. ${ROMAN[Number(q) - 1]} тоқсан` : `${ROMAN[Number(q) - 1]} квартал ${y} г.`;
  };
  const row = (key: string) => {
    let r = by.get(key);
    if (!r) by.set(key, (r = { key, label: label(key), error: 0, warning: 0, info: 0, total: 0 }));
    return r;
  };
  for (const f of findings) {
    const r = row(findingQuarter(f, data, years) ?? '');
    r[f.severity] += (f as { omitted?: number }).omitted ?? 1;
    r.total++;
  }
  const dated = [...by.keys()].filter((k) => k !== '').sort();
  if (dated.length > 1) {
    // the quarters between the first and the last, so a quiet quarter shows as a zero (at most 5 years)
    const n = (k: string) => Number(k.slice(0, 4)) * 4 + Number(k.slice(-1)) - 1;
    const [a, b] = [n(dated[0]), n(dated[dated.length - 1])];
    if (b - a < 20) for (let k = a; k <= b; k++) row(`${Math.floor(k / 4)}-Q${(k % 4) + 1}`);
  }
  return [...by.values()].sort((x, y) => (x.key === '' ? 1 : y.key === '' ? -1 : x.key < y.key ? -1 : 1));
}
