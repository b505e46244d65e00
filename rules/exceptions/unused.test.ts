import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../src/testing/cli-io.js';
import { entry, miniRepo, MINI_DATA } from '../../src/testing/exceptions.js';
import type { Finding } from '../../src/engine/findings.js';

async function run(dir: string, ...args: string[]) {
  const r = await runMain(['validate', '--format', 'json', '--lang', 'en', ...args], dir);
  expect(r.err).toBe('');
  return { code: r.code, ...(JSON.parse(r.out) as { findings: Finding[]; suppressed: Finding[] }) };
}

describe('exceptions/unused', () => {
  it('an exception that covers a finding is used', async () => {
    const r = await run(miniRepo(`exceptions:\n${entry()}`));
    expect(r.findings).toEqual([]);
  });

  it('one that covers nothing is a warning at its line (exit 0)', async () => {
    const r = await run(miniRepo(`exceptions:\n${entry()}${entry({ subject: 'tur-s001' })}`));
    expect(r.code).toBe(0);
    expect(r.findings.map((f) => `${f.rule} ${f.severity} ${f.subject} ${f.line}:${f.column}`)).toEqual(['exceptions/unused warning tur-s001 8:5']);
    expect(r.findings[0].message).toBe('The exception for "tur-s001" under data/unknown-reference matches no finding (fixed, perhaps): remove it (ereje baseline --prune)');
  });

  it('a path or a period that does not match leaves the finding reported and the exception unused', async () => {
    const dir = miniRepo(`exceptions:\n${entry({ path: 'name' })}${entry({ period: '2026-Q3' })}`);
    const r = await run(dir);
    expect(r.findings.map((f) => f.rule)).toEqual(['data/unknown-reference', 'exceptions/unused', 'exceptions/unused']);
    const ok = await run(miniRepo(`exceptions:\n${entry({ path: 'org' })}`));
    expect(ok.findings).toEqual([]);
  });

  it('is not judged when its rule did not run, or its subject was not read', async () => {
    const dir = miniRepo(`exceptions:\n${entry({ subject: 'tur-s009' })}`, MINI_DATA);
    expect((await run(dir, '--rule', 'data/mixed-script')).findings.filter((f) => f.rule === 'exceptions/unused')).toEqual([]);
    fs.mkdirSync(path.join(dir, 'other'));
    fs.writeFileSync(path.join(dir, 'other', 'x.yaml'), 'organizations:\n  - { id: tur-x, type: center, name: "X", region: turkistan }\n');
    expect((await run(dir, 'other')).findings.filter((f) => f.rule === 'exceptions/unused')).toEqual([]);
    expect((await run(dir)).findings.filter((f) => f.rule === 'exceptions/unused')).toHaveLength(1);
  });

  it('may be turned off or down in the settings', async () => {
    const dir = miniRepo(`exceptions:\n${entry({ subject: 'tur-s001' })}`);
    fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'as_of: 2026-11-22\nrules:\n  exceptions/unused: off\n');
    expect((await run(dir)).findings.map((f) => f.rule)).toEqual(['data/unknown-reference']);
  });
});
