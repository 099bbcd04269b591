import { describe, expect, it } from 'vitest';
import { uncorroboratedRule } from '../../../src/reconcile/index.js';
import { SHARED_PARAGRAPH } from '../../../src/reconcile/rules/examples/uncorroborated.js';
import { runExample } from '../fixture.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('uncorroborated', () => {
  it('says why dependent sources count as one, and lists the independent group', () => {
    const sharing = uncorroboratedRule.meta.examples.find((e) => e.title.includes('share passages'));
    const [f] = runExample(uncorroboratedRule, sharing).findings;
    expect(f?.related.map((n) => n.message)).toEqual([`000 and 003 share one passage (${SHARED_PARAGRAPH.match(/[\p{L}\p{N}]+/gu)?.length} words): counted as one`]);
    expect(f?.sourceGroups).toEqual([['000', '003']]);
  });
});
