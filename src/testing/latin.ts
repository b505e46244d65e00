/**
 * Issue 12's scan: Latin-script words inside Kazakh or Russian output. A word is fine when the
 * reader is meant to type or find it as it is — an id or a value of the data, a key of the
 * schema, a rule, module, parameter or regulation id, a flag, a command, a file name or path,
 * a URL, a format or a brand — and nothing else. The allow-list is built from the data, the
 * schemas and the rule registry (see `buildAllow`), not from the words the output happens to hold.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Names that are the same in every language: formats, standards, products. */
export const BRANDS = [
  'PDF', 'PDF/A', 'PDF/A-2b', 'DOCX', 'YAML', 'JSON', 'CSV', 'XLSX', 'HTML', 'ICS', 'iCalendar', 'SARIF', 'JUnit', 'CI', 'GitHub', 'GitLab',
  'Actions', 'VS', 'Code', 'UTF-8', 'UTF-16', 'UTF-16LE', 'UTF-16BE', 'BOM', 'ISO', 'CLDR', 'ereje', 'npm', 'npx', 'Node', 'Node.js', 'Excel', 'Word',
  'LibreOffice', 'ASCII', 'Unicode', 'IT', 'Notepad', 'Notepad++', 'iconv', 'Tab', 'Enter', 'Ctrl', 'Esc', 'Windows-1251', 'CP1251', 'CRLF', 'LF', 'CR', 'NIS', 'ID', 'TAB', 'JSON Schema', 'A4', 'Tinos', 'Times', 'New', 'Roman',
  'XMP', 'sRGB', // PDF/A's metadata standard and colour space (render --pdfa)
];

/** Extensions of file names the output may name. */
const EXT = /\.(ya?ml|yml|json|pdf|docx|xlsx|csv|ics|html?|txt|ttf|otf|md|xml|sarif|lock|tgz)(:\d+)*(-[а-яәғқңөұүһі]+)?$/i;

export interface Allow {
  words: Set<string>;
}

function addWords(s: string, into: Set<string>): void {
  into.add(s.trim());
  for (const w of s.split(/[\s,;()[\]{}«»"'`=|]+/)) {
    const word = w.replace(/[.:]+$/, '');
    if (word) into.add(word);
  }
}

/**
 * The words of data the user wrote that may come back in a message: ids and values with a digit,
 * a hyphen, an underscore or a dot (tur-bdo, 2026-Q2, ord-12), keys (`colour:`), and names
 * (capitalised: «Smith, John»). A plain lower-case English word of a comment or a free text is not
 * taken: the interface must not lean on the data to pass English prose.
 */
function addDataWords(line: string, into: Set<string>): void {
  for (const m of line.matchAll(/([A-Za-z_][A-Za-z0-9_-]*)\s*:(\s|$)/g)) into.add(m[1]);
  // A value as the user typed it (`type: centre`) comes back in the finding about it.
  for (const m of line.matchAll(/[A-Za-z_][A-Za-z0-9_-]*\s*:\s+["']?([A-Za-z][A-Za-z0-9_.-]*)["']?\s*(,|}|$)/g)) into.add(m[1]);
  for (const w of line.split(/[\s,;()[\]{}«»"'`=|]+/)) {
    const word = w.replace(/[.:]+$/, '');
    if (!word || !/[A-Za-z]/.test(word)) continue;
    if (/[0-9_.-]/.test(word) || /^[A-Z]/.test(word)) into.add(word);
  }
}

/** Every word of the YAML files under `dirs` (data the user wrote: ids, names, values, keys). */
export { addWords };

export function wordsOfData(dirs: readonly string[], into = new Set<string>()): Set<string> {
  const visit = (p: string): void => {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(p);
    } catch {
      return;
    }
    if (st.isSymbolicLink()) return;
    if (st.isDirectory()) return fs.readdirSync(p).forEach((f) => visit(path.join(p, f)));
    if (!/\.(ya?ml|csv)$/i.test(p) || st.size > 2_000_000) return;
    // Lines, not a YAML parse: fixtures/bad holds alias bombs and broken files on purpose.
    const text = fs.readFileSync(p, 'utf8');
    for (const line of text.split('\n')) addDataWords(line.replace(/(^|\s)#.*$/, ''), into);
  };
  dirs.forEach(visit);
  return into;
}

/** Every word of the regulations' original texts (docs/regulations/*.txt): shown as published, slips included. */
export function wordsOfOriginals(dir: string, into = new Set<string>()): Set<string> {
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt')) for (const w of fs.readFileSync(path.join(dir, f), 'utf8').split(/[^A-Za-z0-9\u0400-\u04FF_-]+/)) if (w) into.add(w);
  // A word glued to Cyrillic in the original («бекітken») comes back as its Latin part.
  for (const w of [...into]) for (const m of w.matchAll(/[A-Za-z][A-Za-z0-9]*/g)) into.add(m[0]);
  return into;
}

/** Property names and enum values of a JSON Schema (keys the user writes, values she chooses). */
export function wordsOfSchema(schema: unknown, into = new Set<string>()): Set<string> {
  const walk = (v: unknown, key?: string): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      if (key === 'enum' || key === 'required') v.forEach((x) => typeof x === 'string' && addWords(x, into));
      else v.forEach((x) => walk(x));
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions') into.add(k);
      if (k === 'const' && typeof x === 'string') into.add(x);
      walk(x, k);
    }
  };
  walk(schema);
  return into;
}

/** The Latin-script words of `text` that no allow-list entry covers, each with its line. */
export function latinOffenders(text: string, allow: Allow, also: readonly string[] = []): { word: string; line: string }[] {
  // What the user typed on the command line comes back as it is (an unknown id, a folder name).
  if (also.length) {
    const words = new Set(allow.words);
    for (const a of also) addWords(a, words);
    allow = { words };
  }
  const found: { word: string; line: string }[] = [];
  // eslint-disable-next-line no-control-regex
  // A value cut short («…kost-sch-rud-19","k…») ends in a piece of a word.
  // `…` marks code (a key, a message id, an encoding's name): the docs' own convention.
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '').replace(/`[^`\n]*`/g, ' ').replace(/[A-Za-z0-9_-]+…/g, '…');
  for (const rawLine of plain.split('\n')) {
    // A GitHub workflow command's own syntax (`::error file=…,title=…::`) is not text.
    const line = rawLine.trim().replace(/^::[a-z-]+(\s[^:]*)?::/, '');
    if (!/[A-Za-z]/.test(line)) continue;
    // A command to type (the next steps of `init`): code, not prose.
    if (/^(\$\s*)?(ereje|cd|git|npm|npx|iconv)\s/.test(line)) continue;
    for (const chunk0 of line.split(/\s+/)) {
      const chunk = chunk0.replace(/^[«»"'`(\[{<,;:!?…—–|│*#>]+|[«»"'`)\]}>,;:.!?…—–|│*]+$/g, '');
      if (!/[A-Za-z]/.test(chunk)) continue;
      if (allowedChunk(chunk, allow)) continue;
      for (const m of chunk.matchAll(/[A-Za-z0-9]+(?:[-_.+'][A-Za-z0-9]+)*/g)) {
        const run = m[0];
        if (!/[A-Za-z]/.test(run) || allowedRun(run, allow)) continue;
        if (/^(0x)?[0-9A-F]{2}$/.test(run)) continue; // a byte in hex (C0 EB E8 FF) is not a word
        found.push({ word: run, line: line.length > 200 ? line.slice(0, 200) + '…' : line });
      }
    }
  }
  return found;
}

function allowedChunk(chunk: string, allow: Allow): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(chunk) || /^(www\.|mailto:)/.test(chunk)) return true; // URL
  if (chunk.includes('/') || chunk.includes('\\')) return true; // a path or a rule id
  if (/^--?[A-Za-z]/.test(chunk)) return true; // a flag
  if (/^[A-Za-z_]+=/.test(chunk)) return true; // key=value (a CI annotation's fields)
  if (EXT.test(chunk)) return true; // a file name, maybe with :line:col
  if (allow.words.has(chunk)) return true;
  // A field path (outcome.council_discussed, activities[0].time): every segment a key.
  const segs = chunk.split(/[.[\]]+/).filter((x) => x && !/^\d+$/.test(x));
  if (segs.length > 1 && segs.every((x) => allow.words.has(x))) return true;
  return false;
}

function allowedRun(run: string, allow: Allow): boolean {
  if (allow.words.has(run) || allow.words.has(run.toLowerCase())) return true;
  if (/^[IVXLC]+$/.test(run)) return true;
  if (/^v\d+(\.\d+)*$/.test(run)) return true; // a version (catalog v2) // Roman numerals: «II тоқсан», «IV квартал»
  if (/^(\d{4}-)?(\d{4}-)?Q[1-4]$/.test(run)) return true; // a period as the data and flags write it (2026-Q2)
  if (/^\d+(\.\d+)?e[+-]?\d*$/i.test(run)) return true; // a number as the user wrote it (1e+23)
  if (/^[A-Z]\d*$/.test(run)) return true; // a spreadsheet column or a cell (A, B2)
  if (/^\d+[a-z]?$/.test(run)) return true; // a clause or house number (3.4a)
  // An id made from a known one (a new record's id: tur-bdo-yv3s47df, tur-bdo-s013).
  const segs = run.split('-');
  for (let i = segs.length - 1; i > 0; i--) if (allow.words.has(segs.slice(0, i).join('-')) && /\d/.test(segs.slice(i).join('-'))) return true;
  return false;
}
