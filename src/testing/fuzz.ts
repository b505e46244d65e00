/**
 * Shared helpers of the fuzz suites (src/load/*.fuzz.test.ts, src/validate.fuzz.test.ts, …).
 *
 * The inputs are the project's own valid data files (fixtures/sample and the rule cases under
 * fixtures/rules), mutated the way files edited by many hands get broken: lines deleted,
 * duplicated or swapped, indentation shifted or tabbed, bytes inserted or overwritten, the file
 * cut short, values of the wrong type, huge numbers, very long strings, odd Unicode (combining
 * marks, right-to-left marks, zero-width spaces, line separators, Latin/Cyrillic look-alikes in
 * ids), keys that mean something to JavaScript (`__proto__`, `constructor`), YAML's anchors,
 * aliases, tags and deep nesting.
 *
 * Every mutation is plain data (fast-check generates and shrinks it), applied by `mutate`, so a
 * failing run prints the smallest list of mutations that still fails, and `EREJE_FUZZ_SEED` plus
 * the printed path replays it.
 *
 * Run counts: fixed seeds and small counts in `npm test`; `EREJE_FUZZ_RUNS=20000` (runs per
 * in-process property; properties that spawn processes run a 500th of it) and optionally
 * `EREJE_FUZZ_SEED=<n>` for a longer hunt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { ROOT } from './cases.js';
import type { Finding } from '../engine/findings.js';

// ---------------------------------------------------------------- run counts and seeds

/**
 * How many runs a property gets: its default in npm test; with EREJE_FUZZ_RUNS=N, N runs for an
 * in-process property, N / `cost` for one that spawns processes (the CLI: cost 500; a kill test:
 * 1000), never fewer than the default.
 */
export function fuzzRuns(defaultRuns: number, cost = 1): number {
  const env = Number(process.env.EREJE_FUZZ_RUNS);
  if (!Number.isFinite(env) || env <= 0) return defaultRuns;
  return Math.max(defaultRuns, Math.round(env / cost));
}

/** Is this a long run (EREJE_FUZZ_RUNS set)? Long runs get long test timeouts. */
export const LONG_RUN = Number(process.env.EREJE_FUZZ_RUNS) > 0;

/** The seed of a property: fixed (so npm test is repeatable), or EREJE_FUZZ_SEED plus an offset. */
export function fuzzSeed(offset: number): number {
  const env = Number(process.env.EREJE_FUZZ_SEED);
  return (Number.isFinite(env) && process.env.EREJE_FUZZ_SEED ? env : 20261122) + offset;
}

/** fast-check parameters for one property. */
export function fuzzParams(defaultRuns: number, seedOffset: number, cost = 1): fc.Parameters<unknown> {
  return { numRuns: fuzzRuns(defaultRuns, cost), seed: fuzzSeed(seedOffset) };
}

/** A vitest timeout for a property of this many default runs, each about `msPerRun` (generous: a busy machine). */
export function fuzzTimeout(defaultRuns: number, msPerRun: number, cost = 1): number {
  return Math.max(60_000, fuzzRuns(defaultRuns, cost) * msPerRun * 4);
}

// ---------------------------------------------------------------- the corpus

export interface CorpusFile {
  /** Relative to the repo root, for messages. */
  where: string;
  text: string;
}

/** A small data repo to mutate: its files (relative paths) and its settings file, if any. */
export interface RepoTemplate {
  where: string;
  files: { rel: string; text: string }[];
  settings: string | null;
}

function dataFilesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name) && e.name !== 'expected.yaml' && e.name !== 'ereje.yaml') out.push(p);
    }
  };
  walk(dir);
  return out;
}

let templates: RepoTemplate[] | null = null;

/**
 * The repos to mutate: the whole sample, each of its regions, and every rule case (each a
 * valid little repo with its own settings). Sorted, so a seed means the same input everywhere.
 */
export function repoTemplates(): RepoTemplate[] {
  if (templates) return templates;
  const out: RepoTemplate[] = [];
  const add = (dir: string) => {
    const files = dataFilesBelow(dir).map((f) => ({ rel: path.relative(dir, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
    if (!files.length) return;
    const s = path.join(dir, 'ereje.yaml');
    out.push({ where: path.relative(ROOT, dir), files, settings: fs.existsSync(s) ? fs.readFileSync(s, 'utf8') : null });
  };
  const sample = path.join(ROOT, 'fixtures/sample');
  add(sample);
  for (const region of fs.readdirSync(sample).sort()) if (fs.statSync(path.join(sample, region)).isDirectory()) add(path.join(sample, region));
  const rules = path.join(ROOT, 'fixtures/rules');
  const caseDirs: string[] = [];
  const walk = (d: string) => {
    if (fs.existsSync(path.join(d, 'expected.yaml'))) caseDirs.push(d);
    else for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walk(path.join(d, e.name));
  };
  walk(rules);
  for (const d of caseDirs.sort()) add(d);
  return (templates = out);
}

/** Every data file of the corpus, once. */
export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const t of repoTemplates().slice(1)) for (const f of t.files) out.push({ where: `${t.where}/${f.rel}`, text: f.text });
  return out;
}

// ---------------------------------------------------------------- mutations

/** Values of the wrong type, edge numbers, YAML syntax that means something. */
export const ODD_VALUES: readonly string[] = [
  '123', '-1', '0', '-0', '1.5', '1e309', '-1e309', '99999999999999999999999999999', '-99999999999999999999', '9007199254740993',
  '0x7FFFFFFF', '0o777', '.inf', '-.inf', '.nan', 'true', 'false', 'null', '~', '', '[]', '{}', '[a, b]', '{ a: 1 }',
  '[[[[[[[[]]]]]]]]', '"2026-02-30"', '2026-13-01', '2026-02-29', '0000-01-01', '9999-12-31', '2026-1-1', '20260101',
  "'", '"', '`x`', '@x', '%x', '|', '>-', '---', '...', '&a x', '*a', '*undefined_anchor', '!!str 1', '!!int x', '!!float x',
  '!!binary aGVsbG8=', '!!timestamp 2026-01-01', '!!js/function "function () {}"', '!!js/regexp /x/', '!custom x', '!!map {}', '!!seq []',
  '? x', '- x', '# comment', 'a: b', 'a: b: c', '{ __proto__: { polluted: 1 } }', '{ constructor: { prototype: 1 } }',
  '"\\u0000"', '"\\x00\\x01"', '"\\uD800"', '"\\uFEFF"', '"\\u202E"', '"\\t\\r\\n"',
  '[*a, *a, *a]', '&b [1, 2]', '{ id: x, id: y }',
];

export const ODD_KEYS: readonly string[] = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then',
  '0', '1', '-1', '4294967295', '<<', '""', "''", '? k', '[a]', '{a: 1}', '&k key', '*k', '!!str key', 'ключ', 'id ', ' id',
  'id\u200b', 'іd', 'ⅰd', 'length', 'null', '~', 'true', '1.5',
];

/** Characters that look the same or are invisible; each inserted alone or in runs. */
export const ODD_CHARS: readonly string[] = [
  '\u0301', '\u0300', '\u0308', '\u20dd', // combining marks
  '\u200f', '\u200e', '\u202e', '\u202b', '\u2067', '\u2069', '\u061c', // bidi marks and overrides
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', // zero-width
  '\u00a0', '\u3000', '\u2028', '\u2029', '\u0085', // spaces and line separators
  '\u0001', '\u007f', '\u001b', '\t', '\r', '\v', '\f',
  '\ud83d\ude00', '\ud800', '\udfff', '\ufffe', '\uffff', '\ufffd', // emoji, lone surrogates, non-characters
  'ё', 'Ә', 'ә', 'Ғ', 'ғ', 'Қ', 'қ', 'Ң', 'ң', 'Ө', 'ө', 'Ұ', 'ұ', 'Ү', 'ү', 'Һ', 'һ', 'І', 'і', // Kazakh letters
  '"', "'", ':', '#', '-', '&', '*', '!', '|', '>', '{', '}', '[', ']', ',', '%', '@', '`', '?', '\\',
];

/** Latin letters and their Cyrillic look-alikes (in ids, the mixed-script trap). */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', t: 'т', h: 'һ', b: 'в', s: 'ѕ', j: 'ј',
};

export type Mutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; with: number }
  | { kind: 'indent'; at: number; delta: number; tab: boolean }
  | { kind: 'insertBytes'; at: number; bytes: number[] }
  | { kind: 'overwriteBytes'; at: number; bytes: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'value'; at: number; value: string }
  | { kind: 'key'; at: number; key: string }
  | { kind: 'unicode'; at: number; chars: string }
  | { kind: 'lookalike'; at: number; letter: number }
  | { kind: 'longString'; at: number; length: number; char: string }
  | { kind: 'nest'; at: number; depth: number; flow: boolean }
  | { kind: 'aliasRecord'; at: number }
  | { kind: 'lineEnds'; style: 'crlf' | 'cr' | 'mixed' | 'bom' | 'nul-end' }
  | { kind: 'date'; at: number; value: string }
  | { kind: 'idSwap'; at: number; with: number }
  | { kind: 'repeatItem'; at: number; times: number };

/** Real but extreme dates (the schema takes them; the rules must too). */
export const EDGE_DATES: readonly string[] = ['0001-01-01', '1900-02-28', '1970-01-01', '2000-02-29', '2024-02-29', '2025-12-31', '2026-01-01', '2026-11-22', '2100-02-28', '9999-12-31'];

const nat = (max = 1_000_000) => fc.nat({ max });

/** One mutation. `maxLong` bounds the long strings and deep nests (long runs raise it). */
export function mutationArb(maxLong = 20_000): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), at: nat() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), at: nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), at: nat(), with: nat() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('indent' as const), at: nat(), delta: fc.integer({ min: -6, max: 6 }), tab: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('insertBytes' as const), at: nat(), bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('overwriteBytes' as const), at: nat(), bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: nat() }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('value' as const), at: nat(), value: fc.oneof(fc.constantFrom(...ODD_VALUES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('key' as const), at: nat(), key: fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ minLength: 1, maxLength: 8 })) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('unicode' as const), at: nat(), chars: fc.array(fc.constantFrom(...ODD_CHARS), { minLength: 1, maxLength: 4 }).map((a) => a.join('')) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('lookalike' as const), at: nat(), letter: nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('longString' as const), at: nat(), length: fc.integer({ min: 1_000, max: maxLong }), char: fc.constantFrom('x', 'ж', ' ', '\u0301', '\u200b', 'a ', '- ', '\\"') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), at: nat(), depth: fc.integer({ min: 5, max: Math.min(2_000, Math.max(100, maxLong / 100)) }), flow: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('aliasRecord' as const), at: nat() }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('date' as const), at: nat(), value: fc.constantFrom(...EDGE_DATES) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('idSwap' as const), at: nat(), with: nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeatItem' as const), at: nat(), times: fc.integer({ min: 2, max: Math.max(50, Math.min(5_000, maxLong / 40)) }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEnds' as const), style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const, 'bom' as const, 'nul-end' as const) }) },
  );
}

/** One to four mutations, applied in order. */
export function mutationsArb(maxLong?: number): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArb(maxLong), { minLength: 1, maxLength: 4 });
}

const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s#:][^:#]*?):(?:[ \t]+(.*))?$/;

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length ? list[at % list.length] : undefined;
}

/** Line numbers (0-based) of `key: value` lines, optionally only those whose value is set. */
function keyValueLines(lines: string[], withValue: boolean): number[] {
  const out: number[] = [];
  lines.forEach((l, i) => {
    const m = KEY_VALUE.exec(l);
    if (m && (!withValue || (m[3] !== undefined && m[3] !== ''))) out.push(i);
  });
  return out;
}

function splitLines(text: string): string[] {
  return text.split('\n');
}

/** Applies one mutation to a file's bytes. */
export function applyMutation(bytes: Buffer, m: Mutation): Buffer {
  switch (m.kind) {
    case 'insertBytes': {
      const at = bytes.length ? m.at % (bytes.length + 1) : 0;
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
    case 'overwriteBytes': {
      const out = Buffer.from(bytes);
      if (!out.length) return Buffer.from(m.bytes);
      const at = m.at % out.length;
      for (let k = 0; k < m.bytes.length && at + k < out.length; k++) out[at + k] = m.bytes[k];
      return out;
    }
    case 'truncate':
      return bytes.subarray(0, bytes.length ? m.at % bytes.length : 0);
    case 'lineEnds': {
      const text = bytes.toString('utf8');
      switch (m.style) {
        case 'crlf': return Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8');
        case 'cr': return Buffer.from(text.replace(/\r?\n/g, '\r'), 'utf8');
        case 'mixed': return Buffer.from(text.split('\n').map((l, i) => (i % 2 ? l + '\r' : l)).join('\n'), 'utf8');
        case 'bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
        case 'nul-end': return Buffer.concat([bytes, Buffer.from([0])]);
      }
      return bytes;
    }
    default:
      return Buffer.from(applyTextMutation(bytes.toString('utf8'), m), 'utf8');
  }
}

function applyTextMutation(text: string, m: Mutation): string {
  const lines = splitLines(text);
  const n = lines.length;
  switch (m.kind) {
    case 'deleteLine':
      lines.splice(m.at % n, 1);
      return lines.join('\n');
    case 'duplicateLine': {
      const i = m.at % n;
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'swapLines': {
      const i = m.at % n, j = m.with % n;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'indent': {
      const i = m.at % n;
      const l = lines[i];
      const body = l.replace(/^[ \t]*/, '');
      const indent = l.length - body.length;
      const next = Math.max(0, indent + m.delta);
      lines[i] = (m.tab ? '\t'.repeat(Math.max(1, Math.round(next / 2))) : ' '.repeat(next)) + body;
      return lines.join('\n');
    }
    case 'value': {
      const i = pick(keyValueLines(lines, false), m.at);
      if (i === undefined) return text + m.value;
      const k = KEY_VALUE.exec(lines[i])!;
      lines[i] = `${k[1]}${k[2]}: ${m.value}`;
      return lines.join('\n');
    }
    case 'key': {
      const i = pick(keyValueLines(lines, false), m.at);
      if (i === undefined) return `${m.key}: x\n${text}`;
      const k = KEY_VALUE.exec(lines[i])!;
      lines[i] = `${k[1]}${m.key}:${k[3] !== undefined ? ` ${k[3]}` : ''}`;
      return lines.join('\n');
    }
    case 'unicode': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.chars + text.slice(at);
    }
    case 'lookalike': {
      // A Latin letter of an id-like value (ids, references) becomes its Cyrillic twin.
      const spots: number[] = [];
      const re = /(?<=[:\-[,]\s*)([a-z0-9][a-z0-9._-]*-[a-z0-9._-]+)/g;
      for (let mm = re.exec(text); mm; mm = re.exec(text)) {
        for (let k = 0; k < mm[1].length; k++) if (LOOKALIKES[mm[1][k]]) spots.push(mm.index + k);
      }
      const at = pick(spots, m.letter + m.at);
      if (at === undefined) return text;
      return text.slice(0, at) + LOOKALIKES[text[at]] + text.slice(at + 1);
    }
    case 'longString': {
      const long = m.char.repeat(Math.ceil(m.length / m.char.length)).slice(0, m.length);
      const i = pick(keyValueLines(lines, true), m.at);
      if (i === undefined) return text + long;
      const k = KEY_VALUE.exec(lines[i])!;
      lines[i] = `${k[1]}${k[2]}: "${long.replace(/\\(?!")/g, '\\\\')}"`;
      return lines.join('\n');
    }
    case 'nest': {
      const deep = m.flow ? '['.repeat(m.depth) + ']'.repeat(m.depth) : Array.from({ length: m.depth }, (_, d) => `${'  '.repeat(d)}a:`).join('\n');
      const i = pick(keyValueLines(lines, true), m.at);
      if (i === undefined) return `${text}\nx: ${deep}\n`;
      const k = KEY_VALUE.exec(lines[i])!;
      if (m.flow) lines[i] = `${k[1]}${k[2]}: ${deep}`;
      else {
        const pad = ' '.repeat(k[1].length + 2);
        lines[i] = `${k[1]}${k[2]}:\n${deep.split('\n').map((d) => pad + d).join('\n')} 1`;
      }
      return lines.join('\n');
    }
    case 'date': {
      const spots = [...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((x) => x.index);
      const at = pick(spots, m.at);
      return at === undefined ? text : text.slice(0, at) + m.value + text.slice(at + 10);
    }
    case 'idSwap': {
      // One id-like value becomes another one of the file: references now point at the wrong kind of record.
      const spots = [...text.matchAll(/(?<=[:\-[,]\s*)[a-z0-9][a-z0-9._]*-[a-z0-9._-]+/g)];
      const a = pick(spots, m.at), b = pick(spots, m.with);
      if (!a || !b) return text;
      return text.slice(0, a.index) + b[0] + text.slice(a.index + a[0].length);
    }
    case 'repeatItem': {
      // A list item (block or one-line) listed many times over: duplicate ids at scale.
      const items: number[] = [];
      lines.forEach((l, i) => {
        if (/^\s*-\s+\S/.test(l)) items.push(i);
      });
      const i = pick(items, m.at);
      if (i === undefined) return text;
      const dash = lines[i].indexOf('-');
      let end = i + 1;
      while (end < lines.length && (lines[end].trim() === '' || lines[end].search(/\S/) > dash)) end++;
      const block = lines.slice(i, end);
      // At most ~2 million characters more: big enough to count, small enough to stay a test.
      const size = block.reduce((a, l) => a + l.length + 1, 0);
      const times = Math.max(1, Math.min(m.times, Math.floor(2_000_000 / size)));
      const copies: string[] = [];
      for (let k = 0; k < times; k++) for (const l of block) copies.push(l);
      return lines.slice(0, end).concat(copies, lines.slice(end)).join('\n');
    }
    case 'aliasRecord': {
      // `- id: x` gets an anchor and the same record is listed again by alias just after it.
      const items: number[] = [];
      lines.forEach((l, i) => {
        if (/^\s*-\s+\S/.test(l) && !/^\s*-\s+[&*]/.test(l)) items.push(i);
      });
      const i = pick(items, m.at);
      if (i === undefined) return text;
      const dash = lines[i].indexOf('-');
      const name = `fz${m.at % 97}`;
      lines[i] = `${lines[i].slice(0, dash)}- &${name}\n${' '.repeat(dash + 2)}${lines[i].slice(dash + 1).trimStart()}`;
      // The end of that item: the next line at the same or a lower indentation.
      let end = i + 1;
      while (end < lines.length && (lines[end].trim() === '' || lines[end].search(/\S/) > dash)) end++;
      lines.splice(end, 0, `${' '.repeat(dash)}- *${name}`);
      return lines.join('\n');
    }
  }
  return text;
}

/** Applies mutations in order. */
export function mutate(text: string | Buffer, ms: readonly Mutation[]): Buffer {
  let b = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  for (const m of ms) b = applyMutation(b, m);
  return b;
}

/** A short description of mutations for failure messages. */
export function describeMutations(ms: readonly Mutation[]): string {
  return ms.map((m) => JSON.stringify(m, (_, v) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 20)}…(${v.length})` : v))).join(' ; ');
}

// ---------------------------------------------------------------- temp repos

let tmpRoot: string | null = null;
let counter = 0;

/** A fresh empty folder under one per-process temp root (removed by `cleanupTemp`). */
export function freshDir(prefix = 'repo'): string {
  tmpRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ereje-fuzz-'));
  const dir = path.join(tmpRoot, `${prefix}-${++counter}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function cleanupTemp(): void {
  if (tmpRoot) fs.rmSync(tmpRoot, { recursive: true, force: true });
  tmpRoot = null;
}

/** Writes a repo: `files` by relative path (Buffer or text), and the settings file if given. */
export function writeRepo(dir: string, files: Record<string, string | Buffer>, settings?: string | Buffer | null): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  if (settings != null) fs.writeFileSync(path.join(dir, 'ereje.yaml'), settings);
}

// ---------------------------------------------------------------- invariants

/** What is wrong with a report's findings (empty when nothing). `texts` holds the files' text by display path. */
export function findingProblems(findings: readonly Finding[], texts: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const f of findings) {
    const where = `${f.rule} ${f.file}:${f.line}:${f.column}`;
    if (!f.file) out.push(`${where}: no file`);
    if (!Number.isInteger(f.line) || f.line < 1) out.push(`${where}: line < 1`);
    if (!Number.isInteger(f.column) || f.column < 1) out.push(`${where}: column < 1`);
    if (!f.message || typeof f.message !== 'string') out.push(`${where}: no message`);
    else {
      if (/\{[a-zA-Z_][a-zA-Z0-9_]*\}/.test(f.message) && !/\{[a-zA-Z_][a-zA-Z0-9_]*\}/.test([...texts.values()].join('\n'))) {
        out.push(`${where}: unfilled placeholder in "${f.message}"`);
      }
      if (f.message.includes('[object Object]')) out.push(`${where}: [object Object] in "${f.message}"`);
    }
    const text = texts.get(f.file);
    if (text !== undefined) {
      const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
      if (f.line > lines.length) out.push(`${where}: line past the end (${lines.length} lines)`);
      else if (f.column > lines[f.line - 1].length + 1) out.push(`${where}: column past the end of the line (${lines[f.line - 1].length} chars)`);
    }
    for (const r of f.related ?? []) {
      if (!r.file || !(r.line >= 1) || !(r.column >= 1)) out.push(`${where}: related ${r.file}:${r.line}:${r.column}`);
    }
  }
  return out;
}
