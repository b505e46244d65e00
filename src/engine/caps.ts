/**
 * At most `perRuleFile` findings of one rule in one file: a million `- {}` lines must give a
 * readable report, not a million lines. The first ones (in file order) are kept, and one more
 * finding, at the first one left out, says how many more there are. It carries `omitted`, so
 * counts per module and severity stay true (the summary counts every finding, shown or not).
 */
import type { Finding } from './findings.js';
import { formatCount, pickLocalized, type Lang, type Localized } from '../core/i18n.js';

export const DEFAULT_FINDINGS_PER_RULE_FILE = 1000;

const OMITTED: Localized = {
  kk: '…осы файлда осы ереже бойынша тағы {n} табылым (алғашқы {shown} көрсетілді; барлығын көру үшін ereje.yaml-да limits.findings_per_file өсіріңіз)',
  ru: '…и ещё {n} нарушений этого правила в этом файле (показаны первые {shown}; чтобы увидеть все, увеличьте limits.findings_per_file в ereje.yaml)',
  en: '…and {n} more findings of this rule in this file (the first {shown} are shown; raise limits.findings_per_file in ereje.yaml to see them all)',
};

export interface CappedFinding extends Finding {
  /** How many findings this line stands for (a summary line of findings left out). */
  omitted?: number;
}

/** `findings` sorted (file, line, …): returns the kept ones and the summary lines, still sorted. */
export function capFindings(findings: Finding[], perRuleFile: number, lang: Lang): CappedFinding[] {
  if (findings.length <= perRuleFile) return findings;
  const counts = new Map<string, number>();
  let over = false;
  for (const f of findings) {
    const k = `${f.rule}\u0000${f.file}`;
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (n > perRuleFile) over = true;
  }
  if (!over) return findings;
  const seen = new Map<string, number>();
  const out: CappedFinding[] = [];
  for (const f of findings) {
    const k = `${f.rule}\u0000${f.file}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n <= perRuleFile) out.push(f);
    else if (n === perRuleFile + 1) {
      const omitted = counts.get(k)! - perRuleFile;
      const message = pickLocalized(OMITTED, lang).replace('{n}', formatCount(omitted, lang)).replace('{shown}', formatCount(perRuleFile, lang));
      out.push({ ...f, subject: null, period: null, message, related: undefined, trace: undefined, omitted });
    }
  }
  return out;
}
