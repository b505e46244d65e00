/**
 * Where a finding's value ends, for formats that can highlight it (SARIF's endLine/endColumn,
 * GitHub annotations' endLine/endColumn).
 * ereje's findings know where a value starts; when the value is a scalar or a flow collection
 * written on that one line, its end is read from the line itself. Anything else (block
 * scalars, values running over several lines, anchors and tags) has no known end: null.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../engine/findings.js';

export interface Extent {
  endLine: number;
  /** SARIF's convention: the column just after the value's last character (UTF-16 units, 1-based). */
  endColumn: number;
}

/** The end of the value that starts at `column` (1-based) of `line`, on the same line; null if unknown. */
export function valueEnd(line: string, column: number): number | null {
  const i = column - 1;
  const c = line[i];
  if (c === undefined || c === ' ' || c === '\t' || c === '#') return null;
  if (c === '"') {
    for (let j = i + 1; j < line.length; j++) {
      if (line[j] === '\\') j++;
      else if (line[j] === '"') return j + 2;
    }
    return null;
  }
  if (c === "'") {
    for (let j = i + 1; j < line.length; j++) {
      if (line[j] === "'") {
        if (line[j + 1] === "'") j++;
        else return j + 2;
      }
    }
    return null;
  }
  if (c === '[' || c === '{') {
    let depth = 0;
    let quote: string | null = null;
    for (let j = i; j < line.length; j++) {
      const d = line[j];
      if (quote) {
        if (d === '\\' && quote === '"') j++;
        else if (d === quote) quote = null;
      } else if (d === '"' || d === "'") quote = d;
      else if (d === '[' || d === '{') depth++;
      else if (d === ']' || d === '}') {
        if (--depth === 0) return j + 2;
      } else if (d === '#' && line[j - 1] === ' ') return null;
    }
    return null;
  }
  if ('|>&*!%@`'.includes(c) || (c === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) || (c === '?' && line[i + 1] === ' ')) return null;
  // A plain scalar: up to a comment, a key's colon, or — inside a flow collection — a , ] or }.
  const before = line.slice(0, i);
  const inFlow = (before.match(/[[{]/g)?.length ?? 0) > (before.match(/[\]}]/g)?.length ?? 0);
  let end = line.length;
  for (let j = i + 1; j < line.length; j++) {
    const d = line[j];
    if (d === '#' && (line[j - 1] === ' ' || line[j - 1] === '\t')) {
      end = j;
      break;
    }
    if (d === ':' && (j + 1 === line.length || line[j + 1] === ' ' || line[j + 1] === '\t')) {
      end = j;
      break;
    }
    if (inFlow && (d === ',' || d === ']' || d === '}')) {
      end = j;
      break;
    }
  }
  while (end > i && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end > i ? end + 1 : null;
}

/** Files bigger than this are not read again only to find where values end. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Extents of findings' values, reading each data file with findings once more (relative to
 * `cwd`, as findings name them). A file that cannot be read simply gives no extents.
 */
export function extentsOf(findings: readonly Finding[], cwd: string): (f: Finding) => Extent | null {
  const texts = new Map<string, string[] | null>();
  const linesOf = (file: string) => {
    if (!texts.has(file)) {
      let t: string[] | null = null;
      try {
        const abs = path.resolve(cwd, file);
        if (fs.statSync(abs).size <= MAX_BYTES) t = fs.readFileSync(abs, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
      } catch {
        t = null;
      }
      texts.set(file, t);
    }
    return texts.get(file)!;
  };
  const files = new Set(findings.map((f) => f.file).filter(Boolean));
  return (f) => {
    if (!f.file || !files.has(f.file)) return null;
    const line = linesOf(f.file)?.[f.line - 1];
    if (line === undefined) return null;
    const end = valueEnd(line, f.column);
    return end === null ? null : { endLine: f.line, endColumn: end };
  };
}
