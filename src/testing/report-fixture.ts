/** Shared by the formatters' tests: a real run over fixtures/cli/report, and a context for it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { pathToFileURL } from 'node:url';
import type { Registry } from '../engine/registry.js';
import { RULES_DIR } from '../engine/registry.js';
import { defineModule, ruleFor, type AnyModule, type AnyRule } from '../engine/rule.js';
import { loadSettings } from '../engine/settings.js';
import { validateRepo } from '../validate.js';
import type { FormatContext } from '../report/types.js';
import type { RunResult } from '../engine/run.js';
import type { Finding } from '../engine/findings.js';
import { ROOT } from './cases.js';

export const REPORT_FIXTURE = path.join(ROOT, 'fixtures/cli/report');
export const AS_OF = '2026-11-22';

/** A clause-citing module and rule, so formatters that describe regulations have one to describe. */
export const demoModule = defineModule<null>({
  name: 'demo',
  regulation: 'demo-2026-regulation',
  title: { kk: 'Үлгі ереже', ru: 'Образцовое положение', en: 'Demo regulation' },
  source: 'none',
  regions: ['turkistan'],
  from: '2023-01-01',
  clauses: {
    '3.4.1': {
      kk: 'Өтінім іс-шараға дейін кемінде 14 күнтізбелік күн бұрын беріледі.',
      ru: 'Заявка подаётся не позднее чем за 14 календарных дней до мероприятия.',
      en: 'A request is submitted at least 14 calendar days before the event.',
    },
  },
  view: () => null,
  count: () => 0,
});

export const demoRule: AnyRule = ruleFor<null>()<{ lead_days: number }>({
  id: 'demo/lead-time',
  clauses: ['3.4.1'],
  severity: 'warning',
  subject: 'request id',
  params: { lead_days: { schema: z.number().int().min(0), default: 14, description: 'days before the event', clause: '3.4.1' } },
  messages: { late: { kk: 'кеш', ru: 'поздно', en: 'late' } },
  docs: { summary: 'A request comes at least 14 days before its event. Exactly 14 passes.', examples: { pass: 'requests: []\n', fail: 'requests: []\n' } },
});

/**
 * The data/* rules and the demo rule only: other modules' rules (written in parallel, some
 * half-written at any moment) never change what these tests see.
 */
export async function dataRegistry(): Promise<Registry> {
  const dir = path.join(RULES_DIR, 'data');
  const ext = path.extname(new URL(import.meta.url).pathname);
  const mod = (await import(pathToFileURL(path.join(dir, `module${ext}`)).href)).default as AnyModule;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(ext) && !f.includes('.test.') && !f.startsWith('_') && f !== `module${ext}`).sort();
  const rules = new Map<string, AnyRule>();
  for (const f of files) {
    const r = (await import(pathToFileURL(path.join(dir, f)).href)).default as AnyRule;
    rules.set(r.id, r);
  }
  rules.set(demoRule.id, demoRule);
  const modules = new Map<string, AnyModule>([['data', mod], ['demo', demoModule]]);
  return {
    modules,
    rules,
    rulesOf: new Map([['data', [...rules.keys()].filter((k) => k.startsWith('data/'))], ['demo', [demoRule.id]]]),
    moduleOf: (id) => modules.get(id.slice(0, id.indexOf('/')))!,
  };
}

/** A real run over fixtures/cli/report with the data rules. */
export async function fixtureRun(): Promise<{ result: RunResult; ctx: FormatContext }> {
  const registry = await dataRegistry();
  const settings = loadSettings(['.'], undefined, REPORT_FIXTURE);
  const result = validateRepo({ paths: ['.'], settings, registry, asOf: AS_OF, lang: 'en', cwd: REPORT_FIXTURE });
  const ctx: FormatContext = {
    asOf: AS_OF,
    lang: 'en',
    color: false,
    version: '1.0.0',
    rules: [...registry.rules.values()],
    moduleOf: (id) => registry.moduleOf(id),
  };
  return { result: { findings: result.findings, summary: result.summary, modules: result.modules }, ctx };
}

/** Findings that stress escaping: newlines, `%`, `:` and `,` in paths, quotes and markup, every severity. */
export function trickyFindings(): Finding[] {
  const base = { subject: 'x-1', period: null, regulation: 'turkistan-2023-open-door-day', clause: '3.4.1' };
  return [
    { ...base, rule: 'data/schema', severity: 'error', message: 'line one\nline two: 100% <b>&amp;</b> "quoted" \'single\'', file: 'a dir/файл, 1:2.yaml', line: 3, column: 5 },
    { ...base, rule: 'data/mixed-script', severity: 'warning', message: 'Ахметоv — ]]> \u0007 bell', file: 'b.yaml', line: 1, column: 1 },
    { ...base, rule: 'data/unknown-reference', severity: 'info', message: 'an info finding', file: 'c.yaml', line: 7, column: 2, period: '2026-Q2' },
    { ...base, rule: 'data/syntax', severity: 'error', message: 'settings problem', file: '', line: 1, column: 1, subject: null, regulation: null, clause: null },
  ];
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ereje-${prefix}-`));
}
