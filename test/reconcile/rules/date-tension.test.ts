import { describe, expect, it } from 'vitest';
import { dateTensionRule } from '../../../src/reconcile/index.js';
import { run, runExample } from '../fixture.js';
import { buildTestCorpus } from '../../../src/testing/corpus-builder.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('date-tension', () => {
  it('dates the late report against the earliest event date', () => {
    const [f] = runExample(dateTensionRule, dateTensionRule.meta.examples[0]).findings;
    expect(f?.data).toMatchObject({ publishedAt: '2025-12-24', eventDate: '2025-12-12', days: 12 });
  });

  it('refuses options that are not a number of days, and does not run', () => {
    const example = dateTensionRule.meta.examples[0];
    const built = buildTestCorpus(example ?? { sources: [], predicates: [], claims: [] });
    if (!built.ok) throw new Error('example');
    const result = run([dateTensionRule], built.value, { 'date-tension': ['on', { lateAfterDays: 'a week' }] });
    expect(result.findings).toEqual([]);
    expect(result.messages).toEqual([expect.objectContaining({ code: 'invalid-rule-options', ruleId: 'date-tension', path: ['lateAfterDays'] })]);
  });
});
