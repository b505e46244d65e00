/**
 * Where the time goes: the validate pipeline's pieces run one by one, in one process, from
 * the built modules under dist/ (single-threaded: the loader's in-thread path).
 *
 *   node bench/stages.js DIR
 *
 * Prints one JSON line: { stages: { name: ms }, modules: { name: { total, view, checks, rules } }, … }.
 * Every figure is compared (by run.js) with `yaml` — plain js-yaml load, CORE_SCHEMA — measured
 * here on the same texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jsyaml from 'js-yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(path.join(ROOT, 'dist', p)).href);

const dir = path.resolve(process.argv[2] ?? '.');
const now = () => performance.now();
const stages = {};
const cpu = {};
const notes = [];
/** Wall and CPU time (all threads of this process, so GC helpers count) of one stage. */
const time = (name, fn) => {
  const c0 = process.cpuUsage();
  const t0 = now();
  const r = fn();
  stages[name] = (stages[name] ?? 0) + (now() - t0);
  const c = process.cpuUsage(c0);
  cpu[name] = (cpu[name] ?? 0) + (c.user + c.system) / 1000;
  return r;
};

const files = await dist('src/load/files.js');
const decode = await dist('src/load/decode.js');
const yaml = await dist('src/load/yaml.js');
const loader = await dist('src/load/loader.js');
const collections = await dist('src/schema/collections.js');
const settingsMod = await dist('src/engine/settings.js');
const registryMod = await dist('src/engine/registry.js');
const run = await dist('src/engine/run.js');
const report = await dist('src/report/index.js');
const fast = await dist('src/schema/fast-check.js').catch(() => null);

// ---- reading
const found = time('files', () => files.findDataFiles([dir]));
const texts = time('read', () => found.map((f) => {
  const d = decode.decodeUtf8(fs.readFileSync(f.abs));
  if (!d.ok) throw new Error(`${f.display}: not UTF-8`);
  return d.text;
}));

// ---- parsing: the baseline, the loader's bulk path, and the positioned path
// Each is warmed up on a few files first, so no figure carries the JIT's first steps.
const warm = texts.slice(0, Math.min(3, texts.length));
const plainLoad = (t) => jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA });
const parsers = [['yaml', plainLoad], ['loadYaml', yaml.loadYaml], ['parseYaml', yaml.parseYaml]].filter(([, fn]) => fn);
for (const [, fn] of parsers) for (const t of warm) fn(t);
for (const [name, fn] of parsers) time(name, () => { for (const t of texts) fn(t); });

// ---- schema: zod safeParse of every record, and the loader's way (a compiled fast check
// first, zod for what it rejects) when the build has one. Documents are parsed outside the clock.
let records = 0;
const zodCheck = (name, rec) => collections.RECORD_SCHEMAS[name].safeParse(rec).success;
const loaderCheck = fast?.fastCheck && ((name, rec) => {
  const check = fast.fastCheck(name);
  return (check && check(rec)) || zodCheck(name, rec);
});
const checkers = [['schema', zodCheck], ...(loaderCheck ? [['schemaLoader', loaderCheck]] : [])];
for (const t of warm) {
  const doc = plainLoad(t);
  for (const [name, list] of Object.entries(doc ?? {})) if (Array.isArray(list) && collections.RECORD_SCHEMAS[name]) for (const rec of list) for (const [, fn] of checkers) fn(name, rec);
}
for (const t of texts) {
  const doc = plainLoad(t);
  if (!doc || typeof doc !== 'object') continue;
  for (const [stage, fn] of checkers) {
    time(stage, () => {
      for (const [name, list] of Object.entries(doc)) {
        if (!collections.RECORD_SCHEMAS[name] || !Array.isArray(list)) continue;
        for (const rec of list) fn(name, rec);
      }
    });
  }
  for (const list of Object.values(doc)) if (Array.isArray(list)) records += list.length;
}

// ---- the loader as validate runs it (single thread)
const settings = settingsMod.loadSettings([dir]);
const limits = settings.settings.limits;
const loaded = time('loader', () => loader.loadRepo([dir], { limits: { maxFileBytes: limits?.max_file_bytes, maxFiles: limits?.max_files } }));
const { data } = loaded;

// ---- each module alone: its view, its rules, its findings localized (indexes it needs built afresh)
const registry = await registryMod.loadRegistry();
const asOf = settings.settings.as_of ?? '2026-11-22';
const modules = {};
const clearCaches = () => {
  if (data.memo instanceof Map) data.memo.clear();
  if (data.positioned instanceof Map) data.positioned.clear();
};

function subRegistry(name) {
  const t = { view: 0, rules: {} };
  const orig = registry.modules.get(name);
  const mod = { ...orig, view: (d, s) => { const t0 = now(); const v = orig.view(d, s); t.view += now() - t0; return v; } };
  const rules = new Map();
  for (const [id, rule] of registry.rules) {
    if (!id.startsWith(`${name}/`)) continue;
    rules.set(id, !rule.check ? rule : {
      ...rule,
      check: (ctx) => { const t0 = now(); rule.check(ctx); t.rules[id] = (t.rules[id] ?? 0) + (now() - t0); },
    });
  }
  const modulesMap = new Map([[name, mod]]);
  return {
    t,
    registry: { modules: modulesMap, rules, rulesOf: new Map([[name, registry.rulesOf?.get(name) ?? []]]), moduleOf: () => mod },
    settings: { ...settings, settings: { ...settings.settings, modules: Object.fromEntries(Object.entries(settings.settings.modules ?? {}).filter(([k]) => k === name)), rules: Object.fromEntries(Object.entries(settings.settings.rules ?? {}).filter(([k]) => k.startsWith(`${name}/`))) } },
  };
}

for (const name of registry.modules.keys()) {
  const sub = subRegistry(name);
  clearCaches();
  const t0 = now();
  const result = run.runChecks({
    registry: sub.registry,
    data,
    loaderFindings: name === 'data' ? loaded.findings : [],
    settings: sub.settings,
    asOf,
    lang: 'en',
  });
  const total = now() - t0;
  const checks = Object.values(sub.t.rules).reduce((a, b) => a + b, 0);
  modules[name] = {
    total,
    view: sub.t.view,
    checks,
    findings: result.findings.length,
    records: result.modules.find((m) => m.name === name)?.records ?? null,
    rules: sub.t.rules,
  };
}

// ---- the whole run as validate does it, then the JSON report
clearCaches();
const result = time('checks', () => run.runChecks({ registry, data, loaderFindings: loaded.findings, settings, asOf, lang: 'en' }));
const ctx = { asOf, lang: 'en', color: false, version: 'bench', rules: [...registry.rules.values()], moduleOf: (id) => registry.moduleOf(id) };
const json = time('report', () => report.FORMATTERS.json(result, ctx));

// ---- positions as validate pays them: files with findings parsed again with the listener
const withFindings = new Set();
const byDisplay = new Map(found.map((f, i) => [f.display, i]));
for (const f of result.findings) if (byDisplay.has(f.file)) withFindings.add(byDisplay.get(f.file));
time('positionsLazy', () => { for (const i of withFindings) yaml.parseYaml(texts[i]); });
if (!yaml.loadYaml) notes.push('loader has no loadYaml (eager positions)');

process.stdout.write(JSON.stringify({
  files: found.length,
  bytes: texts.reduce((a, t) => a + Buffer.byteLength(t), 0),
  records,
  findings: result.findings.length,
  filesWithFindings: withFindings.size,
  reportBytes: Buffer.byteLength(json),
  stages,
  cpu,
  modules,
  notes,
  maxRssKb: process.resourceUsage().maxRSS,
}) + '\n');
