import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/testing/cli-io.js';
import { entry, miniRepo } from '../../src/testing/exceptions.js';
import type { Finding } from '../../src/engine/findings.js';

async function run(exceptions: string, lang = 'en') {
  const dir = miniRepo(exceptions);
  const r = await runMain(['validate', '--format', 'json', '--lang', lang], dir);
  expect(r.err).toBe('');
  const report = JSON.parse(r.out) as { findings: Finding[]; suppressed: Finding[] };
  return { code: r.code, own: report.findings.filter((f) => f.rule === 'exceptions/invalid'), report };
}

describe('exceptions/invalid', () => {
  it('a well-formed entry: no finding, the finding it covers is suppressed', async () => {
    const r = await run(`# decided at the council\nexceptions:\n${entry({ decision: '"Хаттама № 3"' })}`);
    expect(r.own).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.report.suppressed.map((f) => f.subject)).toEqual(['tur-s002']);
  });

  it('missing fields: one error at the entry, and the entry is not applied', async () => {
    const r = await run(`exceptions:\n${entry({ reason: null, approved_on: null })}`);
    expect(r.code).toBe(1);
    expect(r.own).toHaveLength(1);
    expect(r.own[0]).toMatchObject({ severity: 'error', line: 2, column: 5, subject: 'tur-s002', file: 'exceptions.yaml' });
    expect(r.own[0].message).toContain('reason, approved_on');
    expect(r.report.findings.some((f) => f.rule === 'data/unknown-reference')).toBe(true);
    expect(r.report.suppressed).toEqual([]);
  });

  it('each wrong value at its own line: date, order of dates, unknown field, unknown rule, own rule, unknown approver', async () => {
    const text =
      'exceptions:\n' +
      entry({ expires: '2027-06-31' }) + // line 2..7: expires on line 7
      entry({ expires: '2026-10-01' }) + // 8..13: before approval
      entry({ resaon: 'x' }) + // 14..20: an unknown field (line 20)
      entry({ rule: 'data/unknown-referenc' }) + // 21..26
      entry({ rule: 'exceptions/unused' }) + // 27..32
      entry({ approved_by: 'tur-s01' }); // 33..38: approver on line 36
    const r = await run(text);
    const at = r.own.map((f) => [f.line, f.message]);
    expect(at).toEqual([
      [7, '"expires" must be a real date written YYYY-MM-DD, got: 2027-06-31'],
      [13, 'The expiry date (2026-10-01) comes before the approval date (2026-11-01)'],
      [20, 'Unknown field "resaon" in the exception — did you mean "reason"?'],
      [21, 'No such rule: data/unknown-referenc — did you mean "data/unknown-reference"?'],
      [27, 'The findings of exceptions/unused cannot be excepted'],
      [36, 'The approver "tur-s01" is not among the staff — did you mean "tur-s001"?: the exception is not applied'],
    ]);
    expect(r.report.suppressed).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('an approver who was not on the staff on the approval date (people in time)', async () => {
    const data = `organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\nstaff:\n  - { id: tur-s001, name: "Әлиева Гүлнар", org: tur-bdo, position: director, hired: 2020-01-10, left: 2026-10-15 }\n  - { id: tur-s002, name: "Бекова Ақерке", org: tur-xxx, position: methodologist }\n`;
    const dir = miniRepo(`exceptions:\n${entry({ approved_on: '2026-11-01' })}${entry({ approved_on: '2026-10-15', path: 'org' })}`, data);
    const r = await runMain(['validate', '--format', 'json', '--lang', 'en'], dir);
    const report = JSON.parse(r.out) as { findings: Finding[]; suppressed: Finding[] };
    expect(report.findings.filter((f) => f.rule === 'exceptions/invalid').map((f) => [f.line, f.message])).toEqual([
      [6, '"tur-s001" was not on the staff on the approval date (2026-11-01; hired: 2020-01-10, left: 2026-10-15): the exception is not applied'],
    ]);
    expect(report.suppressed).toHaveLength(1); // the second entry, approved on her last day, holds
    const b = await runMain(['baseline', '--lang', 'en', '--reason', 'x', '--approved-by', 'tur-s001', '--expires', '2027-01-01', '--approved-on', '2026-11-20'], dir);
    expect([b.code, b.err.trim()]).toEqual([2, 'ereje: --approved-by: "tur-s001" is not on the staff on 2026-11-20 (hired: 2020-01-10, left: 2026-10-15); give another --approved-on, or another person']);
  });

  it('a file that does not parse, or is not a list: one error at its line, in Kazakh and Russian too', async () => {
    const broken = 'exceptions:\n  - rule: data/unknown-reference\n    subject: "tur-s002\n';
    const en = await run(broken);
    expect(en.own).toHaveLength(1);
    expect(en.own[0].message).toMatch(/^The exceptions file does not read/);
    expect((await run(broken, 'kk')).own[0].message).toMatch(/^Ерекшеліктер файлы оқылмады/);
    expect((await run(broken, 'ru')).own[0].message).toMatch(/^Файл исключений не читается/);
    const list = await run('- rule: x\n');
    expect(list.own.map((f) => [f.line, f.message])).toEqual([[1, 'The top level of the exceptions file must be a list under "exceptions:"']]);
    const kk = await run(`exceptions:\n${entry({ reason: null })}`, 'kk');
    expect(kk.own[0].message).toContain('Ерекшелікте мына өрістер жоқ: reason');
  });

  it('an empty file, or one with an empty list, is no exception and no finding', async () => {
    expect((await run('')).own).toEqual([]);
    expect((await run('# nothing yet\nexceptions: []\n')).own).toEqual([]);
  });
});
