import { describe, expect, it } from 'vitest';
import { membershipConflictRule } from '../../../src/reconcile/index.js';
import type { Value } from '../../../src/model/value.js';
import { corpus, predicate, run, runExample, v } from '../fixture.js';

const founding = predicate('founding-members', 'entity-set', 'functional', 'founding members');

/** Two sources with one text, and one founding-members claim of Pax Silica in each (quote and value). */
const twoLists = (text: string, first: { quote: string; value: Value }, second: { quote: string; value: Value; polarity?: 'affirmative' | 'negative' }) =>
  corpus({
    sources: [
      { id: 'a', text },
      { id: 'b', text },
    ],
    predicates: [founding],
    claims: [
      { id: 'first', source: 'a', subject: 'Pax Silica', predicate: 'founding-members', ...first },
      { id: 'second', source: 'b', subject: 'Pax Silica', predicate: 'founding-members', ...second },
    ],
  });

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

describe('membership-conflict: sizes are compared only when a claim states one as a number', () => {
  const five = v.closed('Japan', 'Israel', 'Singapore', 'Australia', 'South Korea');
  const text = 'Japan, Israel, Singapore, Australia and South Korea founded it. Nine countries founded it.';
  const against = (other: Value) =>
    twoLists(text, { quote: 'Japan, Israel, Singapore, Australia and South Korea founded it', value: five }, { quote: 'Nine countries founded it', value: other });

  it.each([
    ['a count of nine', v.count(9), ['count-conflict']],
    ['a count of five', v.count(5), []],
    ['a plain quantity of nine', v.quantity(9, 9), ['count-conflict']],
    ['nine dollars (a different measure)', v.quantity(9, 9, undefined, 'USD'), []],
    ['nine per cent', v.quantity(9, 9, '%'), []],
    ['an open list of two with a total of nine', v.open(['Japan', 'Israel'], 9), ['count-conflict']],
    ['an open list of two without a total', v.open(['Japan', 'Israel']), []],
  ] as const)('a closed list of five against %s', (_title, other, kinds) => {
    const { findings, messages } = run([membershipConflictRule], against(other));
    expect(messages).toEqual([]);
    expect(findings.map((f) => f.kind)).toEqual(kinds);
  });
});

describe('membership-conflict: who is a member — a finding needs a member one claim names and another excludes', () => {
  const text = 'The founders, as one source lists them. The founders, as the other source lists them.';
  const pair = (first: Value, second: Value, polarity: 'affirmative' | 'negative') =>
    twoLists(text, { quote: 'The founders, as one source lists them', value: first }, { quote: 'The founders, as the other source lists them', value: second, polarity });

  it.each([
    ['two closed lists of the same members, in another order', v.closed('Japan', 'Israel'), v.closed('Israel', 'Japan'), 'affirmative', []],
    ['a closed list and an open list of some of its members', v.closed('Japan', 'Israel'), v.open(['Japan']), 'affirmative', []],
    ['a closed list and an open list naming a member it leaves out', v.closed('Japan', 'Israel'), v.open(['Japan', 'Canada']), 'affirmative', ['membership-conflict']],
    ['two closed lists with different members', v.closed('Japan', 'Israel'), v.closed('Japan', 'Canada'), 'affirmative', ['membership-conflict']],
    ['an open list and a denial of one of its members', v.open(['Japan', 'Canada']), v.entity('Canada'), 'negative', ['membership-conflict']],
    ['an open list and a denial of another country', v.open(['Japan']), v.entity('Canada'), 'negative', []],
    ['a closed list and one country it leaves out, affirmed', v.closed('Japan', 'Israel'), v.entity('Canada'), 'affirmative', ['membership-conflict']],
    ['a closed list and one of its own members, affirmed', v.closed('Japan', 'Israel'), v.entity('Israel'), 'affirmative', []],
  ] as const)('%s', (_title, first, second, polarity, kinds) => {
    const { findings, messages } = run([membershipConflictRule], pair(first, second, polarity));
    expect(messages).toEqual([]);
    expect(findings.map((f) => f.kind)).toEqual(kinds);
  });
});

describe('membership-conflict: a vague size does not bridge two sizes in conflict', () => {
  const text = 'Six countries founded it. Seven countries founded it. More than five countries founded it.';
  const three = (vague: Value) =>
    corpus({
      sources: [
        { id: 'a', text },
        { id: 'b', text },
        { id: 'c', text },
        { id: 'd', text },
      ],
      predicates: [founding],
      claims: [
        { id: 'six', source: 'a', subject: 'Pax Silica', predicate: 'founding-members', quote: 'Six countries founded it', value: v.count(6) },
        { id: 'seven', source: 'b', subject: 'Pax Silica', predicate: 'founding-members', quote: 'Seven countries founded it', value: v.count(7) },
        { id: 'vague', source: 'c', subject: 'Pax Silica', predicate: 'founding-members', quote: 'More than five countries founded it', value: vague },
        { id: 'vague-too', source: 'd', subject: 'Pax Silica', predicate: 'founding-members', quote: 'More than five countries founded it', value: vague },
      ],
    });

  // "More than five" fits six and seven: given by two sources, it leads the clustering, and it used to hold both and hide their conflict.
  it.each([
    ['more than five (fits both)', v.quantity(6, null), ['six', 'seven']],
    ['six to seven (fits both)', v.quantity(6, 7), ['six', 'seven']],
    ['exactly six (fits one)', v.quantity(6, 6), ['six', 'seven']],
  ] as const)('six and seven with %s: the count conflict is found', (_title, vague, between) => {
    const { findings, messages } = run([membershipConflictRule], three(vague));
    expect(messages).toEqual([]);
    const counts = findings.filter((f) => f.kind === 'count-conflict');
    expect(counts).toHaveLength(1);
    const ids = counts[0]!.sides.flatMap((s) => s.claims.map((c) => c.claimId as string));
    for (const id of between) expect(ids).toContain(id);
  });
});
