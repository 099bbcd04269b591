import { describe, expect, it } from 'vitest';
import { valueConflictRule } from '../../../src/reconcile/index.js';
import { runExample } from '../fixture.js';

// The ok / not-ok examples live with the rule (src/reconcile/rules/examples/) and run in examples.test.ts.
const [notOk] = valueConflictRule.meta.examples;

describe('value-conflict', () => {
  it('reports each side with its claims, quotes, offsets and normalized values', () => {
    const [f] = runExample(valueConflictRule, notOk).findings;
    expect(f?.severity).toBe('error');
    expect(f?.sides.map((s) => s.claims.map((c) => [c.claimId, c.sourceId, c.span.quote.exact]))).toEqual([
      [['vault-a', 'a', 'a nearly $12 billion critical mineral reserve']],
      [['vault-b', 'b', 'a $120 billion stockpile']],
    ]);
    const text = notOk?.sources[1]?.text ?? '';
    const span = f?.sides[1]?.claims[0]?.span;
    expect(text.slice(span?.position.start, span?.position.end)).toBe('a $120 billion stockpile');
    expect(f?.sides[1]?.claims[0]?.value).toMatchObject({ type: 'quantity', low: 120e9 });
  });

  it('is a message: placed at its first claim, with the rule and its absolute docs url', () => {
    const [f] = runExample(valueConflictRule, notOk).findings;
    expect(f).toMatchObject({ source: 'reconcile', code: 'finding', ruleId: 'value-conflict', place: { sourceId: 'a' } });
    expect(f?.url).toMatch(/^https:\/\/.+\/rules\.md#value-conflict$/);
  });
});

describe('value-conflict: a finding of three values or more counts its sources in agreement', () => {
  const capital = { id: 'private-capital', valueType: 'quantity', cardinality: 'functional', label: 'private capital' } as const;
  const figures = ['$1.5 billion', '$3 billion', '$6 billion'];
  // Source of each of the three figures.
  it.each([
    ['one source', ['p', 'p', 'p'], 'one source gives Project Vault private capital three values'],
    ['two sources', ['p', 'p', 'q'], 'two sources give Project Vault private capital three values'],
    ['three sources', ['p', 'q', 'r'], 'three sources give Project Vault private capital three values'],
  ])('%s', (_, sourceOf, says) => {
    const ids = [...new Set(sourceOf)];
    const sources = ids.map((id) => ({ id, text: `Private investors put in ${figures.filter((_, i) => sourceOf[i] === id).join(', then ')}.` }));
    const claims = figures.map((figure, i) => ({ id: `pc-${i}`, source: sourceOf[i] as string, quote: figure, subject: 'Project Vault', predicate: 'private-capital', value: { quantity: figure } }));
    const { findings } = runExample(valueConflictRule, { title: 'three figures', sources, predicates: [capital], claims, findings: ['value-conflict'] });
    expect(findings.map((f) => f.message.slice(0, says.length))).toEqual([says]);
  });
});
