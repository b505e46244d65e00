/** `ereje import FILE --into DIR`: records from a workbook or CSV into the data's YAML. */
import type { Command } from 'commander';
import type { Io } from '../main.js';
import { h, hf } from '../help-text.js';
import { resolveLang } from '../options.js';
import { EXIT } from '../../core/errors.js';
import type { CollectionName } from '../../schema/collections.js';

interface ImportFlags {
  into?: string;
  collection?: string;
  map?: string;
  dryRun?: boolean;
  force?: boolean;
  lang?: string;
  config?: string;
}

export function registerImport(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('import')
    .description(h('import'))
    .argument(hf('<file>'), h('import <file>'))
    .requiredOption(hf('--into <dir>'), h('import --into'))
    .option(hf('--collection <name>'), h('import --collection'))
    .option(hf('--map <file>'), h('import --map'))
    .option('--dry-run', h('import --dry-run'))
    .option('--force', h('import --force'))
    .option(hf('--lang <lang>'), h('common --lang messages'))
    .option(hf('--config <file>'), h('common --config'))
    .addHelpText('after', h('import after'))
    .action(async (file: string, flags: ImportFlags) => {
      const [{ runImport }, { importMessage }, { IMPORTABLE }] = await Promise.all([
        import('../../import/import.js'),
        import('../../import/messages.js'),
        import('../../import/columns.js'),
      ]);
      const { choice } = await import('../options.js');
      const collection = choice('--collection', flags.collection, IMPORTABLE) as CollectionName | undefined;
      // The language is settled before reading (messages of a failure are said in it too).
      const { loadSettings } = await import('../../engine/settings.js');
      let lang = resolveLang(flags.lang, null, io.env);
      try {
        lang = resolveLang(flags.lang, loadSettings([flags.into ?? '.'], flags.config, io.cwd), io.env);
      } catch {
        /* runImport reports unreadable settings */
      }
      const r = await runImport({ file, into: flags.into!, collection, map: flags.map, dryRun: flags.dryRun, force: flags.force, config: flags.config, cwd: io.cwd });
      const say = (code: string, data: Record<string, unknown>) => importMessage(code, data, lang);
      const lines: string[] = [];

      for (const s of r.sheets) {
        if (!s.collection) continue;
        const data = { file: r.shown, sheet: s.name ?? '', collection: s.collection, header: s.headerRow, rows: s.rows };
        lines.push(r.workbook.csv ? say('read-csv', { ...data, encoding: r.workbook.csv.encoding, separator: r.workbook.csv.separator === '\t' ? 'TAB' : r.workbook.csv.separator }) : say('read-sheet', data));
      }
      for (const f of r.findings) lines.push(`${f.place}  ${f.severity}  ${say(f.code, f.data)}`);

      if (flags.dryRun) {
        for (const it of r.items) {
          const name = typeof it.row.record.name === 'string' ? `  ${it.row.record.name}` : '';
          if (it.kind === 'add') lines.push(`+ ${it.collection} ${it.id}${name}  → ${it.file}`);
          else if (it.kind === 'change') lines.push(`~ ${it.collection} ${it.id}${name}  ${it.changes.map((c) => `${c.field}: ${shown(c.from)} → ${shown(c.to)}`).join('; ')}`);
          else if (it.kind === 'keep') lines.push(`= ${it.collection} ${it.id}${name}`);
          else if (it.kind === 'conflict') lines.push(`! ${it.collection} ${it.id}${name}  ${it.changes.map((c) => `${c.field}: ${shown(c.from)} ≠ ${shown(c.to)}`).join('; ')}`);
        }
      }
      // Per target file and collection: how many added, changed, left alone, held back.
      const groups = new Map<string, { collection: string; file: string; added: number; changed: number; kept: number; conflicts: number }>();
      for (const it of r.items) {
        const key = `${it.collection}\u0000${it.file}`;
        const g = groups.get(key) ?? { collection: it.collection, file: it.file, added: 0, changed: 0, kept: 0, conflicts: 0 };
        if (it.kind === 'add') g.added++;
        else if (it.kind === 'change') g.changed++;
        else if (it.kind === 'keep') g.kept++;
        else g.conflicts++;
        groups.set(key, g);
      }
      for (const g of groups.values()) lines.push(say('summary', g));
      // Rows held back: distinct rows among the cell findings (a row with two bad cells counts once).
      const SHEET_LEVEL = new Set(['conflict', 'not-imported', 'missing-column', 'no-header']);
      const notImported = new Set(r.findings.filter((f) => f.severity === 'error' && !SHEET_LEVEL.has(f.code)).map((f) => f.place.replace(/[A-Z]+(\d+)$/, '$1'))).size;
      if (notImported) lines.push(say('rows-not-imported', { count: notImported }));
      if (flags.dryRun) lines.push(say('dry-run', {}));
      else if (!r.written.length) lines.push(say('nothing-to-write', {}));
      else for (const o of r.outputs) lines.push(say('written', { file: o.shown, added: o.added, changed: o.changed }));
      io.out(lines.join('\n') + '\n');
      setCode(r.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok);
    });
}

function shown(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).join(' / ');
  return String(v);
}
