/**
 * Places found by parsing one item's slice of the file's bytes are the lines and columns the
 * whole-file parse finds, for every record and field of the sample and of odd layouts (which fall
 * back to the whole file): CRLF, a lone CR, a BOM, multi-byte letters before the place, comments
 * and blank lines at an item's end.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../testing/cases.js';
import { parseYaml } from './yaml.js';
import { LineIndex, offsetOf, type PathSeg } from './positions.js';
import { placesBySlices, sequenceItems } from './slices.js';
import { loadRepo, slicePositions } from './loader.js';
import { tmpDir } from '../testing/report-fixture.js';

/** Every place a finding could point at in the file's records; how many the slices found; none wrong. */
function check(text: string, bom = false, only?: number): { places: number; found: number } {
  const doc = parseYaml(text) as Record<string, unknown[]>;
  const places: { path: PathSeg[]; key: boolean }[] = [];
  for (const [coll, list] of Object.entries(doc ?? {})) {
    if (!Array.isArray(list)) continue;
    list.forEach((rec, i) => {
      places.push({ path: [coll, i], key: false });
      if (rec && typeof rec === 'object' && !Array.isArray(rec)) {
        for (const [k, v] of Object.entries(rec)) {
          places.push({ path: [coll, i, k], key: false }, { path: [coll, i, k], key: true });
          if (Array.isArray(v) && v.length) places.push({ path: [coll, i, k, v.length - 1], key: false }, { path: [coll, i, k, 0, 'date'], key: false });
        }
        places.push({ path: [coll, i, 'no-such-field'], key: false }, { path: [coll, i, 'no-such-field', 2], key: true });
      }
    });
  }
  if (only !== undefined) places.splice(0, places.length, ...places.filter((p) => p.path[1] === only));
  const bytes = Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  const found = placesBySlices(bytes, places, (c: string, i: number) => (doc[c]?.[i] ?? undefined) as Record<string, unknown> | undefined);
  const lines = new LineIndex(text);
  for (const [k, at] of found) expect(at, `${JSON.stringify(places[k])}`).toEqual(lines.lineCol(offsetOf(doc, places[k].path, 0, places[k].key)));
  return { places: places.length, found: found.size };
}

describe('places by slices', () => {
  it('equal the whole-file parse for every record and field of the sample (and find nearly all)', () => {
    let places = 0;
    let found = 0;
    const dir = path.join(ROOT, 'fixtures/sample');
    for (const f of fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.yaml') && f !== 'ereje.yaml')) {
      const r = check(fs.readFileSync(path.join(dir, f), 'utf8'));
      places += r.places;
      found += r.found;
    }
    expect(places).toBeGreaterThan(1000);
    expect(found / places).toBeGreaterThan(0.9);
  });

  it('each item alone (the scan stops at the next item): the same places as the whole-file parse', () => {
    const text = fs.readFileSync(path.join(ROOT, 'fixtures/sample/kostanay/staff.yaml'), 'utf8');
    const n = (parseYaml(text) as { staff: unknown[] }).staff.length;
    expect(n).toBeGreaterThan(3);
    let found = 0;
    for (let i = 0; i < n; i++) found += check(text, false, i).found;
    expect(found).toBeGreaterThan(0);
    // The scan stops after the item past the last one wanted, and says so.
    const b = Buffer.from('staff:\n  - id: a\n  - id: b\n  - id: c\n  - id: d\n');
    expect(sequenceItems(b, 'staff', 1)).toMatchObject({ starts: [7, 17, 27], lines: [1, 2, 3], complete: false });
    expect(sequenceItems(b, 'staff')).toMatchObject({ starts: [7, 17, 27, 37], lines: [1, 2, 3, 4], end: b.length, complete: true });
  });

  it('odd layouts: found right or left to the whole-file parse', () => {
    const cases = [
      'staff:\n- id: a\n  name: "Әлия"\n- id: b\n  name: x\n', // items at column 0
      'staff: [{ id: a, name: x }, { id: b, name: y }]\n', // flow
      'staff:\n  - &p { id: a, name: x }\n  - *p\n', // an alias across items
      'staff:\n  - id: a\n    note: |\n      - not an item\n      - still not\n  - id: b\n', // block scalar with dashes
      'staff:\n  - id: a\n    name: "two\n  - lines"\n  - id: b\n', // a quoted scalar over a line that looks like an item
      '# c\norganizations:\n  # c\n  - id: o1\n\n    name: x # c\nstaff:\n  - id: s1\n    certificates:\n      - { program: a, date: 2020-01-01 }\n      - program: b\n        date: 2021-02-02\n',
      'staff:\r\n  - id: a\r\n    name: x\r\n  - id: b\r\n',
      'staff:\n  -   id: a\n      name: x\n  -\n    id: b\n',
      'staff:\r  - id: a\r    name: x\r  - id: b\r', // lone CRs: whole file
      'staff:\n  - id: a\r    name: x\n  - id: b\n', // one lone CR
      '# Әлия, Ғалым, Қуаныш\nstaff:\n  - id: a\n    name: "Өмірзақ Ұлан"\n    org: x   # Үміт\n\n  # between items\n\n  - id: b\n    name: "Һ І"\n    hired: 2020-01-01\n',
      'staff:\n  - id: a\n    qualification:\n      - course: "Әдістеме"\n        completed: 2023-02-15\n      # the next one\n      - course: b\n  - id: b\n',
    ];
    for (const t of cases) {
      let doc: unknown;
      try {
        doc = parseYaml(t);
      } catch {
        continue; // not YAML: nothing to place
      }
      if (doc) {
        check(t);
        check(t, true); // the same after a UTF-8 BOM
        for (let i = 0; i < 3; i++) check(t, i % 2 === 1, i); // one item's places only
      }
    }
    expect(sequenceItems(Buffer.from('staff:\n  - id: a\n  - id: b\nother:\n  - 1\n'), 'staff')!.starts).toEqual([7, 17]);
    expect(sequenceItems(Buffer.from('# staff:\nstaff:  # the list\n  - id: Әлия\n  - id: b\n'), 'staff')!.starts).toEqual([28, 45]); // bytes: Әлия is 8
    expect(sequenceItems(Buffer.from('staff: [1, 2]\n'), 'staff')).toBeNull();
    expect(sequenceItems(Buffer.from('staff:\n  - 1\nstaff:\n  - 2\n'), 'staff')).toBeNull();
  });

  it('the loader hands slice-found places to the dataset, the rest to the whole parse', () => {
    const dir = path.join(ROOT, 'fixtures/sample');
    const l = loadRepo([dir], { cwd: dir });
    const f = l.data.files.findIndex((x) => x.display.endsWith('organizations.yaml'));
    const rec = l.data.organizations.find((o) => l.data.locate(o).file === f)!;
    const loc = l.data.locate(rec, ['name']) as { file: number; path: PathSeg[]; key: boolean };
    const byFile = new Map([[f, [{ path: loc.path, key: false }, { path: ['organizations', 10_000], key: false }]]]);
    slicePositions(l.data, byFile, 0);
    expect(byFile.get(f)).toEqual([{ path: ['organizations', 10_000], key: false }]);
    const whole = offsetOf(parseYaml(l.data.files[f].text!), loc.path, 0, false);
    const line = l.data.files[f].lines!.lineCol(whole);
    expect(l.data.lineCol(loc)).toEqual(line);
  });

  it('places in invalid records and in repeated ids are found by slices too', () => {
    // A 30 February (the record fails the schema) and an item that repeats an id: neither is in
    // a collection's list, and both used to send the whole 4.7 MB file to be parsed again.
    const src = fs.readFileSync(path.join(ROOT, 'fixtures/sample/kostanay/staff.yaml'), 'utf8');
    const text = src.replace('completed: 2019-11-15', 'completed: 2019-02-30') + '  - id: kost-aso-s001\n    name: "Жақыпова Гүлнар"\n    org: kost-aso\n    position: teacher\n';
    const dir = tmpDir('slices');
    fs.writeFileSync(path.join(dir, 'staff.yaml'), text);
    const l = loadRepo([dir], { cwd: dir });
    const staff = (parseYaml(text) as { staff: unknown[] }).staff;
    const bad = staff.findIndex((r) => (r as { id: string }).id === 'kost-aso-s002');
    const places = [
      { path: ['staff', bad, 'qualification', 0, 'completed'], key: false },
      { path: ['staff', staff.length - 1, 'id'], key: false },
    ];
    expect(l.data.isValid(l.data.lookup('kost-aso-s002')!)).toBe(false);
    const byFile = new Map([[0, places]]);
    slicePositions(l.data, byFile, 0);
    expect(byFile.size).toBe(0); // every place found by its slice
    const doc = parseYaml(text);
    for (const p of places) {
      const want = l.data.files[0].lines!.lineCol(offsetOf(doc, p.path, 0, false));
      expect(l.data.lineCol({ file: 0, path: p.path, key: false })).toEqual(want);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
