/** One description of a rule, read by `rules show`, `rules --format json` and SARIF. */
import { docText, type AnyModule, type AnyRule, type DocText } from './rule.js';
import type { Lang } from '../core/i18n.js';
import { REGIONS } from '../schema/collections.js';

export interface RuleDescription {
  id: string;
  module: string;
  regulation: string | null;
  title: { kk: string; ru: string; en: string };
  severity: string;
  subject: string;
  clauses: { id: string; kk: string; ru?: string; en?: string }[];
  regions: string[] | 'all';
  from: string | null;
  /** Whether the regulation is in force is uncertain (the module's own note). */
  status?: { kk: string; ru: string; en: string };
  summary: string;
  details?: string;
  params: { name: string; default: unknown; description: string; clause?: string }[];
  examples: { pass: string; fail: string };
  notes: string[];
}

/** The rule's description; its docs in `lang` (English by default: SARIF, `rules --format json`). */
export function describeRule(rule: AnyRule, mod: AnyModule, lang: Lang = 'en'): RuleDescription {
  return {
    id: rule.id,
    module: mod.name,
    regulation: mod.name === 'data' || mod.name === 'exceptions' ? null : mod.regulation,
    title: mod.title,
    severity: rule.severity,
    subject: docText(rule.subject, lang),
    clauses: rule.clauses.map((id: string) => ({ id, ...(mod.clauses[id] ?? { kk: '' }) })),
    regions: mod.regions === 'all' || mod.regions.length === REGIONS.length ? 'all' : [...mod.regions],
    from: mod.from,
    ...(mod.status ? { status: mod.status } : {}),
    summary: docText(rule.docs.summary, lang),
    details: docText(rule.docs.details, lang),
    params: Object.entries((rule.params ?? {}) as Record<string, { default: unknown; description: DocText; clause?: string }>).map(([name, p]) => ({
      name,
      default: p.default,
      description: docText(p.description, lang),
      clause: p.clause,
    })),
    examples: rule.docs.examples,
    notes: [...(mod.notes ?? []), ...(rule.docs.notes ?? [])].map((n: DocText) => docText(n, lang)),
  };
}
