/**
 * The editor schema against an independent validator (ajv): it accepts the sample repo and
 * our own complete example, and rejects the typos people make (unknown key, bad enum value,
 * impossible date, bad id, missing field) — in both dialects it is published in.
 */
import { docText } from '../../engine/rule.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { dataJsonSchema, settingsJsonSchema, EDITOR_KEYWORDS } from '../../schema/json-schema.js';
import { DESCRIPTIONS, editorMessages } from '../../schema/editor-text.js';
import { loadRegistry } from '../../engine/registry.js';
import { ROOT } from '../../testing/cases.js';
import { runMain } from '../../testing/cli-io.js';
import { readDataFile } from '../../load/read-file.js';
import { isValidIsoDate } from '../../core/dates.js';
import { ENUMS } from '../../schema/collections.js';

function validators() {
  // Formats off: what JSON Schema says through `pattern` must stand on its own (editors differ on formats).
  const a20 = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
  const a07 = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
  for (const k of EDITOR_KEYWORDS) {
    a20.addKeyword(k);
    a07.addKeyword(k);
  }
  return [
    { name: '2020-12', validate: a20.compile(dataJsonSchema('2020-12')) },
    { name: 'draft-07', validate: a07.compile(dataJsonSchema('7')) },
  ];
}
const V = validators();

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name) && e.name !== 'ereje.yaml' && e.name !== 'expected.yaml') out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Does ereje's own loader find the file schema-valid? (The sample may hold deliberate schema errors.) */
function loaderSaysValid(file: string): boolean {
  const r = readDataFile(fs.readFileSync(file), 0, file);
  return !r.findings.some((f) => f.rule === 'data/schema' || f.rule === 'data/syntax');
}

const errorsOf = (v: (typeof V)[number], doc: unknown) => (v.validate(doc) ? [] : (v.validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('ereje schema', () => {
  it('prints the 2020-12 schema, or draft-07, with descriptions and enum values', async () => {
    const r = await runMain(['schema'], ROOT);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const odd = s.properties.open_door_days.items.properties;
    expect(odd.status.enum).toEqual(ENUMS.eventStatus);
    expect(odd.status.description).toBeTruthy();
    expect(s.properties.organizations.items.additionalProperties).toBe(false);
    const r7 = await runMain(['schema', '--draft', '7'], ROOT);
    expect(JSON.parse(r7.out).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect((await runMain(['schema', '--draft', '6'], ROOT)).code).toBe(2);
  });

  it('every property of every record has a description (editors show it on hover)', () => {
    const missing: string[] = [];
    const walk = (n: Record<string, unknown> | undefined, p: string) => {
      if (!n || typeof n !== 'object') return;
      const props = n.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [k, v] of Object.entries(props ?? {})) {
        // A nullable reference carries it on its non-null branch, which is what a hover shows.
        const described = v.description || (v.anyOf as Record<string, unknown>[] | undefined)?.some((b) => b.description);
        if (!described) missing.push(`${p}.${k}`);
        walk(v, `${p}.${k}`);
      }
      for (const key of ['items', 'anyOf', 'additionalProperties']) {
        const v = n[key];
        if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}.${key}[${i}]`));
        else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${p}.${key}`);
      }
    };
    walk(dataJsonSchema(), '');
    expect(missing).toEqual([]);
  });

  const accepted = [...yamlFiles(path.join(ROOT, 'fixtures/sample')), ...yamlFiles(path.join(ROOT, 'fixtures/cli/schema/good'))];
  for (const file of accepted) {
    it(`accepts ${path.relative(ROOT, file)} as ereje's loader does`, () => {
      const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
      const expected = loaderSaysValid(file);
      for (const v of V) {
        if (expected) expect(errorsOf(v, doc), v.name).toEqual([]);
        else expect(v.validate(doc), `${v.name}: ereje reports schema errors here, so should ajv`).toBe(false);
      }
    });
  }

  const good = YAML.parse(fs.readFileSync(path.join(ROOT, 'fixtures/cli/schema/good/full.yaml'), 'utf8'));
  const mutate = (fn: (d: Record<string, Record<string, unknown>[]>) => void) => {
    const d = structuredClone(good);
    fn(d);
    return d;
  };
  const typos: [string, unknown][] = [
    ['an unknown key (organiser)', mutate((d) => { d.open_door_days[0].organiser = 'tur-bdo'; })],
    ['an unknown collection (open_door_day)', { open_door_day: [] }],
    ['a bad enum value (status: done)', mutate((d) => { d.open_door_days[0].status = 'done'; })],
    ['a bad region', mutate((d) => { d.organizations[0].region = 'turkestan'; })],
    ['an impossible date (2026-02-30)', mutate((d) => { d.open_door_days[0].date = '2026-02-30'; })],
    ['a 29 February in a common year (2025-02-29)', mutate((d) => { d.requests[0].submitted = '2025-02-29'; })],
    ['29 February 1900 (not a leap year)', mutate((d) => { d.staff[0].hired = '1900-02-29'; })],
    ['a date written 12.02.2026', mutate((d) => { d.open_door_days[0].date = '12.02.2026'; })],
    ['31 April', mutate((d) => { (d.work_plans[0].period as Record<string, string>).to = '2026-04-31'; })],
    ['an upper-case id', mutate((d) => { d.staff[1].id = 'Tur-S002'; })],
    ['a missing required field (requester)', mutate((d) => { delete d.requests[0].requester; })],
    ['a bad time (25:00)', mutate((d) => { (d.open_door_days[0].activities as Record<string, string>[])[0].time = '25:00'; })],
    ['a text in a third language', mutate((d) => { d.organizations[0].name = { en: 'Centre' }; })],
  ];
  for (const [what, doc] of typos) {
    it(`rejects ${what}`, () => {
      for (const v of V) expect(v.validate(doc), v.name).toBe(false);
    });
  }

  it('the date pattern agrees with the loader on every day of 1896–2104, and on leap-year edges', () => {
    const re = new RegExp((dataJsonSchema().properties as Record<string, { items: { properties: { date: { pattern: string } } } }>).orders.items.properties.date.pattern);
    for (let y = 1896; y <= 2104; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 28; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (re.test(s) !== isValidIsoDate(s)) throw new Error(`pattern and loader disagree on ${s}`);
        }
      }
    }
    for (const s of ['2024-02-29', '2000-02-29', '1600-02-29', '0000-02-29']) expect(re.test(s), s).toBe(isValidIsoDate(s));
    for (const s of ['1900-02-29', '2100-02-29', '2026-13-01', '2026-00-10', '2026-01-00']) expect(re.test(s), s).toBe(false);
  });

  it('the settings schema accepts a settings file and rejects a typo in it', () => {
    const a = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = a.compile(settingsJsonSchema());
    expect(validate({ language: 'kk', modules: { landing: 'off', 'open-door-day': { extra_regions: ['shymkent'] } }, rules: { 'data/mixed-script': 'off' } })).toBe(true);
    expect(validate({ langauge: 'kk' })).toBe(false);
    expect(validate({ language: 'de' })).toBe(false);
  });

  it('--lang: every description in Kazakh and Russian (a new field needs its words in src/schema/editor-text.ts)', async () => {
    const descriptions = (n: unknown, out = new Set<string>()): Set<string> => {
      if (Array.isArray(n)) n.forEach((x) => descriptions(x, out));
      else if (n && typeof n === 'object') for (const [k, v] of Object.entries(n)) (k === 'description' && typeof v === 'string' ? out.add(v) : descriptions(v, out));
      return out;
    };
    const en = [...descriptions(dataJsonSchema('7')), ...descriptions(settingsJsonSchema('7'))];
    const missing = en.filter((d) => !DESCRIPTIONS[d]);
    expect(missing, 'descriptions without kk/ru words').toEqual([]);
    for (const lang of ['kk', 'ru'] as const) {
      const got = descriptions(dataJsonSchema('7', { lang }));
      for (const d of en.filter((x) => DESCRIPTIONS[x])) if (d !== DESCRIPTIONS[d][lang]) expect(got.has(d), `${lang}: still English: ${d}`).toBe(false);
    }
    // Through the command, and the Kazakh letters survive.
    const r = await runMain(['schema', '--draft', '7', '--lang', 'kk'], ROOT);
    const s = JSON.parse(r.out);
    expect(s.properties.staff.items.properties.position.description).toBe('Лауазымы');
    expect(r.out).toContain('Ұйымның түрі');
    expect((await runMain(['schema', '--lang', 'de'], ROOT)).code).toBe(2);
  });

  it('dates, ids and times carry the message validate gives (patternErrorMessage), in each language', () => {
    for (const lang of ['kk', 'ru', 'en'] as const) {
      const m = editorMessages(lang);
      const s = dataJsonSchema('7', { lang });
      const props = (s.properties as Record<string, { items: { properties: Record<string, Record<string, unknown>> } }>);
      expect(props.staff.items.properties.hired.patternErrorMessage).toBe(m.date);
      expect(props.staff.items.properties.id.patternErrorMessage).toBe(m.id);
      const activity = (props.open_door_days.items.properties.activities as { items: { properties: Record<string, Record<string, unknown>> } }).items.properties;
      expect(activity.time.patternErrorMessage).toBe(m.time);
    }
    expect(editorMessages('en').date).toBe('not a real calendar date (YYYY-MM-DD, e.g. 2026-02-28)');
    expect(editorMessages('kk').date).toMatch(/^нақты күн емес/);
    expect(editorMessages('ru').id).toMatch(/^недопустимый id/);
    // Every pattern of the data schema has its message: none shows a regular expression.
    const bare: string[] = [];
    const walk = (n: unknown, p: string) => {
      if (Array.isArray(n)) return n.forEach((x, i) => walk(x, `${p}[${i}]`));
      if (!n || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (typeof o.pattern === 'string' && !o.patternErrorMessage) bare.push(p);
      for (const [k, v] of Object.entries(o)) walk(v, `${p}.${k}`);
    };
    walk(dataJsonSchema('7'), '');
    expect(bare).toEqual([]);
  });

  it('the settings schema from the registry names every module, rule and parameter, and nothing else (ajv)', async () => {
    const registry = await loadRegistry();
    const a = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
    for (const k of EDITOR_KEYWORDS) a.addKeyword(k);
    const validate = a.compile(settingsJsonSchema('2020-12', { registry }));
    const ok = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
    // The README's example, and the sample repo's settings.
    expect(ok(YAML.parse(fs.readFileSync(path.join(ROOT, 'fixtures/sample/ereje.yaml'), 'utf8')))).toEqual([]);
    expect(ok({ modules: { 'open-door-day': { extra_regions: ['shymkent'] }, 'support-center': { params: { cycle_years: 3 } }, landing: 'off' }, rules: { 'open-door-day/registration': 'off', 'open-door-day/all-staff': 'error', 'open-door-day/quarterly-frequency': { params: { quarters: 'academic' } } } })).toEqual([]);
    for (const id of registry.rules.keys()) expect(validate({ rules: { [id]: 'warning' } }), id).toBe(true);
    for (const [id, rule] of registry.rules) {
      for (const [name, spec] of Object.entries((rule.params ?? {}) as Record<string, { default: unknown }>)) {
        expect(ok({ rules: { [id]: { params: { [name]: spec.default } } } }), `${id} ${name}`).toEqual([]);
      }
    }
    // Typos: as ereje validate rejects them.
    expect(validate({ modules: { landng: 'off' } })).toBe(false);
    expect(validate({ rules: { 'open-door-day/request-lead-tme': 'off' } })).toBe(false);
    expect(validate({ rules: { 'open-door-day/request-lead-time': { params: { lead_dayz: 10 } } } })).toBe(false);
    expect(validate({ rules: { 'open-door-day/request-lead-time': { params: { lead_days: 'ten' } } } })).toBe(false);
    expect(validate({ modules: { 'support-center': { params: { cycle_yeras: 3 } } } })).toBe(false);
    expect(validate({ rules: { 'data/schema': 'off' } })).toBe(false); // always on
    // On hover, in Kazakh or Russian: a translated rule's own summary in that language; a rule
    // whose docs are still English only shows the clause it checks, in the regulation's words.
    const hover = (id: string, lang: 'kk' | 'ru' | 'en') => ((settingsJsonSchema('7', { lang, registry }).properties as Record<string, { properties: Record<string, { description: string }> }>).rules.properties[id].description);
    const id = 'open-door-day/request-lead-time';
    const rule = registry.rules.get(id)!;
    const first = (lang: 'kk' | 'ru' | 'en') => docText(rule.docs.summary, lang).split(/(?<=\.)\s/)[0];
    expect(first('kk')).toMatch(/^Ашық есік күніне өтінім/);
    expect(first('ru')).toMatch(/^Заявка на день открытых дверей/);
    for (const lang of ['kk', 'ru', 'en'] as const) expect(hover(id, lang)).toContain(first(lang));
    const english = [...registry.rules.values()].find((r) => typeof r.docs.summary === 'string' && r.clauses.length > 0);
    if (english) {
      const clause = registry.moduleOf(english.id).clauses[english.clauses[0]];
      expect(hover(english.id, 'kk')).toContain(clause.kk.trim().replace(/\s+/g, ' ').slice(0, 40));
      expect(hover(english.id, 'ru')).toContain((clause.ru ?? clause.kk).trim().replace(/\s+/g, ' ').slice(0, 40));
    }
    // And through the command.
    const r = await runMain(['schema', '--settings'], ROOT);
    expect(Object.keys(JSON.parse(r.out).properties.rules.properties)).toEqual([...registry.rules.keys()]);
  });
});
