/**
 * Finds the rule modules under rules/: each folder is a module (its `module.ts`), each other
 * file a rule whose id is `<folder>/<file name>`. Nobody keeps a central list by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyModule, AnyRule } from './rule.js';

export interface Registry {
  modules: Map<string, AnyModule>;
  rules: Map<string, AnyRule>;
  /** Rule ids per module, in file-name order. */
  rulesOf: Map<string, string[]>;
  moduleOf(ruleId: string): AnyModule;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const EXT = path.extname(fileURLToPath(import.meta.url)); // .js when built, .ts under vitest
export const RULES_DIR = path.resolve(here, '../../rules');

let cached: Promise<Registry> | null = null;

export function loadRegistry(): Promise<Registry> {
  return (cached ??= build());
}

function isRuleFile(name: string): boolean {
  return name.endsWith(EXT) && !name.endsWith(`.d${EXT}`) && !name.includes('.test.') && !name.startsWith('_') && name !== `module${EXT}`;
}

async function build(): Promise<Registry> {
  const modules = new Map<string, AnyModule>();
  const rules = new Map<string, AnyRule>();
  const rulesOf = new Map<string, string[]>();
  const dirs = fs
    .readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(RULES_DIR, d.name, `module${EXT}`)))
    .map((d) => d.name)
    .sort(moduleOrder);
  await Promise.all(
    dirs.map(async (dir) => {
      const mod = (await import(pathToFileURL(path.join(RULES_DIR, dir, `module${EXT}`)).href)).default as AnyModule;
      if (mod.name !== dir) throw new Error(`rules/${dir}/module: name is "${mod.name}", expected "${dir}"`);
      modules.set(dir, mod);
      const files = fs.readdirSync(path.join(RULES_DIR, dir)).filter(isRuleFile).sort();
      const loaded = await Promise.all(
        files.map(async (f) => (await import(pathToFileURL(path.join(RULES_DIR, dir, f)).href)).default as AnyRule),
      );
      const ids: string[] = [];
      loaded.forEach((rule, i) => {
        const expected = `${dir}/${files[i].slice(0, -EXT.length)}`;
        if (!rule || rule.id !== expected) throw new Error(`rules/${dir}/${files[i]}: rule id is "${rule?.id}", expected "${expected}"`);
        rules.set(rule.id, rule);
        ids.push(rule.id);
      });
      rulesOf.set(dir, ids);
    }),
  );
  // Keep a stable order: modules as sorted above, rules by file name.
  const orderedRules = new Map<string, AnyRule>();
  const orderedModules = new Map<string, AnyModule>();
  for (const dir of dirs) {
    orderedModules.set(dir, modules.get(dir)!);
    for (const id of rulesOf.get(dir) ?? []) orderedRules.set(id, rules.get(id)!);
  }
  return {
    modules: orderedModules,
    rules: orderedRules,
    rulesOf,
    moduleOf(ruleId: string) {
      return orderedModules.get(ruleId.slice(0, ruleId.indexOf('/')))!;
    },
  };
}

const ORDER = ['data', 'exceptions', 'open-door-day', 'landing', 'leading-school', 'support-center'];
function moduleOrder(a: string, b: string): number {
  const ia = ORDER.indexOf(a), ib = ORDER.indexOf(b);
  if (ia !== ib) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}
