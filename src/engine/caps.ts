/**
 * At most `perRuleFile` findings of one rule in one file: a million `- {}` lines must give a
 * readable report, not a million lines. The first ones (in file order) are kept, and one more
 * finding, at the first one left out, says how many more there are. It carries `omitted`, so
 * counts per module and severity stay true (the summary counts every finding, shown or not).
 *
 * The cap applies twice. As findings are produced (`FindingBudget`: the loader's schema checks
 * and each rule's `report`), so a file of a million bad records never holds four million
 * findings in memory: past the cap a finding is only counted, on its rule's summary line. And
 * once more on the sorted, localized findings after the exceptions (`capFindings`), which
 * merges the summary lines the budget made and caps the rules the budget left alone (those an
 * exception names: an exception must see every finding it may cover).
 */
import type { Finding, Severity } from './findings.js';
import type { RawFinding } from './raw.js';
import { formatCount, pickLocalized, type Lang, type Localized } from '../core/i18n.js';
import { NOUN_FORMS, pluralForm } from '../core/plural.js';

export const DEFAULT_FINDINGS_PER_RULE_FILE = 1000;

/** The cap's summary line up to `{shown}`: the count (19 990 / 19,990) with its noun in the right form. */
export function omittedText(n: number, lang: Lang): string {
  return pickLocalized(OMITTED, lang).replace('{n|more}', `${formatCount(n, lang)} ${pluralForm(n, NOUN_FORMS.more, lang)}`);
}

const OMITTED: Localized = {
  kk: '…осы файлда осы ереже бойынша тағы {n|more} (алғашқы {shown} көрсетілді; барлығын көру үшін ereje.yaml-да limits.findings_per_file өсіріңіз)',
  ru: '…и ещё {n|more} этого правила в этом файле (показаны первые {shown}; чтобы увидеть все, увеличьте limits.findings_per_file в ereje.yaml)',
  en: '…and {n|more} of this rule in this file (the first {shown} are shown; raise limits.findings_per_file in ereje.yaml to see them all)',
};

export interface CappedFinding extends Finding {
  /** How many findings this line stands for (a summary line of findings left out). */
  omitted?: number;
}

/** How many findings a raw finding stands for: 1, or the sum of a summary's counts. */
export function rawWeight(f: RawFinding): number {
  if (!f.omitted) return 1;
  let n = 0;
  for (const k in f.omitted) n += f.omitted[k];
  return n;
}

export type Admission = 'keep' | 'summary' | 'counted';

/**
 * Caps findings as they are produced, per rule and file. `admit` says what to do with the next
 * finding: build and keep it (`keep`); build it and hand it to `summarize`, which makes it the
 * summary line (`summary`: the first one past the cap); or nothing (`counted`: it was added to
 * the summary line's counts, by message, so severities can still be told apart).
 */
export class FindingBudget {
  private readonly seen = new Map<string, { n: number; summary?: RawFinding }>();
  constructor(
    readonly perRuleFile: number,
    /** Rules that are not capped here (an exception names them). */
    private readonly uncapped: ReadonlySet<string> = new Set(),
  ) {}

  private entry(rule: string, file: number) {
    const k = `${file}\u0000${rule}`;
    let e = this.seen.get(k);
    if (!e) this.seen.set(k, (e = { n: 0 }));
    return e;
  }

  admit(rule: string, file: number, messageId: string): Admission {
    if (this.perRuleFile === Infinity || this.uncapped.has(rule)) return 'keep';
    const e = this.entry(rule, file);
    e.n++;
    if (e.n <= this.perRuleFile) return 'keep';
    if (!e.summary) return 'summary';
    e.summary.omitted![messageId] = (e.summary.omitted![messageId] ?? 0) + 1;
    return 'counted';
  }

  /** Is the rule past its cap in the file (so the next finding would only be counted)? */
  full(rule: string, file: number): boolean {
    if (this.perRuleFile === Infinity || this.uncapped.has(rule)) return false;
    const e = this.seen.get(`${file}\u0000${rule}`);
    return !!e?.summary;
  }

  /**
   * Counts `n` more findings of a full rule and file without building them, under the summary
   * line's own message (for rules whose messages all have one severity: the data rules).
   */
  countMore(rule: string, file: number, n: number): void {
    const e = this.entry(rule, file);
    e.n += n;
    const o = e.summary!.omitted!;
    const m = e.summary!.messageId;
    o[m] = (o[m] ?? 0) + n;
  }

  /** Makes `f` (just admitted as `summary`) the summary line of its rule and file. */
  summarize(f: RawFinding, file: number): RawFinding {
    const e = this.entry(f.rule, file);
    f.omitted = { [f.messageId]: 1 };
    f.trace = undefined;
    f.related = undefined;
    e.summary = f;
    return f;
  }

  /**
   * A finding capped elsewhere already (the loader's, which may be a summary line): counted
   * with the rest of its rule and file. Returns it (or a copy made a summary) to keep, or null.
   */
  ingest(f: RawFinding, file: number): RawFinding | null {
    if (!f.omitted) {
      const a = this.admit(f.rule, file, f.messageId);
      return a === 'keep' ? f : a === 'summary' ? this.summarize({ ...f }, file) : null;
    }
    const e = this.entry(f.rule, file);
    e.n += rawWeight(f);
    if (!e.summary) return (e.summary = { ...f, omitted: { ...f.omitted } });
    for (const [m, n] of Object.entries(f.omitted)) e.summary.omitted![m] = (e.summary.omitted![m] ?? 0) + n;
    return null;
  }
}

function omittedLine(f: Finding, omitted: number, shown: number, lang: Lang, severity: Severity = f.severity): CappedFinding {
  const message = omittedText(omitted, lang).replace('{shown}', formatCount(shown, lang));
  return { ...f, severity, subject: null, period: null, message, related: undefined, trace: undefined, omitted };
}

/** A summary line made by the budget, localized: one per severity of the findings it counts. */
export function localizeSummary(f: Finding, bySeverity: Partial<Record<Severity, number>>, perRuleFile: number, lang: Lang): CappedFinding[] {
  const out: CappedFinding[] = [];
  for (const [sev, n] of Object.entries(bySeverity) as [Severity, number][]) if (n > 0) out.push(omittedLine(f, n, perRuleFile, lang, sev));
  return out;
}

/**
 * `findings` sorted (file, line, …): returns the kept ones and the summary lines, still sorted.
 * Summary lines already there (from the budget) are merged with what this cap leaves out.
 */
export function capFindings(findings: CappedFinding[], perRuleFile: number, lang: Lang): CappedFinding[] {
  const counts = new Map<string, { shown: number }>();
  let over = false;
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.file}`;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { shown: 0 }));
    if (f.omitted !== undefined) over = true;
    else if (++c.shown > perRuleFile) over = true;
  }
  if (!over) return findings;
  const seen = new Map<string, { shown: number; summaries: Map<Severity, CappedFinding> }>();
  const out: CappedFinding[] = [];
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.file}`;
    const c = counts.get(key)!;
    let s = seen.get(key);
    if (!s) seen.set(key, (s = { shown: 0, summaries: new Map() }));
    const addToSummary = (n: number, severity: Severity) => {
      const prev = s!.summaries.get(severity);
      if (prev) {
        prev.omitted! += n;
        return;
      }
      const line = omittedLine(f, n, Math.min(perRuleFile, c.shown), lang, severity);
      s!.summaries.set(severity, line);
      out.push(line);
    };
    if (f.omitted !== undefined) addToSummary(f.omitted, f.severity);
    else if (s.shown < perRuleFile) {
      s.shown++;
      out.push(f);
    } else addToSummary(1, f.severity);
  }
  // The counts of a summary line changed after it was placed: its message says the final count.
  for (const [key, s] of seen) {
    const c = counts.get(key)!;
    for (const line of s.summaries.values()) {
      line.message = omittedText(line.omitted!, lang).replace('{shown}', formatCount(Math.min(perRuleFile, c.shown), lang));
    }
  }
  return out;
}
