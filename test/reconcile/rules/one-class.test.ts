import { describe, expect, it } from 'vitest';
import type { ClaimGroup } from '../../../src/reconcile/claim-groups.js';
import type { RuleContext } from '../../../src/reconcile/rule.js';
import { groupFacts } from '../../../src/reconcile/rules/group-facts.js';
import { oneClass } from '../../../src/reconcile/rules/one-class.js';
import { valueClasses } from '../../../src/reconcile/rules/value-classes.js';
import { contextOf, helperCorpora } from './captured-context.js';

describe('oneClass: a group\'s one value class from the group facts, without the context\'s cache', () => {
  it.each(helperCorpora(17))('gives exactly what context.classes gives, for every group it answers, and answers for most (%s)', (_name, make) => {
    const context = contextOf(make());
    const facts = groupFacts(context);
    let answered = 0;
    context.groups.forEach((group: ClaimGroup, g) => {
      const one = oneClass(context, facts[g] as number, group);
      // The full path: the claims partitioned into classes.
      const full = valueClasses(group.claims);
      if (one === undefined) {
        // Left to the context: a claim denies, or the affirmed values differ.
        expect(full.length > 1 || group.claims.some((c) => c.polarity === 'negative')).toBe(true);
        return;
      }
      answered += 1;
      expect([one]).toEqual(full);
      expect(one.claims).toBe(group.claims);
      expect([one]).toEqual(context.classes(group));
    });
    expect(answered).toBeGreaterThan(context.groups.length / 2);
  });

  it('leaves a context made elsewhere to its own classes (it may class otherwise)', () => {
    const [, make] = helperCorpora(19)[1] as readonly [string, () => Parameters<typeof contextOf>[0]];
    const context = contextOf(make());
    const elsewhere: RuleContext = { ...context };
    const facts = groupFacts(elsewhere);
    expect(context.groups.every((group, g) => oneClass(elsewhere, facts[g] as number, group) === undefined)).toBe(true);
  });
});
