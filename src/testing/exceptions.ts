/** A small data repo for the exceptions tests: one finding (data/unknown-reference on tur-s002's org) and an exceptions file. */
import fs from 'node:fs';
import path from 'node:path';
import { tmpDir } from './report-fixture.js';

export const MINI_DATA = `organizations:
  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }
staff:
  - { id: tur-s001, name: "Әлиева Гүлнар", org: tur-bdo, position: director }
  - { id: tur-s002, name: "Бекова Ақерке", org: tur-xxx, position: methodologist }
`;

/** One entry of the exceptions file, with overrides (a value of null drops the field). */
export function entry(over: Record<string, string | null> = {}): string {
  const fields: Record<string, string | null> = {
    rule: 'data/unknown-reference',
    subject: 'tur-s002',
    reason: '"Ұйым әлі тіркелмеген"',
    approved_by: 'tur-s001',
    approved_on: '2026-11-01',
    expires: '2027-06-30',
    ...over,
  };
  const lines = Object.entries(fields).filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${v}`);
  return lines.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)).join('\n') + '\n';
}

export function miniRepo(exceptions: string | null, data: string = MINI_DATA): string {
  const dir = tmpDir('exc-mini');
  fs.writeFileSync(path.join(dir, 'ereje.yaml'), 'as_of: 2026-11-22\n');
  fs.writeFileSync(path.join(dir, 'data.yaml'), data);
  if (exceptions !== null) fs.writeFileSync(path.join(dir, 'exceptions.yaml'), exceptions);
  return dir;
}
