/** Where a value ends, read from its line: what SARIF's endColumn tells GitHub to highlight. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueEnd } from './extent.js';
import { runMain } from '../testing/cli-io.js';
import { REPORT_FIXTURE, tmpDir } from '../testing/report-fixture.js';

/** The text valueEnd says the value is, for a value starting at `needle` in `line`. */
const value = (line: string, needle: string) => {
  const start = line.indexOf(needle) + 1;
  const end = valueEnd(line, start);
  return end === null ? null : line.slice(start - 1, end - 1);
};

describe('valueEnd', () => {
  it('plain, quoted and flow values on their line; keys; comments', () => {
    expect(value('    hired: 2026-02-30     # impossible date', '2026')).toBe('2026-02-30');
    expect(value('    hired: 2026-02-30', '2026')).toBe('2026-02-30');
    expect(value('    name: "Ахметоv Болат"     # a Latin v', '"')).toBe('"Ахметоv Болат"');
    expect(value('    name: "say \\"hi\\" # not a comment"', '"')).toBe('"say \\"hi\\" # not a comment"');
    expect(value("    name: 'it''s # fine' # c", "'")).toBe("'it''s # fine'");
    expect(value('    name: { kk: "Орталық, №1", ru: Центр }  # c', '{')).toBe('{ kk: "Орталық, №1", ru: Центр }');
    expect(value('    members: [kar-s001, kar-s002]', 'kar-s002')).toBe('kar-s002');
    expect(value('    members: [kar-s001, kar-s002]', '[')).toBe('[kar-s001, kar-s002]');
    expect(value('  - id: tur-s001          # the same id', 'id')).toBe('id'); // a key
    expect(value('    url: http://x.kz/a#b', 'http')).toBe('http://x.kz/a#b'); // # without a space is text
    expect(value('    time: 10:00', '10')).toBe('10:00');
  });

  it('no end when the value does not end on its line, or is not a plain value', () => {
    expect(value('    note: |', '|')).toBeNull();
    expect(value('    note: >-', '>')).toBeNull();
    expect(value('    name: "starts here', '"')).toBeNull();
    expect(value('    list: [a, b', '[')).toBeNull();
    expect(value('    ref: *anchor', '*')).toBeNull();
    expect(value('  - a', '-')).toBeNull();
    expect(valueEnd('short', 40)).toBeNull();
  });

  it('through validate --format sarif: every end given closes the very value the finding is about', async () => {
    const dir = tmpDir('extent');
    fs.cpSync(REPORT_FIXTURE, dir, { recursive: true });
    const r = await runMain(['validate', '--format', 'sarif', '--as-of', '2026-11-22', '--lang', 'en'], dir);
    const results = JSON.parse(r.out).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine?: number; endColumn?: number } } }[] }[];
    const seen: Record<string, string> = {};
    for (const res of results) {
      const loc = res.locations[0].physicalLocation;
      const { startLine, startColumn, endLine, endColumn } = loc.region;
      if (endColumn === undefined) continue;
      expect(endLine).toBe(startLine);
      const line = fs.readFileSync(path.join(dir, decodeURIComponent(loc.artifactLocation.uri)), 'utf8').split('\n')[startLine - 1];
      seen[res.ruleId] = line.slice(startColumn - 1, endColumn - 1);
    }
    expect(seen['data/schema']).toBe('2026-02-30');
    expect(seen['data/unknown-reference']).toBe('tur-uo');
    expect(seen['data/mixed-script']).toBe('"Ахметоv Болат"');
  });
});
