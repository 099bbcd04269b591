import { describe, expect, it } from 'vitest';
import { membershipConflictRule } from '../../../src/reconcile/index.js';
import { runExample } from '../fixture.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('membership-conflict', () => {
  it('notes where the closed side names a missing member instead (the UAE at the summit)', () => {
    const [f] = runExample(membershipConflictRule, membershipConflictRule.meta.examples[0]).findings;
    expect(f?.data).toMatchObject({ disputed: ['United Arab Emirates', 'Netherlands', 'UK'] });
    expect(f?.disputed).toEqual([['country:AE'], ['country:GB'], ['country:NL']]);
    expect(f?.related.map((n) => [n.claimId, n.span?.quote.exact])).toEqual([
      ['summit-001', 'officials from the European Union, Canada, Netherlands, and United Arab Emirates'],
      ['summit-001', 'officials from the European Union, Canada, Netherlands, and United Arab Emirates'],
    ]);
    expect(f?.related[0]?.message).toContain('001 names United Arab Emirates elsewhere (Pax Silica Summit, participants)');
  });
});
