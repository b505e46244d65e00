/**
 * The parse-only limit: read the files `ereje validate` reads and load each with js-yaml
 * (`load`, CORE_SCHEMA) in one thread — nothing else. What any YAML-reading tool has to pay.
 *
 *   node bench/parse-only.js DIR [--discard]
 *
 * Documents are kept (as validate keeps its records) unless --discard. Prints one JSON line:
 * { files, bytes, ms, maxRssKb }.
 */
import fs from 'node:fs';
import path from 'node:path';
import jsyaml from 'js-yaml';

const SETTINGS_FILE = 'ereje.yaml';
const YAML_EXT = /\.ya?ml$/i;

/** The same selection as the loader: *.yaml / *.yml, no hidden files or folders, no settings file. */
export function dataFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && YAML_EXT.test(e.name) && !(dir === root && e.name === SETTINGS_FILE)) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const root = path.resolve(process.argv[2] ?? '.');
  const keep = !process.argv.includes('--discard');
  const t0 = performance.now();
  const files = dataFiles(root);
  const docs = [];
  let bytes = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    bytes += Buffer.byteLength(text);
    const doc = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    if (keep) docs.push(doc);
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ files: files.length, bytes, docs: docs.length, ms: Math.round(ms), maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}
