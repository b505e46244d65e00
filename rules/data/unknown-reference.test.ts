import { describe, expect, it } from 'vitest';
import { ruleCases } from '../../src/testing/cases.js';
import rule from './unknown-reference.js';
import { Dataset } from '../../src/model/dataset.js';

ruleCases('data/unknown-reference');


describe('data/unknown-reference: "did you mean" only from a collection small enough to search', () => {
  /** A staff record whose `org` has a typo, among `orgs` organizations (one of them the right one). */
  function suggestionAmong(orgs: number): unknown {
    const data = new Dataset([]);
    data.add('organizations', { id: 'centre-almaty' }, true);
    for (let i = 1; i < orgs; i++) data.add('organizations', { id: `org-${i}` }, true);
    data.add('staff', { id: 's1', org: 'centre-almatyy' }, true);
    const found: { data: { suggestion?: unknown } }[] = [];
    rule.check!({ data, report: (r: (typeof found)[number]) => found.push(r) } as never);
    expect(found).toHaveLength(1);
    return found[0].data.suggestion;
  }

  it('suggests at 20,000 candidates, and not past them', () => {
    expect(suggestionAmong(20_000)).toBe('centre-almaty');
    expect(suggestionAmong(20_001)).toBeUndefined();
  });
});
