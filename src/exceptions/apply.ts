/**
 * What a run does with the exceptions file: a finding an exception in force covers is taken out
 * of the findings (not counted for the exit code) and listed as suppressed, with the exception's
 * reason, approver and expiry; an expired exception stops covering and is itself a finding
 * (exceptions/expired); one in force that covers nothing is exceptions/unused; a malformed one
 * is exceptions/invalid. Pure: (run result, exceptions, data, as-of) → run result.
 */
import path from 'node:path';
import { compareFindings, type Finding, type SuppressedFinding, type Summary } from '../engine/findings.js';
import { resolveConfig, type ExceptionInForce, type RunResult } from '../engine/run.js';
import type { Registry } from '../engine/registry.js';
import type { LoadedSettings } from '../engine/settings.js';
import type { Dataset } from '../model/dataset.js';
import type { IsoDate } from '../core/dates.js';
import { fmt, pickLocalized, pickText, type Lang, type Localized } from '../core/i18n.js';
import { suggest } from '../core/suggest.js';
import { covers } from './format.js';
import type { Entry, LoadedExceptions, Place } from './load.js';

export const MODULE = 'exceptions';

const HINT: Localized = { kk: ' — «{suggestion}» болуы мүмкін бе?', ru: ' — возможно, «{suggestion}»?', en: ' — did you mean "{suggestion}"?' };

export interface ApplyOptions {
  registry: Registry;
  settings: LoadedSettings;
  data: Dataset;
  asOf: IsoDate;
  lang: Lang;
  /** The paths the run read (to tell a run over the whole data repo from one over a folder of it). */
  paths: readonly string[];
  cwd?: string;
  onlyRules?: readonly string[];
  onlyModules?: readonly string[];
}

/** Does the run read the whole data repo (one of its paths is the repo root or above it)? */
export function coversRepo(paths: readonly string[], root: string, cwd: string): boolean {
  return (paths.length ? paths : ['.']).some((p) => {
    const rel = path.relative(path.resolve(cwd, p), root);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}

export type EntryState = 'invalid' | 'not-yet' | 'expired' | 'in-force';

export interface AppliedEntry {
  entry: Entry;
  state: EntryState;
  /** Findings of this run it covers. */
  covers: number;
  /** In force, its rule ran, its subject was read, and it covers nothing. */
  unused: boolean;
}

export interface Applied {
  result: RunResult;
  entries: AppliedEntry[];
}

export function applyExceptions(result: RunResult, loaded: LoadedExceptions, opts: ApplyOptions): Applied {
  const { registry, data, asOf, lang } = opts;
  const { configs } = resolveConfig(registry, opts.settings, opts.onlyRules, opts.onlyModules);
  const ran = new Set(configs.map((c) => c.rule.id));
  const severityOf = new Map(configs.map((c) => [c.rule.id, c.severity]));
  const whole = coversRepo(opts.paths, opts.settings.root, opts.cwd ?? process.cwd());
  const staffIds = data.staff.map((s) => s.id);

  const own: Finding[] = [];
  const report = (ruleId: string, messageId: string, values: Record<string, unknown>, at: Place, subject: string | null) => {
    const rule = registry.rules.get(ruleId);
    const severity = severityOf.get(ruleId);
    if (!rule || !severity) return; // turned off in the settings (exceptions/unused may be)
    const v: Record<string, unknown> = { ...values, hint: typeof values.suggestion === 'string' ? fmt(pickLocalized(HINT, lang), { suggestion: values.suggestion }, lang) : '' };
    own.push({
      rule: ruleId,
      severity,
      subject,
      period: null,
      regulation: null,
      clause: null,
      message: fmt(pickLocalized(rule.messages[messageId], lang), v, lang),
      file: loaded.display,
      line: at.line,
      column: at.column,
    });
  };

  for (const p of loaded.problems) report(`${MODULE}/invalid`, p.messageId, p.data, p, p.subject);

  const applied: AppliedEntry[] = loaded.entries.map((entry) => {
    const { key } = entry;
    const a: AppliedEntry = { entry, state: 'in-force', covers: 0, unused: false };
    if (!registry.rules.has(key.rule)) {
      report(`${MODULE}/invalid`, 'unknownRule', { value: key.rule, suggestion: suggest(key.rule, [...registry.rules.keys()]) }, entry.where('rule'), key.subject);
      a.state = 'invalid';
    } else if (key.rule.startsWith(`${MODULE}/`)) {
      report(`${MODULE}/invalid`, 'ownRule', { value: key.rule }, entry.where('rule'), key.subject);
      a.state = 'invalid';
    } else if (!data.person(entry.approvedBy) && whole) {
      // Accountable: an approver nobody can identify makes no exception. (A run over one folder
      // may not have read the approver's staff file: it trusts the entry.)
      report(`${MODULE}/invalid`, 'unknownApprover', { value: entry.approvedBy, suggestion: suggest(entry.approvedBy, staffIds) }, entry.where('approved_by'), key.subject);
      a.state = 'invalid';
    } else if (whole && !data.isStaffOn(entry.approvedBy, data.person(entry.approvedBy)?.org, entry.approvedOn)) {
      // People in time: the approver must have been on the staff on the day of the decision.
      const p = data.person(entry.approvedBy)!;
      report(`${MODULE}/invalid`, 'approverNotStaffThen', { value: entry.approvedBy, date: entry.approvedOn, hired: p.hired ?? '—', left: p.left ?? '—' }, entry.where('approved_on'), key.subject);
      a.state = 'invalid';
    } else if (asOf > entry.expires) {
      report(`${MODULE}/expired`, 'expired', { rule: key.rule, subject: key.subject, expires: entry.expires }, entry.where('expires'), key.subject);
      a.state = 'expired';
    } else if (asOf < entry.approvedOn) {
      a.state = 'not-yet'; // a check of a day before the decision: it did not exist then
    }
    return a;
  });

  const inForce = applied.filter((a) => a.state === 'in-force');
  const byRuleSubject = new Map<string, AppliedEntry[]>();
  for (const a of inForce) {
    const k = `${a.entry.key.rule}\u0000${a.entry.key.subject}`;
    const list = byRuleSubject.get(k);
    if (list) list.push(a);
    else byRuleSubject.set(k, [a]);
  }

  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of result.findings) {
    const candidates = f.subject === null || f.rule.startsWith(`${MODULE}/`) ? undefined : byRuleSubject.get(`${f.rule}\u0000${f.subject}`);
    const hits = candidates?.filter((a) => covers(a.entry.key, f)) ?? [];
    if (!hits.length) {
      findings.push(f);
      continue;
    }
    for (const h of hits) h.covers++;
    const e = hits[0].entry;
    suppressed.push({
      ...f,
      suppression: {
        file: loaded.display,
        line: e.at.line,
        column: e.at.column,
        reason: e.reason,
        approvedBy: e.approvedBy,
        approvedByName: nameOf(data, e.approvedBy, lang),
        approvedOn: e.approvedOn,
        expires: e.expires,
        decision: e.decision,
      },
    });
  }

  for (const a of inForce) {
    if (a.covers > 0 || !ran.has(a.entry.key.rule)) continue;
    if (!whole && !data.lookup(a.entry.key.subject)) continue; // the subject lives in a folder this run did not read
    a.unused = true;
    report(`${MODULE}/unused`, 'unused', { rule: a.entry.key.rule, subject: a.entry.key.subject }, a.entry.at, a.entry.key.subject);
  }

  findings.push(...own);
  findings.sort(compareFindings);
  const summary: Summary = { ...result.summary, error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity] += (f as { omitted?: number }).omitted ?? 1; // a "…and N more" line stands for N
  // The exceptions row counts the file's entries; a repo without the file has no such row.
  const modules = loaded.exists ? result.modules.map((m) => (m.name === MODULE ? { ...m, records: loaded.total } : m)) : result.modules.filter((m) => m.name !== MODULE);
  const exceptionsInForce: ExceptionInForce[] = inForce.map((a) => ({
    rule: a.entry.key.rule,
    subject: a.entry.key.subject,
    path: a.entry.key.path ?? null,
    period: a.entry.key.period ?? null,
    reason: a.entry.reason,
    approvedBy: a.entry.approvedBy,
    approvedByName: nameOf(data, a.entry.approvedBy, lang),
    approvedOn: a.entry.approvedOn,
    expires: a.entry.expires,
    decision: a.entry.decision,
    file: loaded.display,
    line: a.entry.at.line,
    covers: a.covers,
  }));
  return { result: { ...result, findings, summary, modules, suppressed, exceptionsInForce }, entries: applied };
}

function nameOf(data: Dataset, staffId: string, lang: Lang): string | null {
  const p = data.person(staffId);
  return p ? pickText(p.name as Parameters<typeof pickText>[0], lang) || null : null;
}
