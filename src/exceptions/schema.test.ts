/** `ereje schema --exceptions`: editors check exceptions.yaml with the same rules, through an independent validator (ajv). */
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { ROOT } from '../testing/cases.js';
import { runMain } from '../testing/cli-io.js';
import { appendEntries, baselineEntries } from './baseline.js';
import type { Finding } from '../engine/findings.js';

const finding = (rule: string, subject: string, field?: string, period: string | null = null): Finding => ({
  rule, severity: 'error', subject, period, regulation: null, clause: null, message: 'm', file: 'a.yaml', line: 1, column: 1, ...(field ? { field } : {}),
});

describe('ereje schema --exceptions', async () => {
  const validators = await Promise.all(
    (['2020-12', '7'] as const).map(async (draft) => {
      const r = await runMain(['schema', '--exceptions', '--draft', draft], ROOT);
      expect(r.code).toBe(0);
      const schema = JSON.parse(r.out);
      const ajv = draft === '7' ? new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, validateFormats: false }) : new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, validateFormats: false });
      return { draft, schema, validate: ajv.compile(schema) };
    }),
  );

  it('accepts what ereje baseline writes', () => {
    const { entries } = baselineEntries([finding('landing/review-window', 'kar-md-2026-02', 'requested_documents[1].covers'), finding('open-door-day/quarterly-frequency', 'tur-bdo', undefined, '2026-Q3')], {
      reason: 'Ескі тәртіп', approvedBy: 'tur-s001', approvedOn: '2026-11-20', expires: '2027-06-30', decision: 'Хаттама № 3',
    });
    const doc = YAML.parse(appendEntries(null, entries));
    for (const v of validators) expect(v.validate(doc), `${v.draft}: ${JSON.stringify(v.validate.errors)}`).toBe(true);
    expect(doc.exceptions[0].path).toBe('requested_documents'); // up to the first list index: stable when items move
    expect(doc.exceptions[1].period).toBe('2026-Q3');
  });

  it('rejects a missing reason, an unknown field and a date not written YYYY-MM-DD, and describes the fields', () => {
    const good = { rule: 'data/schema', subject: 'x', reason: 'r', approved_by: 's', approved_on: '2026-01-01', expires: '2026-12-31' };
    const bad = [
      { ...good, reason: undefined },
      { ...good, resaon: 'r' },
      { ...good, expires: '31.12.2026' },
    ].map((e) => JSON.parse(JSON.stringify(e)));
    for (const v of validators) {
      expect(v.validate({ exceptions: [good] })).toBe(true);
      for (const e of bad) expect(v.validate({ exceptions: [e] }), `${v.draft}: ${JSON.stringify(e)}`).toBe(false);
      const props = JSON.stringify(v.schema);
      expect(props).toContain('Last day the exception is in force');
    }
  });
});
