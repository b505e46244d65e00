/**
 * `--format sarif`: SARIF 2.1.0 (OASIS), as GitHub code scanning ingests it and as Microsoft's
 * SARIF multitool validates it (`Sarif.Multitool validate`, with its SARIF and GitHub rule sets:
 * no errors, no warnings — see sarif.test.ts).
 *
 * - `tool.driver.rules` lists every rule (not only those that fired), each with a short and a
 *   full description, `help` (the clause's original text, then the summary and examples),
 *   its default level and its properties (module, regulation, clauses, parameters, tags).
 * - Results point at the value to fix: `uri` relative to the folder ereje ran in (in CI, the
 *   repository root), under the `uriBaseId` SRCROOT; `relatedLocations` name the other records
 *   of cross-record rules (e.g. data/duplicate-id).
 * - `partialFingerprints` identify a finding independently of its line, so code scanning keeps
 *   an alert open (not "fixed and reopened") when lines above it move: `primaryLocationLineHash`
 *   (the one key GitHub matches alerts by; when a result already has it, upload-sarif keeps it
 *   rather than hashing the line's text) and `erejeFinding/v1`, the same identity for other
 *   consumers. Both are made from the rule, file, subject and period.
 * - `fullDescription` stays within GitHub's 1,024 characters (the summary, and the details when
 *   they fit); the rest is in `help`.
 * - `automationDetails.id` is `ereje/TARGET/` (the paths checked), so the runs of several
 *   ereje jobs are separate analyses rather than replacing each other.
 */
import crypto from 'node:crypto';
import type { Formatter, FormatContext } from './types.js';
import { joinStream, streamJsonArray, type StreamFormatter } from './stream.js';
import type { Finding, Severity } from '../engine/findings.js';
import type { AnyRule } from '../engine/rule.js';
import { describeRule, type RuleDescription } from '../engine/describe.js';
import { docsUri, ruleAnchor } from '../core/version.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = 'SRCROOT';
const FINGERPRINT = 'erejeFinding/v1';
/** GitHub code scanning's key for alert tracking. */
const LINE_HASH = 'primaryLocationLineHash';
/** GitHub code scanning truncates longer rule descriptions. */
export const MAX_DESCRIPTION = 1024;
/**
 * GitHub code scanning's limits on a SARIF file ("SARIF results exceed limits"): a run with more
 * than 25,000 results, a result with more than 1,000 locations, or a rule with more than 20
 * tags is rejected whole; of the tags only 10 are kept.
 */
export const GITHUB_SARIF = { resultsPerRun: 25_000, locationsPerResult: 1_000, tagsShown: 10 } as const;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF wants plain-text messages as complete sentences ending with a period (SARIF2001). */
export function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return '.';
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, Cyrillic, `#`, `%`…). */
export function pathToUri(p: string): string {
  return p
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** `open-door-day/request-lead-time` → `OpenDoorDayRequestLeadTime` (SARIF's friendly rule name). */
export function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** At most `max` characters: whole sentences if possible, else whole words and an ellipsis. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'));
  if (end > max / 2) return cut.slice(0, end + 1);
  const sp = cut.slice(0, max - 1).lastIndexOf(' ');
  return `${cut.slice(0, sp > max / 2 ? sp : max - 1)}…`;
}

/** The summary and the details if both fit in GitHub's limit; else the summary alone, clipped. */
function fullDescription(d: RuleDescription): string {
  const both = sentence(d.details ? `${d.summary} ${d.details}` : d.summary);
  if (both.length <= MAX_DESCRIPTION) return both;
  return clip(sentence(d.summary), MAX_DESCRIPTION);
}

function firstSentence(s: string): string {
  const i = s.search(/\.\s/);
  return i > 0 ? s.slice(0, i + 1) : s;
}

export function ruleHelp(d: RuleDescription): { text: string; markdown: string } {
  const text: string[] = [];
  const md: string[] = [];
  if (d.regulation) {
    text.push(`Regulation: ${d.regulation} — ${d.title.kk} / ${d.title.ru}.`);
    md.push(`**${d.title.kk}** / ${d.title.ru} (\`${d.regulation}\`)`);
  }
  for (const c of d.clauses) {
    text.push(`Clause ${c.id} (kk): ${c.kk}`);
    md.push(`### ${c.id}`, '', quote(c.kk));
    if (c.ru) {
      text.push(`Clause ${c.id} (ru): ${c.ru}`);
      md.push('', quote(c.ru));
    }
    if (c.en) {
      text.push(`Clause ${c.id} (en, working translation): ${c.en}`);
      md.push('', `*${c.en.trim()}*`);
    }
    md.push('');
  }
  text.push(sentence(d.summary));
  md.push(d.summary);
  if (d.details) {
    text.push(d.details);
    md.push('', d.details);
  }
  if (d.params.length) {
    text.push('Parameters: ' + d.params.map((p) => `${p.name} = ${JSON.stringify(p.default)} (${p.description})`).join('; ') + '.');
    md.push('', '| parameter | default | |', '|---|---|---|', ...d.params.map((p) => `| \`${p.name}\` | \`${JSON.stringify(p.default)}\` | ${p.description.replace(/\|/g, '\\|')} |`));
  }
  md.push('', 'Passing:', '', '```yaml', d.examples.pass.trimEnd(), '```', '', 'Failing:', '', '```yaml', d.examples.fail.trimEnd(), '```');
  if (d.notes.length) md.push('', ...d.notes.map((n) => `- ${n}`));
  return { text: sentence(text.join('\n')), markdown: md.join('\n') };
}

function quote(s: string): string {
  return s.trim().split('\n').map((l) => `> ${l}`).join('\n');
}

function ruleDescriptor(rule: AnyRule, ctx: FormatContext) {
  const d = describeRule(rule, ctx.moduleOf(rule.id));
  const tags = [d.module, ...(d.regulation ? [d.regulation] : []), ...d.clauses.map((c) => `clause-${c.id}`)].slice(0, GITHUB_SARIF.tagsShown);
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: clip(sentence(firstSentence(d.summary)), MAX_DESCRIPTION) },
    fullDescription: { text: fullDescription(d) },
    help: ruleHelp(d),
    helpUri: docsUri('docs/rules.md', ruleAnchor(rule.id)),
    defaultConfiguration: { level: LEVEL[rule.severity as Severity] },
    properties: {
      tags,
      module: d.module,
      regulation: d.regulation,
      clauses: d.clauses.map((c) => c.id),
      subject: d.subject,
      regions: d.regions,
      from: d.from,
      parameters: Object.fromEntries(d.params.map((p) => [p.name, p.default])),
      precision: 'very-high',
      'problem.severity': rule.severity === 'info' ? 'recommendation' : rule.severity,
    },
  };
}

function physical(file: string, line: number, column: number) {
  return {
    artifactLocation: { uri: pathToUri(file || 'ereje.yaml'), uriBaseId: SRCROOT },
    region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
  };
}

/**
 * What a finding is about, not where: rule, file, subject and period (a finding without a
 * subject, e.g. a syntax error, adds its message). Editing another record, or lines above,
 * leaves it unchanged; renaming the record's id or moving it to another file changes it.
 */
/** The value's end, when the caller knows it (see extent.ts): what GitHub highlights. */
function withEnd(loc: ReturnType<typeof physical>, end: { endLine: number; endColumn: number } | null) {
  if (!end) return loc;
  return { ...loc, region: { ...loc.region, endLine: end.endLine, endColumn: end.endColumn } };
}

function fingerprint(f: Finding): string {
  const parts = [f.rule, f.file, f.subject ?? '', f.period ?? '', f.subject ? '' : f.message];
  return crypto.createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export const streamSarif: StreamFormatter = (result, ctx) => {
  const rules = [...ctx.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();

  // Over GitHub's 25,000 results a run is rejected: keep the most severe (in file order), and say so.
  const SEV_ORDER: Severity[] = ['error', 'warning', 'info'];
  let kept = result.findings;
  if (kept.length > GITHUB_SARIF.resultsPerRun) {
    const keep = new Set<Finding>();
    for (const sev of SEV_ORDER) for (const f of result.findings) if (f.severity === sev && keep.size < GITHUB_SARIF.resultsPerRun) keep.add(f);
    kept = result.findings.filter((f) => keep.has(f));
  }
  const left = result.findings.length - kept.length;

  // Made one at a time as the report is written (a million results are never one string).
  const toResult = (f: Finding) => {
    const hash = fingerprint(f);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    const clause = f.clause ? ` (${f.clause})` : '';
    const out: Record<string, unknown> = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: LEVEL[f.severity],
      message: { text: sentence(f.message + clause) },
      locations: [{ physicalLocation: withEnd(physical(f.file, f.line, f.column), ctx.extentOf?.(f) ?? null) }],
    };
    if (f.related?.length) {
      // GitHub rejects a result with more than 1,000 locations (the primary one included).
      out.relatedLocations = f.related.slice(0, GITHUB_SARIF.locationsPerResult - 1).map((r, i) => ({
        id: i + 1,
        physicalLocation: physical(r.file, r.line, r.column),
        message: { text: sentence(r.message || `${r.file}:${r.line}:${r.column}`) },
      }));
    }
    // GitHub's own hashes look like `16 hex digits:occurrence`; ours have the same shape.
    out.partialFingerprints = { [LINE_HASH]: `${hash.slice(0, 16)}:${n}`, [FINGERPRINT]: `${hash}:${n}` };
    out.properties = { subject: f.subject, period: f.period, regulation: f.regulation, clause: f.clause };
    return out;
  };
  // Findings the exceptions file covers: results with an external, accepted suppression whose
  // justification is the exception's reason (code scanning shows them as dismissed).
  // (Within GitHub's results-per-run limit too: the open findings come first.)
  const accepted = (result.suppressed ?? []).slice(0, Math.max(0, GITHUB_SARIF.resultsPerRun - kept.length));
  const results = (function* () {
    for (const f of kept) yield toResult(f);
    for (const f of accepted) {
      const s = f.suppression;
      yield {
        ...toResult(f),
        suppressions: [
          {
            kind: 'external',
            status: 'accepted',
            justification: s.reason,
            location: { physicalLocation: physical(s.file, s.line, s.column) },
            properties: { approvedBy: s.approvedBy, approvedByName: s.approvedByName, approvedOn: s.approvedOn, expires: s.expires, decision: s.decision },
          },
        ],
      };
    }
  })();

  const log = (results: unknown) => ({
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ereje',
            fullName: 'ereje — regulation checks for methodological centres\' planning data',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: docsUri('README.md'),
            rules: rules.map((r) => ruleDescriptor(r, ctx)),
          },
        },
        automationDetails: { id: `ereje/${ctx.target ?? '.'}/` },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The folder ereje validate ran in (in CI: the repository root).' } },
        },
        columnKind: 'utf16CodeUnits',
        ...(left
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    {
                      level: 'warning',
                      message: {
                        text: `${result.findings.length} findings: GitHub code scanning rejects a run of more than ${GITHUB_SARIF.resultsPerRun} results, so the ${kept.length} most severe are here and ${left} are left out; --format json has them all.`,
                      },
                    },
                  ],
                },
              ],
            }
          : {}),
        results,
        properties: { asOf: ctx.asOf, summary: result.summary, ...(left ? { omitted: left } : {}), ...(ctx.settingsFile !== undefined ? { settings: ctx.settingsFile } : {}) },
      },
    ],
  });
  return streamJsonArray(log, results);
};

export const formatSarif: Formatter = (result, ctx) => joinStream(streamSarif(result, ctx));
