/**
 * Runs the checks: settings and flags decide which modules and rules run, with which
 * severity and parameters; each module's view is built once; each rule's `check` reports
 * raw findings; this file turns them into localized, positioned, sorted findings.
 */
import { reasons, type ZodIssueLike } from './settings-reasons.js';
import { capFindings, DEFAULT_FINDINGS_PER_RULE_FILE } from './caps.js';
import type { Dataset } from '../model/dataset.js';
import type { IsoDate } from '../core/dates.js';
import { fmt, pickLocalized, type Lang, type Localized } from '../core/i18n.js';
import { REGIONS, type Organization } from '../schema/collections.js';
import { suggest } from '../core/suggest.js';
import { UsageError } from '../core/errors.js';
import { compareFindings, type Finding, type Loc, type Severity, type Summary, type Suppression, type SuppressedFinding } from './findings.js';
import type { RawFinding } from './raw.js';
import type { Registry } from './registry.js';
import type { AnyModule, AnyRule, RuleContext, Scope } from './rule.js';
import { SettingsError, sortProblems, type LoadedSettings, type SchoolYear, type SettingsProblem } from './settings.js';
import type { ReportInput } from './rule.js';
import type { PathSeg } from '../load/positions.js';
import { PARAM_SOURCE, showValue, valueAt, valueName, type ParamSource, type RawTrace } from './trace.js';
import { defaultSchoolYears } from '../calendar/school-years.js';
import { workingCalendar } from '../calendar/working-days.js';

export interface RuleConfig {
  rule: AnyRule;
  module: AnyModule;
  severity: Severity;
  /** Settings set the rule's severity (then it applies to every message of the rule). */
  severitySet?: boolean;
  params: Record<string, unknown>;
  /** Where each parameter's value came from (the trace shows it). */
  paramSources?: Record<string, ParamSource>;
}

export interface ModuleRun {
  name: string;
  regulation: string;
  enabled: boolean;
  records: number;
  regions: string[];
  from: IsoDate | null;
}

export interface RunResult {
  findings: Finding[];
  summary: Summary;
  modules: ModuleRun[];
  /** Findings an exception (exceptions.yaml) covers: not counted, listed apart (src/exceptions). */
  suppressed?: SuppressedFinding[];
  /** The exceptions in force on the as-of day (for reports that must show them). */
  exceptionsInForce?: ExceptionInForce[];
}

/** One entry of the exceptions file that is in force: what it covers, why, who approved it, until when. */
export interface ExceptionInForce extends Omit<Suppression, 'file' | 'line' | 'column'> {
  rule: string;
  subject: string;
  path: string | null;
  period: string | null;
  file: string;
  line: number;
  /** How many findings of this run it covers. */
  covers: number;
}

export interface RunOptions {
  /** Findings shown per rule and file (default: the settings' limits.findings_per_file, else 1000). */
  perRuleFile?: number;
  registry: Registry;
  data: Dataset;
  loaderFindings: readonly RawFinding[];
  settings: LoadedSettings;
  asOf: IsoDate;
  lang: Lang;
  onlyRules?: readonly string[];
  onlyModules?: readonly string[];
  /** Build each finding's trace (--trace, why, the HTML report). */
  trace?: boolean;
}

const HINT: Localized = { kk: ' — «{suggestion}» болуы мүмкін бе?', ru: ' — возможно, «{suggestion}»?', en: ' — did you mean "{suggestion}"?' };

/** Which rules run, with what severity and parameters (settings, then flags). */
export function resolveConfig(registry: Registry, settings: LoadedSettings, onlyRules?: readonly string[], onlyModules?: readonly string[]): { configs: RuleConfig[]; scopes: Map<string, { enabled: boolean; regions: string[]; from: IsoDate | null }> } {
  const s = settings.settings;
  const moduleNames = [...registry.modules.keys()];
  const ruleIds = [...registry.rules.keys()];
  // Every problem of the settings is collected and reported together at the end.
  const problems: SettingsProblem[] = [];

  for (const name of Object.keys(s.modules ?? {})) {
    if (!registry.modules.has(name)) {
      const at = settings.where(['modules', name], true);
      problems.push({ ...at, reason: reasons.unknownModule(name, suggest(name, moduleNames)) });
    }
  }
  for (const id of Object.keys(s.rules ?? {})) {
    if (!registry.rules.has(id)) {
      const at = settings.where(['rules', id], true);
      problems.push({ ...at, reason: reasons.unknownRule(id, suggest(id, ruleIds)) });
    }
  }
  for (const id of onlyRules ?? []) {
    if (!registry.rules.has(id)) {
      const sug = suggest(id, ruleIds);
      throw new UsageError('unknown-rule', { id, hint: sug ? ` (${sug}?)` : '' });
    }
  }
  for (const name of onlyModules ?? []) {
    if (!registry.modules.has(name)) throw new UsageError('unknown-module', { name, choices: moduleNames });
  }

  for (const [name, ms] of Object.entries(s.modules ?? {})) {
    if (!ms || typeof ms !== 'object' || !ms.params || !registry.modules.has(name)) continue;
    const known = new Set((registry.rulesOf.get(name) ?? []).flatMap((id) => Object.keys(registry.rules.get(id)!.params ?? {})));
    for (const key of Object.keys(ms.params)) {
      if (!known.has(key)) {
        const at = settings.where(['modules', name, 'params', key], true);
        problems.push({ ...at, reason: reasons.noModuleParam(name, key, suggest(key, [...known])) });
      }
    }
  }

  const scopes = new Map<string, { enabled: boolean; regions: string[]; from: IsoDate | null }>();
  for (const [name, mod] of registry.modules) {
    const ms = s.modules?.[name];
    let enabled = true;
    let regions: string[] = mod.regions === 'all' ? [...REGIONS] : [...mod.regions];
    let from = mod.from;
    if (ms === 'off' || ms === false) enabled = false;
    else if (ms && typeof ms === 'object') {
      if (ms.enabled === false) enabled = false;
      if (ms.regions) regions = [...ms.regions];
      if (ms.extra_regions) regions = [...new Set([...regions, ...ms.extra_regions])];
      if (ms.from) from = ms.from;
    }
    if (name === 'data' || name === 'exceptions') enabled = true; // reading the files (and the exceptions file) is always on
    if (onlyModules?.length && name !== 'data' && name !== 'exceptions' && !onlyModules.includes(name)) enabled = false;
    scopes.set(name, { enabled, regions, from });
  }

  const configs: RuleConfig[] = [];
  for (const [id, rule] of registry.rules) {
    const module = registry.moduleOf(id);
    const scope = scopes.get(module.name)!;
    const rs = s.rules?.[id];
    let severity: Severity | 'off' = rule.severity;
    // Module-level parameters apply to every rule of the module that has a parameter of that name;
    // a rule's own parameters win.
    const ms = s.modules?.[module.name];
    const moduleParams = ms && typeof ms === 'object' ? ms.params ?? {} : {};
    const specKeys = Object.keys(rule.params ?? {});
    let given: Record<string, unknown> = Object.fromEntries(Object.entries(moduleParams).filter(([k]) => specKeys.includes(k)));
    const paramSources: Record<string, ParamSource> = Object.fromEntries(specKeys.map((k) => [k, k in given ? 'module-settings' : 'default']));
    if (typeof rs === 'string') severity = rs;
    else if (rs) {
      if (rs.severity) severity = rs.severity;
      given = { ...given, ...(rs.params ?? {}) };
      for (const k of Object.keys(rs.params ?? {})) paramSources[k] = 'settings';
    }
    if (severity === 'off' && rule.alwaysOn) {
      const at = settings.where(['rules', id]);
      problems.push({ ...at, reason: reasons.alwaysOn(id) });
    }
    const params: Record<string, unknown> = {};
    const specs = (rule.params ?? {}) as Record<string, { schema: { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }; default: unknown }>;
    for (const key of Object.keys(given)) {
      if (!(key in specs)) {
        const at = settings.where(['rules', id, 'params', key], true);
        problems.push({ ...at, reason: reasons.noRuleParam(id, key, suggest(key, Object.keys(specs))) });
      }
    }
    for (const [key, spec] of Object.entries(specs)) {
      if (key in given) {
        const r = spec.schema.safeParse(given[key]);
        if (!r.success) {
          const fromRule = typeof rs === 'object' && rs?.params && key in rs.params;
          const at = settings.where(fromRule ? ['rules', id, 'params', key] : ['modules', module.name, 'params', key]);
          problems.push({ ...at, reason: reasons.badParam(id, key, r.error?.issues[0] as ZodIssueLike | undefined) });
        }
        params[key] = r.data;
      } else params[key] = spec.default;
    }
    if (problems.length) continue;
    const selected = rule.reportedBy !== undefined || !onlyRules?.length || onlyRules.includes(id);
    if (severity === 'off' || !selected || !scope.enabled) continue;
    configs.push({ rule, module, severity, severitySet: severity !== rule.severity, params, paramSources });
  }
  if (problems.length) throw new SettingsError(sortProblems(problems));
  return { configs, scopes };
}


export function makeScope(data: Dataset, regions: readonly string[], from: IsoDate | null): Scope {
  const set = new Set(regions);
  const coversOrg = (org: Organization | undefined) => !!org && set.has(org.region);
  return {
    regions: set,
    from,
    coversOrg,
    covers(orgId, date) {
      if (!coversOrg(data.org(orgId))) return false;
      return from === null || !date || date >= from;
    },
  };
}

export interface RawRun {
  raw: { cfg: RuleConfig | undefined; f: RawFinding }[];
  modules: ModuleRun[];
}

/** Runs the checks; findings stay raw (message ids, unresolved places). */
export function checkRaw(opts: Omit<RunOptions, 'lang'>): RawRun {
  const { registry, data, settings, asOf } = opts;
  const { configs, scopes } = resolveConfig(registry, settings, opts.onlyRules, opts.onlyModules);
  const schoolYears: SchoolYear[] = settings.settings.calendar?.school_years ?? defaultSchoolYears();
  const workingDays = workingCalendar(settings.settings);

  const raw: { cfg: RuleConfig | undefined; f: RawFinding }[] = [];
  const configById = new Map(configs.map((c) => [c.rule.id, c]));
  for (const f of opts.loaderFindings) {
    // Reading findings: the trace is the place and the value read there.
    const traced = opts.trace && !f.trace ? { ...f, trace: { values: [{ name: f.subject ?? 'file', value: f.data.value ?? f.data.key ?? f.data.field ?? '', loc: f.loc }], params: [] } } : f;
    raw.push({ cfg: configById.get(f.rule), f: traced });
  }

  const modules: ModuleRun[] = [];
  for (const [name, mod] of registry.modules) {
    const sc = scopes.get(name)!;
    const active = configs.filter((c) => c.module === mod && c.rule.check);
    if (!sc.enabled) {
      modules.push({ name, regulation: mod.regulation, enabled: false, records: 0, regions: sc.regions, from: sc.from });
      continue;
    }
    const scope = makeScope(data, sc.regions, sc.from);
    const view = mod.view(data, scope);
    modules.push({ name, regulation: mod.regulation, enabled: true, records: mod.count(view), regions: sc.regions, from: sc.from });
    for (const cfg of active) {
      const ctx: RuleContext<unknown, Record<string, unknown>> = {
        data,
        asOf,
        params: cfg.params,
        view,
        scope,
        calendar: { schoolYears, workingDays },
        report(input) {
          const f: RawFinding = {
              rule: cfg.rule.id,
              messageId: input.messageId,
              data: input.data ?? {},
              subject: input.subject,
              period: input.period ?? null,
              loc: data.locate(input.at, input.path ?? []),
              related: input.related?.map((r) => ({ loc: data.locate(r.at, r.path ?? []), note: r.note })),
              clause: input.clause,
              field: input.path?.length ? fieldPath(input.path) : undefined,
          };
          if (opts.trace) f.trace = rawTrace(data, cfg, input);
          raw.push({ cfg, f });
        },
      };
      cfg.rule.check!(ctx);
    }
  }

  return { raw, modules };
}

/** Every place a raw run's findings point at (for resolving them in bulk). */
export function placesOf(run: RawRun): Loc[] {
  const out: Loc[] = [];
  for (const { f } of run.raw) {
    out.push(f.loc);
    for (const r of f.related ?? []) out.push(r.loc);
    for (const v of f.trace?.values ?? []) out.push(v.loc);
  }
  return out;
}

/** The raw trace of a reported finding: its value, the related values, named extras, the parameters. */
function rawTrace(data: Dataset, cfg: RuleConfig, input: ReportInput): RawTrace {
  const values: RawTrace['values'] = [];
  const seen = new Set<string>();
  const add = (at: object, path: readonly PathSeg[], name?: string) => {
    const n = name ?? valueName(at, path);
    if (seen.has(n)) return;
    seen.add(n);
    values.push({ name: n, value: valueAt(at, path), loc: data.locate(at, path) });
  };
  add(input.at, input.path ?? []);
  for (const r of input.related ?? []) add(r.at, r.path ?? []);
  for (const v of input.trace?.values ?? []) add(v.at, v.path ?? [], v.name);
  const specs = (cfg.rule.params ?? {}) as Record<string, { clause?: string }>;
  const params = Object.entries(cfg.params).map(([name, value]) => ({ name, value, clause: specs[name]?.clause, source: cfg.paramSources?.[name] ?? 'default' }));
  return { values, params, computation: input.trace?.computation, region: regionOfRecord(data, input.at) };
}

/** The region of the record a finding is about: its own, or its organisation's. */
function regionOfRecord(data: Dataset, rec: object): string | undefined {
  const r = rec as Record<string, unknown>;
  if (typeof r.region === 'string') return r.region;
  for (const k of ['organizer', 'org', 'issuer', 'leading']) if (typeof r[k] === 'string') return data.regionOf(r[k] as string);
  if (typeof r.for === 'string') {
    const ev = data.lookup(r.for as string) as Record<string, unknown> | undefined;
    if (ev && typeof ev.organizer === 'string') return data.regionOf(ev.organizer);
  }
  return undefined;
}

/** Localized, positioned, sorted findings and the summary. */
export function finalize(run: RawRun, registry: Registry, data: Dataset, lang: Lang, perRuleFile?: number): RunResult {
  const findings: Finding[] = [];
  for (const { cfg, f } of run.raw) {
    const rule = cfg?.rule ?? registry.rules.get(f.rule);
    if (!rule) throw new Error(`finding of an unknown rule ${f.rule}`);
    if (!cfg && !rule.alwaysOn) continue; // turned off
    findings.push(localize(f, rule, registry.moduleOf(rule.id), severityOf(rule, f.messageId, cfg), data, lang));
  }
  findings.sort(compareFindings);

  const summary: Summary = { error: 0, warning: 0, info: 0, files: data.files.length, records: data.recordCount };
  for (const f of findings) summary[f.severity]++;
  return { findings: capFindings(findings, perRuleFile ?? DEFAULT_FINDINGS_PER_RULE_FILE, lang), summary, modules: run.modules };
}

/**
 * A finding's severity: the settings' severity for the rule when they set one; else the
 * message's own (a rule may grade its messages, e.g. missing data as a warning beside an
 * error); else the rule's.
 */
export function severityOf(rule: AnyRule, messageId: string, cfg?: RuleConfig): Severity {
  if (cfg?.severitySet) return cfg.severity;
  return rule.messageSeverity?.[messageId] ?? cfg?.severity ?? rule.severity;
}

export function runChecks(opts: RunOptions): RunResult {
  return finalize(checkRaw(opts), opts.registry, opts.data, opts.lang, opts.perRuleFile ?? opts.settings.settings.limits?.findings_per_file);
}

export function localize(f: RawFinding, rule: AnyRule, mod: AnyModule, severity: Severity, data: Dataset, lang: Lang): Finding {
  const template = rule.messages[f.messageId];
  if (!template) throw new Error(`${rule.id}: no message "${f.messageId}"`);
  const values = { ...f.data };
  if (typeof values.suggestion === 'string') values.hint = fmt(pickLocalized(HINT, lang), { suggestion: values.suggestion }, lang);
  else values.hint = '';
  const message = fmt(pickLocalized(template, lang), values, lang);
  const where = position(data, f.loc);
  const finding: Finding = {
    rule: rule.id,
    severity,
    subject: f.subject,
    period: f.period ?? null,
    regulation: mod.name === 'data' ? null : mod.regulation,
    clause: mod.name === 'data' ? null : f.clause ?? rule.clauses.join(', '),
    message,
    ...where,
  };
  if (f.field) finding.field = f.field;
  if (f.related?.length) {
    finding.related = f.related.map((r) => ({ ...position(data, r.loc), message: r.note ?? '' }));
  }
  if (f.trace) {
    finding.trace = {
      values: f.trace.values.map((v) => ({ name: v.name, value: showValue(v.value, lang), ...position(data, v.loc) })),
      params: f.trace.params.map((p) => ({ name: p.name, value: showValue(p.value, lang), clause: p.clause ?? null, source: p.source, sourceText: pickLocalized(PARAM_SOURCE[p.source], lang) })),
      computation: f.trace.computation ? pickLocalized(f.trace.computation, lang) : null,
      region: f.trace.region ?? null,
    };
  }
  return finding;
}

/** `['requested', 2, 'covers']` → `requested[2].covers` (how exceptions name a field). */
export function fieldPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function position(data: Dataset, loc: Loc): { file: string; line: number; column: number } {
  const file = data.files[loc.file]?.display ?? '';
  return { file, ...data.lineCol(loc) };
}
