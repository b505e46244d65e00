/** The baseline writer: appends without touching other bytes, prunes only what it is told, refuses what it cannot do safely. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { appendEntries, removeEntries } from './baseline.js';
import { runMain } from '../testing/cli-io.js';
import { entry, miniRepo } from '../testing/exceptions.js';

const E = (subject: string) => ({ rule: 'data/unknown-reference', subject, reason: 'Себебі: «ескі»', approved_by: 'tur-s001', approved_on: '2026-11-01', expires: '2027-06-30' });

describe('appendEntries / removeEntries', () => {
  it('appends after the last entry, keeping every byte before it: comments, CRLF, BOM, Kazakh text', () => {
    const original = '\uFEFF# Біздің ерекшеліктер\r\nexceptions:\r\n  # бірінші\r\n  - rule: data/schema   # осы\r\n    subject: "а-1"\r\n    reason: x\r\n    approved_by: s\r\n    approved_on: 2026-01-01\r\n    expires: 2026-12-31\r\n# соңы\r\n';
    const out = appendEntries(original, [E('tur-s002'), E('tur-s003')]);
    const cut = original.indexOf('# соңы');
    expect(out.startsWith(original.slice(0, cut - 2))).toBe(true);
    expect(out.endsWith('# соңы\r\n')).toBe(true);
    expect(out.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true);
    const doc = YAML.parse(out.slice(1));
    expect(doc.exceptions.map((e: { subject: string }) => e.subject)).toEqual(['а-1', 'tur-s002', 'tur-s003']);
    expect(doc.exceptions[2].reason).toBe('Себебі: «ескі»');
  });

  it('keeps a file of one-line entries one-line, and adds the list to a file that has none', () => {
    const flowItems = 'exceptions:\n  - { rule: data/schema, subject: a, reason: x, approved_by: s, approved_on: 2026-01-01, expires: 2026-12-31 }\n';
    const out = appendEntries(flowItems, [E('b'), E('c')]);
    expect(out.split('\n').filter(Boolean)).toHaveLength(4);
    expect(YAML.parse(out).exceptions).toHaveLength(3);
    const none = appendEntries('# nothing yet\n', [E('b')]);
    expect(none.startsWith('# nothing yet\n')).toBe(true);
    expect(YAML.parse(none).exceptions).toEqual([E('b')]);
  });

  it('removes the given entries with their lines, and nothing else', () => {
    const text = `# head\nexceptions:\n${entry({ subject: 'a' })}  # about b\n${entry({ subject: 'b' })}${entry({ subject: 'c' })}# tail\n`;
    const out = removeEntries(text, [1]);
    expect(out).toBe(`# head\nexceptions:\n${entry({ subject: 'a' })}  # about b\n${entry({ subject: 'c' })}# tail\n`);
    expect(YAML.parse(removeEntries(text, [0, 1, 2])).exceptions).toBeNull();
    // One-line entries, a list not indented under its key, CRLF.
    const flow = 'exceptions:\r\n- { rule: data/schema, subject: a }\r\n# keep\r\n- { rule: data/schema, subject: b }\r\n- { rule: data/schema, subject: c }\r\n';
    expect(removeEntries(flow, [0, 2])).toBe('exceptions:\r\n# keep\r\n- { rule: data/schema, subject: b }\r\n');
  });
});

describe('ereje baseline refuses', () => {
  it('without a reason, an approver or an expiry (exit 2, naming what is missing)', async () => {
    const dir = miniRepo(null);
    const r = await runMain(['baseline', '--lang', 'en', '--reason', 'x'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--approved-by, --expires');
    expect(r.err).toContain('a baseline that never ends is not a plan');
    expect(fs.existsSync(path.join(dir, 'exceptions.yaml'))).toBe(false);
    const kk = await runMain(['baseline', '--lang', 'kk'], dir);
    expect(kk.err).toContain('мерзімсіз baseline');
  });

  it('an approver who is not staff, an expiry not after the day, a date that does not exist', async () => {
    const dir = miniRepo(null);
    const base = ['baseline', '--lang', 'en', '--reason', 'x'];
    const who = await runMain([...base, '--approved-by', 'tur-s01', '--expires', '2027-01-01'], dir);
    expect([who.code, who.err.trim()]).toEqual([2, 'ereje: --approved-by: "tur-s01" is not among the staff (did you mean "tur-s001"?)']);
    const when = await runMain([...base, '--approved-by', 'tur-s001', '--expires', '2026-11-22'], dir);
    expect([when.code, when.err.trim()]).toEqual([2, 'ereje: --expires (2026-11-22) must come after 2026-11-22']);
    const bad = await runMain([...base, '--approved-by', 'tur-s001', '--expires', '2027-02-29'], dir);
    expect(bad.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'exceptions.yaml'))).toBe(false);
  });

  it('to add to an exceptions file with errors; --dry-run writes nothing', async () => {
    const broken = miniRepo(`exceptions:\n${entry({ reason: null })}`);
    const r = await runMain(['baseline', '--lang', 'en', '--reason', 'x', '--approved-by', 'tur-s001', '--expires', '2027-01-01'], broken);
    expect(r.code).toBe(2);
    expect(r.err).toContain('The exceptions file has errors (exceptions.yaml)');
    const dir = miniRepo(null);
    const dry = await runMain(['baseline', '--lang', 'en', '--reason', 'x', '--approved-by', 'tur-s001', '--expires', '2027-01-01', '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('1 exception added');
    expect(dry.out).toContain('nothing written');
    expect(fs.existsSync(path.join(dir, 'exceptions.yaml'))).toBe(false);
  });

  it('writes where the settings say (exceptions: path), and validate reads it there', async () => {
    const dir = miniRepo(null);
    fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'as_of: 2026-11-22\nexceptions: decisions/accepted.yaml\n');
    const r = await runMain(['baseline', '--lang', 'en', '--reason', 'x', '--approved-by', 'tur-s001', '--expires', '2027-01-01'], dir);
    expect(r.out).toContain('decisions/accepted.yaml: 1 exception added');
    const v = await runMain(['validate', '--format', 'json'], dir);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.out).suppressed).toHaveLength(1);
  });
});
