/**
 * Appends one record to a collection of a YAML file, leaving every other byte as it was:
 * comments, blank lines, key order, quoting, indentation, CRLF or LF, a BOM, Kazakh text.
 *
 * The `yaml` package's Document API (with source ranges) finds where the collection's last
 * item ends; the record's text is spliced in there, in the file's own indentation and line
 * ends. Nothing is re-serialised. The result is parsed again and must hold the record as its
 * collection's last item, or nothing is written.
 *
 * Where the record goes:
 * - a block list (`staff:` then `- …` items): after the last item, at the items' indentation;
 *   a list of one-line `{ … }` items gets one more such line;
 * - a flow list `[a, b]`: `, {…}` before the `]`; an empty `[]` (or `staff:` with nothing,
 *   or `null`) becomes a block list under the key;
 * - no such collection: `collection:` and the record are added at the end of the file;
 * - no such file: a new file with the editor schema line.
 */
import YAML, { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { CollectionName } from '../schema/collections.js';
import { loadYaml, YamlParseError } from '../load/yaml.js';

export class AppendError extends Error {}

export interface AppendResult {
  text: string;
  /** Where the inserted text starts and ends in `text` (UTF-16 offsets). */
  start: number;
  end: number;
  /** 1-based line of the record's first line. */
  line: number;
}

const BOM = '\uFEFF';

export function detectEol(text: string): '\r\n' | '\n' {
  const i = text.indexOf('\n');
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/** The record as block YAML lines (no indentation, no line ends); non-ASCII text double-quoted like the sample files. */
export function recordLines(record: Record<string, unknown>): string[] {
  const doc = new YAML.Document(record);
  YAML.visit(doc, {
    Scalar(key, node) {
      if (key === 'value' || typeof key === 'number') {
        if (typeof node.value === 'string' && /[^\x20-\x7e]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  const text = doc.toString({ lineWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: true });
  return text.replace(/\n$/, '').split('\n');
}

/** The record as one flow map: `{ id: x, name: "…" }`. */
export function recordFlow(record: Record<string, unknown>): string {
  const doc = new YAML.Document(record);
  YAML.visit(doc, {
    Map(_, node) {
      node.flow = true;
    },
    Seq(_, node) {
      node.flow = true;
    },
    Scalar(key, node) {
      if ((key === 'value' || typeof key === 'number') && typeof node.value === 'string' && /[^\x20-\x7e]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, '');
}

function lineStart(text: string, i: number): number {
  return text.lastIndexOf('\n', i - 1) + 1;
}

/** The offset of the line break that ends the line holding offset i (text.length at the end). */
function lineBreakAt(text: string, i: number): number {
  let j = text.indexOf('\n', i);
  if (j < 0) return text.length;
  if (j > 0 && text[j - 1] === '\r') j--;
  return j;
}

function range(n: Node | null | undefined): [number, number, number] {
  const r = n?.range;
  if (!r) throw new AppendError('no source range');
  return r as [number, number, number];
}

export function newFileText(collection: CollectionName, record: Record<string, unknown>, header: string[], eol = '\n'): AppendResult {
  const head = header.length ? header.join(eol) + eol : '';
  const body = [`${collection}:`, ...block(recordLines(record), 2, 2)].join(eol) + eol;
  const text = head + body;
  return { text, start: head.length, end: text.length, line: header.length + 2 };
}

function block(lines: string[], dashCol: number, contentOffset: number): string[] {
  return lines.map((l, i) => (i === 0 ? `${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, contentOffset - 1))}${l}` : l === '' ? '' : `${' '.repeat(dashCol + contentOffset)}${l}`));
}

export function appendRecord(original: string, collection: CollectionName, record: Record<string, unknown>): AppendResult {
  try {
    return appendUnchecked(original, collection, record);
  } catch (e) {
    // The yaml package throws on what it cannot turn into data (an alias with no anchor, …):
    // that is a file we cannot append to safely, not a crash.
    if (e instanceof AppendError) throw e;
    throw new AppendError(`the file does not read as YAML: ${(e as Error)?.message ?? e}`);
  }
}

function appendUnchecked(original: string, collection: CollectionName, record: Record<string, unknown>): AppendResult {
  const bom = original.startsWith(BOM) ? BOM : '';
  const text = original.slice(bom.length);
  // The file must read as `validate` reads it: a record appended to a file the loader refuses
  // (an unknown tag, a duplicate key, which the yaml package lets pass) would never be seen.
  try {
    loadYaml(text);
  } catch (e) {
    if (e instanceof YamlParseError) throw new AppendError(`the file does not parse (${e.reason}); fix it first`);
    throw e;
  }
  const eol = detectEol(text);
  const doc = YAML.parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, logLevel: 'error' });
  const errors = strictOnly(doc.errors);
  if (errors.length) throw new AppendError(`the file does not parse: ${errors[0].message}`);

  /** Removes [cutFrom, cutTo) (an emptied `[]` or `null`), then inserts at `at` (≥ cutTo). */
  const splice = (at: number, insert: string, firstLineOffset: number, cutFrom = at, cutTo = at): AppendResult => {
    const out = text.slice(0, cutFrom) + text.slice(cutTo, at) + insert + text.slice(at);
    const start = bom.length + cutFrom + (at - cutTo);
    const line = (out.slice(0, start - bom.length) + insert.slice(0, firstLineOffset)).split('\n').length;
    return { text: bom + out, start, end: start + insert.length, line };
  };

  const top = doc.contents;
  let result: AppendResult;
  if (top === null || (isScalar(top) && top.value === null)) {
    result = appendAtEnd(text, eol, collection, record, splice);
  } else if (!isMap(top)) {
    throw new AppendError('the top level of the file is not a mapping of collections');
  } else {
    const pair = (top as YAMLMap).items.find((p: Pair) => isScalar(p.key) && p.key.value === collection);
    if (!pair) result = appendAtEnd(text, eol, collection, record, splice);
    else result = appendToPair(text, eol, pair as Pair<Node, Node | null>, record, splice);
  }
  verify(result.text.slice(bom.length), collection, record, text);
  return result;
}

/**
 * The yaml package's errors, less those the loader (js-yaml) reads past: `"Бекова"# comment`
 * (no space before `#`) is data to `validate`, so `new` must not refuse the file for it.
 * Reading and writing agree on what is valid; `verify` then checks the result with the loader.
 */
function strictOnly<E extends { code: string; message: string }>(errors: readonly E[]): E[] {
  return errors.filter((e) => !(e.code === 'MISSING_CHAR' && e.message.startsWith('Comments must be separated')));
}

type Splice = (at: number, insert: string, firstLineOffset: number, cutFrom?: number, cutTo?: number) => AppendResult;

function appendAtEnd(text: string, eol: string, collection: CollectionName, record: Record<string, unknown>, splice: Splice): AppendResult {
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  const lines = [`${collection}:`, ...block(recordLines(record), 2, 2)];
  const insert = (needsBreak ? eol : '') + lines.join(eol) + eol;
  return splice(text.length, insert, (needsBreak ? eol.length : 0) + lines[0].length + eol.length);
}

function appendToPair(text: string, eol: string, pair: Pair<Node, Node | null>, record: Record<string, unknown>, splice: Splice): AppendResult {
  const key = pair.key;
  const keyStart = range(key)[0];
  const keyCol = keyStart - lineStart(text, keyStart);
  const value = pair.value;

  // `staff:` with nothing, `staff: null`, `staff: []`: the value becomes a block list under the key.
  const emptyFlow = value && isSeq(value) && (value as YAMLSeq).flow && (value as YAMLSeq).items.length === 0;
  if (!value || (isScalar(value) && value.value === null) || emptyFlow) {
    const colon = text.indexOf(':', range(key)[1]);
    const from = colon + 1;
    // Drop the `null` / `~` / `[]` token (with the spaces before it); keep the rest of the line (a comment).
    const to = value && range(value)[1] > range(value)[0] ? range(value)[1] : from;
    const lineEnd = lineBreakAt(text, to);
    const rest = text.slice(to, lineEnd);
    if (rest.trim() !== '' && !rest.trim().startsWith('#')) throw new AppendError('unexpected text after the collection key');
    const lines = block(recordLines(record), keyCol + 2, 2);
    return splice(lineEnd, eol + lines.join(eol), eol.length, from, to);
  }

  if (!isSeq(value)) throw new AppendError(`${String(key)} is not a list`);
  const seq = value as YAMLSeq;
  if (seq.flow) {
    // `[a, b]` → `[a, b, {…}]`: before the closing bracket.
    const close = range(seq)[1] - 1;
    if (text[close] !== ']') throw new AppendError('cannot find the end of the flow list');
    let at = close;
    while (at > 0 && /[ \t]/.test(text[at - 1])) at--;
    const insert = `, ${recordFlow(record)}`;
    return splice(at, insert, 0);
  }

  const items = seq.items as Node[];
  const last = items[items.length - 1];
  const first = items[0];
  const firstStart = range(first)[0];
  const dash = text.lastIndexOf('-', firstStart - 1);
  const dashCol = dash - lineStart(text, dash);
  const contentOffset = firstStart - dash;
  const at = lineBreakAt(text, Math.max(range(last)[2] - 1, range(last)[0]));
  const oneLineFlowItems = items.every((it) => isMap(it) && (it as YAMLMap).flow && !text.slice(range(it)[0], range(it)[1]).includes('\n'));
  if (oneLineFlowItems) {
    const line = `${' '.repeat(dashCol)}-${' '.repeat(Math.max(1, contentOffset - 1))}${recordFlow(record)}`;
    const gap = spacedApart(text, items) ? eol : '';
    return splice(at, gap + eol + line, gap.length + eol.length);
  }
  const lines = block(recordLines(record), dashCol, contentOffset);
  // Records kept apart by a blank line (as people space multi-line records) get one too.
  const gap = spacedApart(text, items) ? eol : '';
  return splice(at, gap + eol + lines.join(eol), gap.length + eol.length);
}

/** Is there a blank line between the last two items (between the end of one and the dash of the next)? */
function spacedApart(text: string, items: readonly Node[]): boolean {
  if (items.length < 2) return false;
  const prevEnd = lineBreakAt(text, Math.max(range(items[items.length - 2])[2] - 1, range(items[items.length - 2])[0]));
  const lastStart = lineStart(text, range(items[items.length - 1])[0]);
  if (lastStart <= prevEnd) return false;
  return text
    .slice(prevEnd, lastStart)
    .split(/\r?\n/)
    .slice(1, -1)
    .some((l) => l.trim() === '');
}

/**
 * The new text must parse as the loader parses it, keep every other collection's items, and
 * end the collection with the record.
 */
function verify(text: string, collection: CollectionName, record: Record<string, unknown>, beforeText: string): void {
  let js: Record<string, unknown>;
  try {
    js = (loadYaml(text) ?? {}) as Record<string, unknown>;
  } catch (e) {
    if (e instanceof YamlParseError) throw new AppendError(`the result would not parse: ${e.reason}`);
    throw e;
  }
  const was = (loadYaml(beforeText) ?? {}) as Record<string, unknown>;
  const list = js[collection];
  if (!Array.isArray(list)) throw new AppendError(`${collection} is not a list afterwards`);
  const prev = Array.isArray(was[collection]) ? (was[collection] as unknown[]) : [];
  if (list.length !== prev.length + 1) throw new AppendError('the record count did not grow by one');
  if (JSON.stringify(list[list.length - 1]) !== JSON.stringify(record)) throw new AppendError('the appended record does not read back as written');
  if (JSON.stringify(list.slice(0, -1)) !== JSON.stringify(prev)) throw new AppendError('other records would change');
  for (const k of Object.keys(was)) {
    if (k !== collection && JSON.stringify(js[k]) !== JSON.stringify(was[k])) throw new AppendError(`collection ${k} would change`);
  }
}
