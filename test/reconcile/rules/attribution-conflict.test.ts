import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../src/model/claim.js';
import type { Value } from '../../../src/model/value.js';
import { attributionConflictRule } from '../../../src/reconcile/index.js';
import { corpus, predicate, run, runExample, v } from '../fixture.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
describe('attribution-conflict', () => {
  it('names both speakers in its data', () => {
    const [f] = runExample(attributionConflictRule, attributionConflictRule.meta.examples[0]).findings;
    expect(f?.data).toEqual({ attributedTo: ['Guo Jiakun', 'Lin Jian'] });
  });
});

describe('attribution-conflict: which groups can hold a finding at all', () => {
  const text = 'The fund is worth $12 billion, officials said.';
  /** One claim per source (a, b, c) about one statement, with these attributions and values. */
  const statement = (claims: readonly { readonly attribution?: Attribution; readonly value: Value }[]) =>
    corpus({
      sources: ['a', 'b', 'c'].map((id) => ({ id, text })),
      predicates: [predicate('said', 'text', 'multi', 'statement'), predicate('amount', 'quantity', 'multi', 'amount'), predicate('seat', 'entity', 'multi', 'seat')],
      claims: claims.map((c, i) => ({
        id: `c${i}`,
        source: ['a', 'b', 'c'][i] as string,
        quote: 'The fund is worth $12 billion',
        subject: 'Fund',
        predicate: c.value.type === 'text' ? 'said' : c.value.type === 'quantity' ? 'amount' : 'seat',
        value: c.value,
        ...(c.attribution !== undefined ? { attribution: c.attribution } : {}),
      })),
    });
  const quote = v.text('the fund is worth $12 billion');
  const amount = v.quantity(12e9, 12e9, undefined, 'USD');

  it.each([
    ['two speakers of one quote', [{ attribution: { speaker: 'Lin Jian' }, value: quote }, { attribution: { speaker: 'Guo Jiakun' }, value: quote }], ['speaker-attribution']],
    ['two speakers of one amount', [{ attribution: { speaker: 'Lin Jian' }, value: amount }, { attribution: { speaker: 'Guo Jiakun' }, value: amount }], ['speaker-attribution']],
    ['one quote relayed from two outlets', [{ attribution: { outlet: 'Reuters' }, value: quote }, { attribution: { outlet: 'AFP' }, value: quote }], ['outlet-attribution']],
    ['one amount relayed from two outlets (two witnesses of a fact)', [{ attribution: { outlet: 'Reuters' }, value: amount }, { attribution: { outlet: 'AFP' }, value: amount }], []],
    ['one entity relayed from two outlets', [{ attribution: { outlet: 'Reuters' }, value: v.entity('Tokyo') }, { attribution: { outlet: 'AFP' }, value: v.entity('Tokyo') }], []],
    ['one speaker, and one outlet relaying the quote', [{ attribution: { speaker: 'Lin Jian' }, value: quote }, { attribution: { outlet: 'AFP' }, value: quote }], []],
    ['one speaker, and the quote in a source’s own voice', [{ attribution: { speaker: 'Lin Jian' }, value: quote }, { value: quote }], []],
    [
      'three claims: one outlet-relayed amount beside two speakers',
      [{ attribution: { outlet: 'AFP' }, value: amount }, { attribution: { speaker: 'Lin Jian' }, value: amount }, { attribution: { speaker: 'Guo Jiakun' }, value: amount }],
      ['speaker-attribution'],
    ],
  ] as const)('%s', (_title, claims, kinds) => {
    const { findings, messages } = run([attributionConflictRule], statement(claims));
    expect(messages).toEqual([]);
    expect(findings.map((f) => f.kind)).toEqual(kinds);
  });
});
