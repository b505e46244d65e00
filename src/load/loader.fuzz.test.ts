/**
 * Fuzzing the loader: one file's bytes → records and findings (read-file.ts), and the two YAML
 * paths (yaml.ts: `loadYaml`, the parse-only fast path bulk reading takes, and `parseYaml`, the
 * positioned path findings are placed with). Whatever the bytes: nothing but findings comes
 * out, each finding's place is inside the file, and the two paths agree on every text — the
 * same data or the same refusal — so the fast path never lets through what the counted path
 * would refuse (an alias bomb, too deep a nest).
 *
 * `EREJE_FUZZ_RUNS=20000 npx vitest run src/load/loader.fuzz.test.ts` for a longer hunt.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataFile } from './read-file.js';
import { DEFAULT_PARSE_LIMITS, loadYaml, parseYaml, YamlParseError, type ParseLimits } from './yaml.js';
import { LineIndex, offsetOf } from './positions.js';
import { corpusFiles, describeMutations, fuzzParams, fuzzTimeout, LONG_RUN, mutate, mutationsArb } from '../testing/fuzz.js';
import type { RawFinding } from '../engine/raw.js';

type Verdict = { ok: true; value: unknown } | { ok: false; error: unknown };

function verdict(f: () => unknown): Verdict {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The data without the hidden position symbols, non-finite numbers spelt out. */
function plain(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? `#${x}` : x)));
}

/** What differs between the fast and the positioned reading of a text ('' when they agree). */
function disagreement(text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): string {
  const fast = verdict(() => loadYaml(text, limits));
  const slow = verdict(() => parseYaml(text, limits));
  for (const v of [fast, slow]) if (!v.ok && !(v.error instanceof YamlParseError)) return `threw ${(v.error as Error)?.stack ?? v.error}`;
  if (fast.ok !== slow.ok) return `fast ${fast.ok ? 'read it' : `refused (${(fast as { error: YamlParseError }).error.kind})`}, positioned ${slow.ok ? 'read it' : `refused (${(slow as { error: YamlParseError }).error.kind})`}`;
  if (!fast.ok && !slow.ok) {
    const a = fast.error as YamlParseError, b = slow.error as YamlParseError;
    if (a.kind !== b.kind) return `refused as ${a.kind} and as ${b.kind}`;
    return '';
  }
  let a: unknown, b: unknown;
  try {
    a = plain((fast as { value: unknown }).value);
    b = plain((slow as { value: unknown }).value);
  } catch {
    return ''; // too big to compare as JSON (already refused by neither: fine)
  }
  return isDeepStrictEqual(a, b) ? '' : 'different data';
}

/** What is wrong with one file's raw findings (empty when nothing). */
function rawProblems(findings: readonly RawFinding[], text: string | null): string[] {
  const out: string[] = [];
  const n = text?.length ?? 0;
  for (const f of findings) {
    const loc = f.loc as { line?: number; column?: number; offset?: number; path?: unknown[] };
    if (loc.line !== undefined && (!(loc.line >= 1) || !(loc.column! >= 1))) out.push(`${f.rule} ${f.messageId}: line ${loc.line}, column ${loc.column}`);
    if (loc.offset !== undefined && (!(loc.offset >= 0) || loc.offset > n)) out.push(`${f.rule} ${f.messageId}: offset ${loc.offset} outside 0..${n}`);
    if (loc.line === undefined && loc.offset === undefined && !Array.isArray(loc.path)) out.push(`${f.rule} ${f.messageId}: no place`);
    if (text !== null && loc.line !== undefined) {
      const lines = text.split(/\r\n|\r|\n/);
      if (loc.line > lines.length) out.push(`${f.rule} ${f.messageId}: line ${loc.line} past the end (${lines.length} lines)`);
    }
  }
  return out;
}

describe('loader under mutated files', () => {
  const corpus = corpusFiles();

  it('reads any mutation of a valid file into findings with places, never an exception', () => {
    expect(corpus.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.nat(), mutationsArb(LONG_RUN ? 200_000 : 20_000), (fi, ms) => {
        const f = corpus[fi % corpus.length];
        const bytes = mutate(f.text, ms);
        let r;
        try {
          r = readDataFile(bytes, 0, 'x.yaml');
        } catch (e) {
          expect.fail(`${f.where}: ${describeMutations(ms)}\nthrew ${(e as Error)?.stack ?? e}`);
        }
        const problems = rawProblems(r.findings, r.text);
        if (problems.length) expect.fail(`${f.where}: ${describeMutations(ms)}\n${problems.join('\n')}`);
      }),
      fuzzParams(1200, 11),
    );
  }, fuzzTimeout(1200, 20));

  it('reads any bytes at all into findings, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8')))), (bytes) => {
        const r = readDataFile(bytes, 0, 'x.yaml');
        expect(rawProblems(r.findings, r.text)).toEqual([]);
      }),
      fuzzParams(600, 12),
    );
  }, fuzzTimeout(600, 5));

  it('the fast and the positioned reading agree on every mutated file', () => {
    fc.assert(
      fc.property(fc.nat(), mutationsArb(LONG_RUN ? 50_000 : 5_000), (fi, ms) => {
        const f = corpus[fi % corpus.length];
        const text = mutate(f.text, ms).toString('utf8');
        const d = disagreement(text);
        if (d) expect.fail(`${f.where}: ${describeMutations(ms)}\n${d}`);
      }),
      fuzzParams(400, 13),
    );
  }, fuzzTimeout(400, 20));

  it('every record of a positioned file has a place inside it', () => {
    fc.assert(
      fc.property(fc.nat(), mutationsArb(2_000), (fi, ms) => {
        const f = corpus[fi % corpus.length];
        const text = mutate(f.text, ms).toString('utf8');
        const v = verdict(() => parseYaml(text));
        if (!v.ok || v.value === null || typeof v.value !== 'object') return;
        const lines = new LineIndex(text);
        const nLines = text.split(/\r\n|\r|\n/).length;
        for (const [c, list] of Object.entries(v.value as Record<string, unknown>)) {
          if (!Array.isArray(list)) continue;
          for (let i = 0; i < list.length; i++) {
            const paths = [[c, i], [c, i, 'id'], [c, i, 'no-such-field']];
            for (const p of paths) {
              for (const key of [false, true]) {
                const at = offsetOf(v.value, p, 0, key);
                const lc = lines.lineCol(at);
                if (!(at >= 0 && at <= text.length) || lc.line < 1 || lc.line > nLines || lc.column < 1) {
                  expect.fail(`${f.where}: ${describeMutations(ms)}\n${p.join('.')}${key ? ' (key)' : ''}: offset ${at} → ${lc.line}:${lc.column}`);
                }
              }
            }
          }
        }
      }),
      fuzzParams(300, 14),
    );
  }, fuzzTimeout(300, 20));
});

// ---------------------------------------------------------------- anchors and aliases

/**
 * Flow YAML built from anchors, aliases, lists and mappings, with quoted (JSON-like) keys whose
 * values may follow the colon without a space — the spelling of an alias the fast path once
 * missed (fixtures/bad/syntax-alias-bomb-json-keys).
 */
const flowNode: fc.Memo<string> = fc.memo((n) =>
  n <= 1
    ? fc.oneof(fc.constantFrom('1', 'x', '"s"', 'null', '*a0', '*a1', '*a2', '*a3'))
    : fc.oneof(
        fc.constantFrom('1', 'x', '"s"', '*a0', '*a1', '*a2', '*a3'),
        fc.tuple(fc.integer({ min: 0, max: 3 }), flowNode(n - 1)).map(([k, v]) => `&a${k} ${v}`),
        fc.array(flowNode(n - 1), { maxLength: 12 }).map((xs) => `[${xs.join(',')}]`),
        fc.array(fc.tuple(fc.constantFrom('"k"', 'k', '"a b"', "'q'"), fc.boolean(), flowNode(n - 1)), { maxLength: 12 }).map(
          (ps) => `{${ps.map(([k, tight, v], i) => `${k.replace(/k/, `k${i}`)}:${tight && /^["']/.test(k) ? '' : ' '}${v}`).join(',')}}`,
        ),
      ),
);

/**
 * Anchored definitions, each a flow mapping whose values are aliases of earlier definitions
 * written right after a quoted key's colon (`{"k0":*a1}`) — aliases nowhere else.
 */
const tightDefs = fc.array(fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 7 }).map((levels) =>
  ['a0: &a0 [1, "s"]', ...levels.map((refs, k) => `a${k + 1}: &a${k + 1} {${refs.map((r, i) => `"k${i}":${r === null ? '"s"' : `*a${r % (k + 1)}`}`).join(', ')}}`)].join('\n') + '\n',
);

describe('anchors and aliases', () => {
  it('the fast path refuses every alias bomb the counted path refuses', () => {
    fc.assert(
      fc.property(fc.array(flowNode(5), { minLength: 1, maxLength: 6 }), (nodes) => {
        const text = nodes.map((v, i) => `x${i}: ${v}`).join('\n') + '\n';
        // A small budget, so that small texts cross it: the two paths must refuse the same ones.
        const d = disagreement(text, { maxDepth: 64, maxAliasExpansion: 40 });
        if (d) expect.fail(`${text}\n${d}`);
      }),
      fuzzParams(600, 15),
    );
  }, fuzzTimeout(600, 5));

  it('the fast path counts aliases that follow a quoted key\'s colon without a space', () => {
    fc.assert(
      fc.property(tightDefs, (text) => {
        const d = disagreement(text, { maxDepth: 64, maxAliasExpansion: 40 });
        if (d) expect.fail(`${text}\n${d}`);
      }),
      fuzzParams(300, 16),
    );
  }, fuzzTimeout(300, 5));

  it('a bomb spelt with quoted keys and no space after the colon is refused', () => {
    const keys = 'abcdefghij'.split('');
    let text = 'l0: &l0 {"k":"lol"}\n';
    for (let i = 1; i <= 8; i++) text += `l${i}: &l${i} {${keys.map((k) => `"${k}":*l${i - 1}`).join(',')}}\n`;
    expect(() => loadYaml(text)).toThrow(YamlParseError);
    const r = readDataFile(Buffer.from(text + 'staff:\n  - {"id":"s1","name":*l8}\n'), 0, 'x.yaml');
    expect(r.findings.map((f) => f.messageId)).toEqual(['aliases']);
    expect(DEFAULT_PARSE_LIMITS.maxAliasExpansion).toBeLessThan(10 ** 8);
  });
});
