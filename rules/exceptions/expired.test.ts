import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/testing/cli-io.js';
import { entry, miniRepo } from '../../src/testing/exceptions.js';
import type { Finding } from '../../src/engine/findings.js';

async function run(asOf: string, lang = 'en') {
  const dir = miniRepo(`exceptions:\n${entry({ approved_on: '2026-11-01', expires: '2027-06-30' })}`);
  const r = await runMain(['validate', '--format', 'json', '--lang', lang, '--as-of', asOf], dir);
  expect(r.err).toBe('');
  return { code: r.code, ...(JSON.parse(r.out) as { findings: Finding[]; suppressed: Finding[] }) };
}

describe('exceptions/expired', () => {
  it('in force up to and including its expiry date', async () => {
    const r = await run('2027-06-30');
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.code).toBe(0);
  });

  it('the day after: the finding is back, and the exception is an error at its expires line', async () => {
    const r = await run('2027-07-01');
    expect(r.code).toBe(1);
    expect(r.suppressed).toEqual([]);
    expect(r.findings.map((f) => `${f.rule} ${f.subject} ${f.file}:${f.line}`)).toEqual([
      'data/unknown-reference tur-s002 data.yaml:5',
      'exceptions/expired tur-s002 exceptions.yaml:7',
    ]);
    const expired = r.findings[1];
    expect(expired.severity).toBe('error');
    expect(expired.message).toBe('The exception for "tur-s002" under data/unknown-reference expired on 2027-06-30: it no longer covers the finding. Fix the finding, or extend the exception by a new decision');
    expect((await run('2027-07-01', 'kk')).findings[1].message).toContain('мерзімі 30.06.2027 аяқталды');
    expect((await run('2027-07-01', 'ru')).findings[1].message).toContain('истёк 30.06.2027');
  });

  it('before the day it was approved, the exception did not exist: the finding shows, nothing else', async () => {
    const r = await run('2026-10-31');
    expect(r.findings.map((f) => f.rule)).toEqual(['data/unknown-reference']);
    expect(r.suppressed).toEqual([]);
  });
});
