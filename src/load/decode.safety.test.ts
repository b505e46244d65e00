/**
 * Bytes that are not UTF-8 are reported where they are (issue 14, family 9): CESU-8 and
 * overlong forms were placed at the end of the file; a BOM inside a file is named at its place.
 */
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode.js';
import { readDataFile } from './read-file.js';

const BAD: [string, number[]][] = [
  ['CESU-8 (a surrogate written as UTF-8)', [0xed, 0xa0, 0x80]],
  ['CESU-8 low surrogate', [0xed, 0xbf, 0xbf]],
  ['overlong 2-byte', [0xc0, 0xaf]],
  ['overlong 3-byte', [0xe0, 0x80, 0xaf]],
  ['overlong 4-byte', [0xf0, 0x80, 0x80, 0xaf]],
  ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['a lone continuation byte', [0x80]],
  ['a truncated sequence', [0xd2]],
];

describe('the first byte that is not UTF-8, at its line and column', () => {
  for (const [name, bytes] of BAD) {
    it(`${name}: wherever it is put`, () => {
      // A small property: the same fault at many places of a Kazakh text is reported at that place.
      const lines = ['staff:', '  - id: s1', '    name: "Әлиева Сәуле"', '    org: c1', '    position: teacher', '# соңы'];
      for (let line = 0; line < lines.length; line++) {
        for (const col of [0, 3, lines[line].length]) {
          const before = Buffer.from(lines.slice(0, line).map((l) => l + '\n').join('') + lines[line].slice(0, col), 'utf8');
          const after = Buffer.from(lines[line].slice(col) + '\n' + lines.slice(line + 1).join('\n') + '\n', 'utf8');
          const d = decodeUtf8(Buffer.concat([before, Buffer.from(bytes), after]));
          expect(d.ok).toBe(false);
          if (!d.ok) expect([d.line, d.column]).toEqual([line + 1, [...lines[line].slice(0, col)].length + 1]);
        }
      }
    });
  }
  it('valid 4-byte and 3-byte characters pass', () => {
    expect(decodeUtf8(Buffer.from('a: "😀 Ә \uFFFD"\n', 'utf8')).ok).toBe(true);
  });
});

describe('a BOM inside a file', () => {
  it('is a finding at its own line and column (not a line late)', () => {
    const text = 'staff:\n  - id: s1\n    name: "Бек\uFEFFова"\n';
    const r = readDataFile(Buffer.from(text, 'utf8'), 0, 'x.yaml');
    expect(r.findings.find((f) => f.messageId === 'innerBom')?.loc).toEqual({ file: 0, line: 3, column: 15 });
  });
  it('a BOM at the start is fine', () => {
    const r = readDataFile(Buffer.from('\uFEFFstaff: []\n', 'utf8'), 0, 'x.yaml');
    expect(r.findings).toEqual([]);
  });
});
