import { ruleCases } from '../../src/testing/cases.js';

ruleCases('leading-school/region-ratio');

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_FIXTURES, readCases, runCase } from '../../src/testing/cases.js';

describe('leading-school/region-ratio related locations', () => {
  it('names the other networks of the region', async () => {
    const c = readCases(path.join(RULE_FIXTURES, 'leading-school/region-ratio')).find((x) => x.name === 'four-leading-21-partners-fail')!;
    const [f] = await runCase(c, 'leading-school/region-ratio');
    expect(f.related?.map((r) => `${r.file}:${r.line} ${r.message}`)).toEqual(['a.yaml:7 net-2: sch-02', 'b.yaml:2 net-3: sch-03', 'b.yaml:3 net-4: sch-04']);
  });
});
