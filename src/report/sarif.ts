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
 *   an alert open (not "fixed and reopened") when lines above it move.
 */
import crypto from 'node:crypto';
import type { Formatter, FormatContext } from './types.js';
import { joinStream, streamJsonArray, type StreamFormatter } from './stream.js';
import type { Finding, Severity } from '../engine/findings.js';
import type { AnyRule } from '../engine/rule.js';
import { describeRule, type RuleDescription } from '../engine/describe.js';
import { INFORMATION_URI } from '../core/version.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = 'SRCROOT';
const FINGERPRINT = 'erejeFinding/v1';

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

function firstSentence(s: string): string {
  const i = s.search(/\.\s/);
  return i > 0 ? s.slice(0, i + 1) : s;
}

function ruleHelp(d: RuleDescription): { text: string; markdown: string } {
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
  const tags = [d.module, ...(d.regulation ? [d.regulation] : []), ...d.clauses.map((c) => `clause-${c.id}`)];
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: sentence(firstSentence(d.summary)) },
    fullDescription: { text: sentence(d.details ? `${d.summary} ${d.details}` : d.summary) },
    help: ruleHelp(d),
    helpUri: `${INFORMATION_URI}#rules`,
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

function fingerprint(f: Finding): string {
  return crypto.createHash('sha256').update([f.rule, f.file, f.subject ?? '', f.period ?? ''].join('\u0000')).digest('hex').slice(0, 32);
}

export const streamSarif: StreamFormatter = (result, ctx) => {
  const rules = [...ctx.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();

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
      locations: [{ physicalLocation: physical(f.file, f.line, f.column) }],
    };
    if (f.related?.length) {
      out.relatedLocations = f.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: physical(r.file, r.line, r.column),
        message: { text: sentence(r.message || `${r.file}:${r.line}:${r.column}`) },
      }));
    }
    out.partialFingerprints = { [FINGERPRINT]: `${hash}:${n}` };
    out.properties = { subject: f.subject, period: f.period, regulation: f.regulation, clause: f.clause };
    return out;
  };
  const results = (function* () {
    for (const f of result.findings) yield toResult(f);
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
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => ruleDescriptor(r, ctx)),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The folder ereje validate ran in (in CI: the repository root).' } },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { asOf: ctx.asOf, summary: result.summary, ...(ctx.settingsFile !== undefined ? { settings: ctx.settingsFile } : {}) },
      },
    ],
  });
  return streamJsonArray(log, results);
};

export const formatSarif: Formatter = (result, ctx) => joinStream(streamSarif(result, ctx));
