/**
 * Reports as streams of text chunks: a million findings are written as they are formatted,
 * never joined into one string (V8 cannot hold a string past ~512 MB, and joining doubles the
 * memory). Each formatter has a streaming form (STREAMERS); `format*` are their joined output.
 */
import type { FormatContext } from './types.js';
import type { RunResult } from '../engine/run.js';

export type StreamFormatter = (result: RunResult, ctx: FormatContext) => Iterable<string>;

const MARK = '\u0000ereje-stream\u0000';

/**
 * Exactly `JSON.stringify(doc, null, 2)` where `doc` holds `holder[key] = items`, but yielded in
 * chunks: `items` is serialized one element at a time. `build(placeholder)` returns the document
 * with `placeholder` where the array goes.
 */
export function* streamJsonArray(build: (placeholder: string) => unknown, items: Iterable<unknown>, trailingNewline = true): Generator<string> {
  const text = JSON.stringify(build(MARK), null, 2);
  const token = JSON.stringify(MARK);
  const at = text.indexOf(token);
  if (at < 0) throw new Error('streamJsonArray: the placeholder is not in the document');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = text.slice(lineStart, text.slice(lineStart).search(/\S/) + lineStart);
  const inner = indent + '  ';
  const prefix = text.slice(0, at);
  const suffix = text.slice(at + token.length) + (trailingNewline ? '\n' : '');
  let buf = prefix;
  let n = 0;
  for (const item of items) {
    buf += (n++ === 0 ? '[\n' : ',\n') + inner + JSON.stringify(item, null, 2).replace(/\n/g, '\n' + inner);
    if (buf.length > 64 * 1024) {
      yield buf;
      buf = '';
    }
  }
  yield n === 0 ? buf + '[]' + suffix : buf + '\n' + indent + ']' + suffix;
}

export function joinStream(chunks: Iterable<string>): string {
  let out = '';
  for (const c of chunks) out += c;
  return out;
}
