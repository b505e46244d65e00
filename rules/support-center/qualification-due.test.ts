import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_FIXTURES, readCases, ruleCases, runCase } from '../../src/testing/cases.js';

ruleCases('support-center/qualification-due');

describe('support-center/qualification-due clause', () => {
  const cases = readCases(path.join(RULE_FIXTURES, 'support-center/qualification-due'));
  it('cites 8.3 alone for the centre\'s own staff', async () => {
    const [f] = await runCase(cases.find((c) => c.name === 'messages-ru')!, 'support-center/qualification-due');
    expect(f.clause).toBe('8.3');
  });
  it('cites 2.2.7 (the lists of the region\'s teachers) only with scope: all', async () => {
    const [f] = await runCase(cases.find((c) => c.name === 'scope-all-setting')!, 'support-center/qualification-due');
    expect(f.clause).toBe('8.3, 2.2.7');
  });
});
