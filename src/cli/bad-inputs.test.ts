/** The one generic runner of fixtures/bad: every bad input, through the real CLI. */
import { describe, it } from 'vitest';
import { checkBadCase, readBadCases } from '../testing/bad.js';

describe('fixtures/bad', () => {
  for (const c of readBadCases()) it(c.name, () => checkBadCase(c), 60_000);
});
