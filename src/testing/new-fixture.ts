/** Shared by the tests of `ereje new`: a data repo copied to a temporary folder, and a registry for it. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './cases.js';
import { dataRegistry, tmpDir } from './report-fixture.js';
import { defineModule, ruleFor, type AnyModule, type AnyRule } from '../engine/rule.js';
import type { Registry } from '../engine/registry.js';
import type { Dataset } from '../model/dataset.js';
import { loadSettings } from '../engine/settings.js';
import type { NewOptions } from '../new/new.js';
import type { Kind } from '../new/fields.js';

export const NEW_FIXTURE = path.join(ROOT, 'fixtures/cli/new/events-crlf.yaml');
export const AS_OF = '2026-11-22';

/** A temporary data repo: the CRLF fixture as turkistan/events.yaml, plus an ereje.yaml. */
export function repoCopy(): { dir: string; file: string; original: Buffer } {
  const dir = tmpDir('new');
  fs.mkdirSync(path.join(dir, 'turkistan'));
  const file = path.join(dir, 'turkistan', 'events.yaml');
  fs.copyFileSync(NEW_FIXTURE, file);
  fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'language: en\n');
  fs.writeFileSync(path.join(dir, 'ereje.schema.json'), '{}\n');
  return { dir, file, original: fs.readFileSync(file) };
}

/** A rule that makes any staff member without a hiring date an error: something `new` must refuse. */
const testModule = defineModule<Dataset>({
  name: 'test',
  regulation: 'test-regulation',
  title: { kk: 'Сынақ', ru: 'Тест', en: 'Test' },
  source: 'none',
  regions: 'all',
  from: null,
  clauses: { '1': { kk: 'Қызметкердің жұмысқа қабылданған күні көрсетіледі.' } },
  view: (d) => d,
  count: (d) => d.staff.length,
});
const hiredRule: AnyRule = ruleFor<Dataset>()({
  id: 'test/hired',
  clauses: ['1'],
  severity: 'error',
  subject: 'staff id',
  messages: { missing: { kk: 'hired жоқ', ru: 'нет hired', en: 'no hired date' } },
  docs: { summary: 'Staff have a hiring date.', examples: { pass: '', fail: '' } },
  check(ctx) {
    for (const s of ctx.view.staff) if (!s.hired) ctx.report({ messageId: 'missing', subject: s.id, at: s });
  },
});

export async function testRegistry(): Promise<Registry> {
  const base = await dataRegistry();
  const modules = new Map<string, AnyModule>([...base.modules, ['test', testModule]]);
  const rules = new Map<string, AnyRule>([...base.rules, [hiredRule.id, hiredRule]]);
  return {
    modules,
    rules,
    rulesOf: new Map([...base.rulesOf, ['test', [hiredRule.id]]]),
    moduleOf: (id) => modules.get(id.slice(0, id.indexOf('/')))!,
  };
}

/**
 * runNew's options for a test: the copied repo, the test registry, as of AS_OF, in English,
 * without colour; what it prints is collected (`output()`), unless `extra` says otherwise.
 */
export async function newOptions(dir: string, kind: Kind, flags: Record<string, string> = {}, extra: Partial<NewOptions> = {}): Promise<NewOptions & { output: () => string }> {
  let out = '';
  return {
    kind,
    flags,
    force: false,
    interactive: false,
    paths: ['.'],
    cwd: dir,
    settings: loadSettings(['.'], undefined, dir),
    registry: await testRegistry(),
    asOf: AS_OF,
    lang: 'en',
    color: false,
    out: (s) => void (out += s),
    output: () => out,
    ...extra,
  };
}
