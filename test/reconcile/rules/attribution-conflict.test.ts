import { describe, expect, it } from 'vitest';
import { attributionConflictRule } from '../../../src/reconcile/index.js';
import { runExample } from '../fixture.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('attribution-conflict', () => {
  it('names both speakers in its data', () => {
    const [f] = runExample(attributionConflictRule, attributionConflictRule.meta.examples[0]).findings;
    expect(f?.data).toEqual({ attributedTo: ['Guo Jiakun', 'Lin Jian'] });
  });
});
