/**
 * The rule tester itself: it passes a rule that does what its examples say,
 * and fails — saying why — a rule or an example that does not.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, type RuleExample } from '../../src/reconcile/index.js';
import { checkRuleExamples, exampleCoverageProblems, ruleTester } from '../../src/testing/rule-tester.js';

const amount = { id: 'amount', valueType: 'quantity', cardinality: 'functional', label: 'amount' } as const;
const hedged: RuleExample = {
  title: 'not ok: a hedged amount',
  sources: [{ id: 's1', text: 'Project Vault may hold about $12 billion.' }],
  predicates: [amount],
  claims: [{ id: 'c1', source: 's1', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: { quantity: 'about $12 billion' }, hedge: 'hedged' }],
  findings: ['tentative'],
  says: ['s1 hedges'],
};
const plain: RuleExample = { ...hedged, title: 'ok: a plain amount', claims: [{ ...hedged.claims[0]!, hedge: 'asserted' }], findings: [] };

const tentative = defineRule({
  id: 'tentative',
  meta: {
    description: 'A hedged claim.',
    docs: 'Reports hedged claims.',
    kinds: { tentative: { severity: 'warning', description: 'a hedged claim' } },
    examples: [hedged, plain],
  },
  check: (context) =>
    context.groups.flatMap((g) =>
      g.claims
        .filter((c) => c.hedge === 'hedged')
        .map((c) => ({ kind: 'tentative', message: `${context.sourceLabel(c.sourceId)} hedges`, disagreement: `hedge:${c.claimId}`, sides: [{ label: 'x', claims: [context.findingClaim(c)] }] })),
    ),
});

describe('ruleTester', () => {
  ruleTester.run(tentative, { describe, it });

  it('passes a rule that does what its examples say', () => {
    expect(checkRuleExamples(tentative).map((o) => [o.example.title, o.ok, o.problems])).toEqual([
      ['not ok: a hedged amount', true, []],
      ['ok: a plain amount', true, []],
    ]);
  });

  it.each<[string, RuleExample, RegExp]>([
    ['a finding the rule does not report', { ...plain, title: 'wrong', findings: ['tentative'] }, /expected findings \[tentative\], got \[\]/],
    ['a finding the example does not expect', { ...hedged, title: 'wrong', findings: [] }, /expected findings \[\], got \[tentative \(warning\)\]/],
    ['another severity', { ...hedged, title: 'wrong', findings: [{ kind: 'tentative', severity: 'error' }] }, /expected findings \[tentative \(error\)\]/],
    ['words the message lacks', { ...hedged, title: 'wrong', says: ['certainly'] }, /does not say "certainly"/],
    ['a quote that is not in the source', { ...hedged, title: 'wrong', claims: [{ ...hedged.claims[0]!, quote: 'nowhere' }] }, /does not build: .*quote-not-found/],
    ['a value that cannot be read', { ...hedged, title: 'wrong', claims: [{ ...hedged.claims[0]!, value: { quantity: 'several' } }] }, /does not build: .*invalid-value/],
    ['options the rule refuses', { ...hedged, title: 'wrong', options: { speed: 1 } }, /invalid-rule-options/],
  ])('fails an example with %s, saying why', (_name, example, why) => {
    const [outcome] = checkRuleExamples(defineRule({ ...tentative, meta: { ...tentative.meta, examples: [] } }), { examples: [example] });
    expect(outcome?.ok).toBe(false);
    expect(outcome?.problems.join('\n')).toMatch(why);
  });

  it('fails a rule that throws, or reports a kind it does not declare', () => {
    const throwing = defineRule({ ...tentative, check: () => { throw new Error('boom'); } });
    expect(checkRuleExamples(throwing)[0]?.problems.join('\n')).toMatch(/rule-failed.*boom/);
    const undeclared = defineRule({ ...tentative, meta: { ...tentative.meta, kinds: {} } });
    expect(checkRuleExamples(undeclared)[0]?.problems.join('\n')).toMatch(/undeclared-kind/);
  });

  it('fails a rule whose examples lack an ok case, a not-ok case or a declared kind', () => {
    const onlyNotOk = defineRule({ ...tentative, meta: { ...tentative.meta, examples: [hedged], kinds: { ...tentative.meta.kinds, other: { severity: 'info', description: 'never shown' } } } });
    expect(exampleCoverageProblems(onlyNotOk)).toEqual([
      'rule "tentative" has no ok example (one that reports nothing)',
      'rule "tentative" declares kind "other" but no example reports it',
    ]);
    expect(exampleCoverageProblems(defineRule({ ...tentative, meta: { ...tentative.meta, examples: [] } }))).toHaveLength(3);
  });

  it('registers one test per example, and one for their coverage, with any runner', () => {
    const names: string[] = [];
    ruleTester.run(tentative, { describe: (name, body) => { names.push(`describe ${name}`); body(); }, it: (name) => names.push(`it ${name}`) });
    expect(names).toEqual(['describe tentative', 'it has ok and not-ok examples of every kind it declares', 'it not ok: a hedged amount', 'it ok: a plain amount']);
  });
});
