/**
 * Bulk YAML reading with positions.
 *
 * js-yaml (CORE_SCHEMA: dates stay strings, no merge keys, no custom tags) is the fastest
 * YAML 1.2 reader for Node; its `listener` reports where every node opens and closes.
 * We keep one integer per node (see positions.ts), guard the depth, and count alias
 * re-uses so a "billion laughs" file is refused before anything walks it.
 * The `yaml` package (Document API) is kept for comment-preserving edits only.
 */
import jsyaml from 'js-yaml';
import { POS } from './positions.js';

export interface ParseLimits {
  /** Deepest nesting of mappings and sequences. */
  maxDepth: number;
  /** Most nodes reachable through aliases (expanded size) per file. */
  maxAliasExpansion: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 64, maxAliasExpansion: 100_000 };

export type ParseFailureKind = 'syntax' | 'depth' | 'alias';

export class YamlParseError extends Error {
  constructor(
    readonly kind: ParseFailureKind,
    readonly reason: string,
    readonly offset: number,
    /** From js-yaml when it knows them (0-based). */
    readonly line?: number,
    readonly column?: number,
  ) {
    super(reason);
  }
}


/**
 * May the text hold an alias (`*name` where a node starts)? A false "yes" only costs speed; a
 * false "no" would let an alias bomb past the count. After a quoted key in a flow mapping the
 * value may follow the colon without a space (`{"a":*b}`), so `:` counts as a node start too.
 */
const ALIAS_CANDIDATE = /(?:^|[\s[{,:])\*[^\s[\]{},]/m;

/**
 * Parses one YAML document at parse-only speed (no positions). Files that may hold aliases
 * take the positioned path, which counts alias expansion before anything walks the data.
 */
export function loadYaml(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): unknown {
  // indexOf first: the pattern starts with an alternation, which V8 tries at every character
  // (≈ 0.25 s of CPU over the bench's 100 MB; most data has no `*` at all).
  if (text.indexOf('*') !== -1 && ALIAS_CANDIDATE.test(text)) return parseYaml(text, limits);
  try {
    return jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, maxDepth: limits.maxDepth } as jsyaml.LoadOptions);
  } catch (e) {
    throw toParseError(e, text, limits, 0);
  }
}

function toParseError(e: unknown, text: string, limits: ParseLimits, fallback: number): unknown {
  if (e instanceof jsyaml.YAMLException) {
    const raw = (e as unknown as { mark?: { line: number; column: number; position: number } }).mark;
    const reason = e.reason ?? e.message;
    // js-yaml reads the text with a line break appended (and a leading U+FEFF dropped): a fault
    // at the end of the stream is marked on a line the file does not have. Point at the end.
    const pastEnd = raw !== undefined && raw.position >= text.length - (text.charCodeAt(0) === 0xfeff ? 1 : 0);
    const mark: { line?: number; column?: number; position: number } | undefined = pastEnd ? { position: text.length } : raw;
    if (/^nesting exceeded maxDepth/.test(reason)) {
      return new YamlParseError('depth', `nesting deeper than ${limits.maxDepth} levels`, mark?.position ?? 0, mark?.line, mark?.column);
    }
    if (/^expected a single document/.test(reason)) {
      // js-yaml marks the start of the file; the line to change is the second document's marker.
      const m = /^(?:---|\.\.\.)(?:[ \t]|\r?$)/m.exec(text.slice(1));
      return new YamlParseError('syntax', reason, m ? m.index + 1 : 0);
    }
    return new YamlParseError('syntax', reason, mark?.position ?? 0, mark?.line, mark?.column);
  }
  if (e instanceof RangeError) return new YamlParseError('depth', 'nesting too deep to read', fallback);
  return e;
}

/** Parses one YAML document; every mapping and sequence carries its offsets under POS. */
export function parseYaml(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): unknown {
  const posStack: number[] = [];
  const baseStack: number[] = [];
  const pending: number[] = [];
  let lastClosed: unknown = undefined;
  let aliases = 0;
  let firstAlias = -1;

  const listener = (event: 'open' | 'close', state: { position: number; result: unknown }) => {
    if (event === 'open') {
      posStack.push(state.position); // depth is js-yaml's maxDepth's business
      baseStack.push(pending.length);
      return;
    }
    const start = posStack.pop() as number;
    const base = baseStack.pop() as number;
    const r = state.result as { [POS]?: number[] } | null;
    if (r !== null && typeof r === 'object') {
      const nKids = pending.length - base;
      if (r[POS] === undefined) {
        r[POS] = pending.slice(base);
      } else if (nKids === 0) {
        if (aliases++ === 0) firstAlias = start; // `*name`: the same object again
      } else if (!(nKids === 1 && lastClosed === r)) {
        r[POS] = pending.slice(base);
      }
    }
    pending.length = base;
    pending.push(start);
    lastClosed = r;
  };

  let doc: unknown;
  try {
    doc = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, listener: listener as never, maxDepth: limits.maxDepth } as jsyaml.LoadOptions);
  } catch (e) {
    throw toParseError(e, text, limits, posStack[posStack.length - 1] ?? 0);
  }
  if (aliases > 0) checkAliasExpansion(doc, limits.maxAliasExpansion, firstAlias);
  return doc;
}

/**
 * The positioned parse of a text that already parsed once (for a finding's line:col), or null
 * if it will not parse now: the finding then points at line 1.
 */
export function parsePositionedOrNull(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return null;
  }
}

/** Walks the document as if aliases were copies, and stops at the budget. */
function checkAliasExpansion(doc: unknown, budget: number, at: number): void {
  let count = 0;
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (++count > budget) {
      throw new YamlParseError('alias', `aliases expand to more than ${budget} values`, at);
    }
    if (node !== null && typeof node === 'object') {
      for (const v of Object.values(node)) if (v !== null && typeof v === 'object') stack.push(v);
    }
  }
}
