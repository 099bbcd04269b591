/**
 * The screen value-conflict runs before clustering a group (`mayConflict`):
 * it answers what the full path (the context's disputed clusters) answers
 * — whether any cluster is in dispute — on every group it rules out, and
 * the rule reports the same drafts with it as without it.
 */
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/model/corpus.js';
import type { Qualifiers } from '../../../src/model/claim.js';
import type { Value } from '../../../src/model/value.js';
import type { ClaimGroup } from '../../../src/reconcile/claim-groups.js';
import type { RuleContext } from '../../../src/reconcile/rule.js';
import { valueConflictRule } from '../../../src/reconcile/index.js';
import { mayConflict } from '../../../src/reconcile/rules/conflict-screen.js';
import { SHORT } from '../../../src/reconcile/short-sort.js';
import { corpus, predicate, v } from '../fixture.js';
import { contextOf, helperCorpora } from './captured-context.js';

interface Said {
  readonly value: Value;
  readonly polarity?: 'affirmative' | 'negative';
  readonly qualifiers?: Qualifiers;
}

/** One group: each value said by its own source, about one subject, on a functional predicate. */
const groupOf = (type: 'quantity' | 'date', said: readonly Said[]): Corpus =>
  corpus({
    sources: said.map((_, i) => ({ id: `s${i}`, text: `The value is stated here, ${i}.` })),
    predicates: [predicate('p', type, 'functional', 'p')],
    claims: said.map((s, i) => ({ id: `c${i}`, source: `s${i}`, quote: 'The value is stated here', subject: 'Thing', predicate: 'p', ...s })),
  });

const usd = (low: number, high = low): Value => v.quantity(low, high, undefined, 'USD');
const year = (y: string): Qualifiers => ({ time: { type: 'date', start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' } });

// [case, the group, whether the screen lets it through]
const cases: readonly (readonly [string, Corpus, boolean])[] = [
  ['one value, said twice', groupOf('quantity', [{ value: usd(12e9) }, { value: usd(12e9) }]), false],
  ['overlapping ranges (compatible)', groupOf('quantity', [{ value: usd(11e9, 13e9) }, { value: usd(12e9) }]), false],
  ['two figures that cannot both be true', groupOf('quantity', [{ value: usd(12e9) }, { value: usd(20e9) }]), true],
  ['a figure and one that is denied', groupOf('quantity', [{ value: usd(12e9) }, { value: usd(20e9), polarity: 'negative' }]), false],
  ['different years are different scopes', groupOf('quantity', [{ value: usd(12e9), qualifiers: year('2024') }, { value: usd(20e9), qualifiers: year('2030') }]), false],
  ['a day and its weekday', groupOf('date', [{ value: v.date('2025-12-12') }, { value: v.weekday('friday') }]), false],
  ['a day and another weekday', groupOf('date', [{ value: v.date('2025-12-12') }, { value: v.weekday('monday') }]), true],
  ['two days apart', groupOf('date', [{ value: v.date('2025-12-12') }, { value: v.date('2025-12-24') }, { value: v.date('2025-12-12') }]), true],
  ['three values, two agree and one does not', groupOf('quantity', [{ value: usd(12e9) }, { value: usd(11e9, 13e9) }, { value: usd(40e9) }]), true],
  ['more claims than the screen looks at', groupOf('quantity', Array.from({ length: SHORT + 1 }, () => ({ value: usd(12e9) }))), true],
];

describe('mayConflict: the screen before clustering a group', () => {
  it.each(cases)('lets through exactly the groups whose clusters may be in dispute (%s)', (_name, made, through) => {
    const context = contextOf(made);
    const [group] = context.groups as [ClaimGroup];
    expect(mayConflict(group.claims, context.compareValues)).toBe(through);
    // The full path: a group the screen rules out has no cluster in dispute.
    if (!through) expect(context.disputed(group)).toEqual([]);
    // And the rule reports the same with the screen as a context made elsewhere (no screen) does.
    const drafts = valueConflictRule.check(context, {});
    expect(drafts).toEqual(valueConflictRule.check({ ...context }, {}));
    // (Every group the screen lets through here is reported, but the one of a single value it does not look at.)
    expect(drafts.length > 0).toBe(through && group.claims.length <= SHORT);
  });

  it.each([...helperCorpora(23)])('rules out only groups with nothing in dispute, and the rule reports the same drafts (%s)', (_name, make) => {
    const context = contextOf(make());
    let ruledOut = 0;
    let through = 0;
    for (const group of context.groups) {
      if (mayConflict(group.claims, context.compareValues)) through += 1;
      else {
        ruledOut += 1;
        expect(context.disputed(group)).toEqual([]);
      }
    }
    expect(ruledOut).toBeGreaterThan(0);
    expect(through).toBeGreaterThan(0);
    // Without the screen (a context made elsewhere is always clustered): the same drafts, in the same order.
    const elsewhere: RuleContext = { ...context };
    expect(valueConflictRule.check(context, {})).toEqual(valueConflictRule.check(elsewhere, {}));
  });
});
