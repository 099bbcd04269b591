import { describe, expect, it } from 'vitest';
import { nameVariantRule } from '../../../src/reconcile/index.js';
import { runExample } from '../fixture.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('name-variant', () => {
  it('shows each spelling with the claims and sources that use it', () => {
    const [f] = runExample(nameVariantRule, nameVariantRule.meta.examples[0]).findings;
    expect(f?.severity).toBe('warning');
    expect(f?.sides.map((s) => [s.label, s.claims.map((c) => c.claimId)])).toEqual([
      ['“MP Materials” in 003', ['investment-003']],
      ['“MP Minerals” in 002', ['stake-002']],
    ]);
  });
});
