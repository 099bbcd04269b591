/**
 * One disagreement, one finding: N distinct values in one claim group are one
 * finding with N sides (not N² pairs), its size grows linearly with N, rules
 * coordinate so a disagreement two rules see is reported once, and a
 * finding's id does not depend on which claims support each side.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules, createReconciler, dateTensionRule, findingIdFor, valueConflictRule } from '../../src/reconcile/index.js';
import { renderMarkdownReport } from '../../src/report/index.js';
import { settled } from '../../src/model/result.js';
import type { Corpus } from '../../src/model/corpus.js';
import { corpus, predicate, run, v, type ClaimInput, type SourceInput } from './fixture.js';

/** N sources, each giving Project Vault a different amount: $10 billion, $20 billion, … (all pairwise apart). */
const manyAmounts = (n: number): Corpus => {
  const sources: SourceInput[] = [];
  const claims: ClaimInput[] = [];
  for (let i = 1; i <= n; i += 1) {
    const id = `s${String(i).padStart(4, '0')}`;
    const words = `$${i * 10} billion`;
    sources.push({ id, text: `Project Vault, the critical minerals reserve, is worth ${words}, officials said.` });
    claims.push({ id: `vault-${id}`, source: id, quote: words, subject: 'Project Vault', predicate: 'amount', value: { ...v.quantity(i * 10e9, i * 10e9, undefined, 'USD'), step: 1e9, raw: words } });
  }
  return corpus({ sources, predicates: [predicate('amount', 'quantity', 'functional', 'amount')], claims });
};

describe('N distinct values in one claim group', () => {
  it.each([2, 4, 50, 500])('%i values are one finding, each value a side', (n) => {
    const result = run(builtinRules(), manyAmounts(n));
    expect(result.messages).toEqual([]);
    const conflicts = result.findings.filter((f) => f.ruleId === 'value-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.sides).toHaveLength(n);
    expect(new Set(conflicts[0]?.sides.flatMap((s) => s.claims.map((c) => c.claimId))).size).toBe(n);
  });

  it('grows linearly: the finding, its JSON and its report section for 500 values are about twice those for 250', () => {
    const size = (n: number) => {
      const c = manyAmounts(n);
      const result = settled(createReconciler({ rules: builtinRules() }).reconcile(c));
      const report = renderMarkdownReport({ title: 't', corpusLabel: 'x', corpus: c, findings: result.findings, ruleDescriptions: {}, command: 'c', coverage: result.coverage });
      return { json: JSON.stringify(result.findings).length, report: report.length };
    };
    const [small, large] = [size(250), size(500)];
    for (const key of ['json', 'report'] as const) {
      const ratio = large[key] / small[key];
      expect(ratio, key).toBeGreaterThan(1.8);
      expect(ratio, key).toBeLessThan(2.3);
    }
    // 500 values pairwise would be 124,750 findings; one finding of 500 sides stays well under a megabyte.
    expect(large.json).toBeLessThan(1_500_000);
  });

  it('names a few values in the message and every one in the sides', () => {
    const [finding] = run([valueConflictRule], manyAmounts(12)).findings;
    expect(finding?.message).toMatch(/^Project Vault, amount: twelve sources give twelve values that cannot all be true: .* and 7 more — /);
    expect(finding?.discrepancy?.grade).toBe('magnitude'); // $10 billion vs $120 billion
  });
});

describe('a finding is a disagreement, not a set of claims', () => {
  it('keeps its id when a source joins a side, and changes only its evidence', () => {
    const before = run([valueConflictRule], manyAmounts(2)).findings[0];
    const c = manyAmounts(2);
    const joined = corpus({
      sources: [...c.sources.map((d) => ({ id: d.source.id, text: d.text })), { id: 's9999', text: 'Officials put Project Vault at about $10 billion.' }],
      predicates: c.predicates,
      claims: [
        ...c.claims.map((claim) => ({ id: claim.id, source: claim.evidence[0]?.sourceId ?? '', quote: claim.evidence[0]?.quote.exact ?? '', subject: 'Project Vault', predicate: 'amount', value: claim.value })),
        { id: 'vault-s9999', source: 's9999', quote: 'about $10 billion', subject: 'Project Vault', predicate: 'amount', value: { ...v.quantity(9e9, 11e9, undefined, 'USD'), step: 1e9 } },
      ],
    });
    const after = run([valueConflictRule], joined).findings[0];
    expect(after?.id).toBe(before?.id);
    expect(after?.id).toBe(findingIdFor('value-conflict', { key: { subject: 'name:project vault', predicate: 'amount' }, disagreement: 'value' }));
    expect(after?.fingerprint).not.toBe(before?.fingerprint);
    expect(after?.sides[0]?.claims.map((x) => x.claimId)).toEqual(['vault-s0001', 'vault-s9999']); // the best supported side first
    expect(after?.sides[0]?.support).toBe(2);
  });

  it('reports a date two rules see once: value-conflict, with date-tension’s explanation as a related note', () => {
    const c = corpus({
      sources: [
        { id: 'a', published: '2025-12-12T14:11', text: 'The coalition was officially launched with the signing of the declaration today.' },
        { id: 'b', published: '2025-12-24', text: 'Published on December 24, 2025, the initiative aims to diversify supply chains.' },
      ],
      predicates: [predicate('launched-on', 'date', 'functional', 'launched on')],
      claims: [
        { id: 'a1', source: 'a', quote: 'officially launched with the signing of the declaration today', subject: 'Pax Silica', predicate: 'launched-on', value: { ...v.date('2025-12-12'), raw: 'today' } },
        { id: 'b1', source: 'b', quote: 'Published on December 24, 2025, the initiative', subject: 'Pax Silica', predicate: 'launched-on', value: { ...v.date('2025-12-24'), raw: 'December 24, 2025' }, hedge: 'hedged' },
      ],
    });
    const both = run([valueConflictRule, dateTensionRule], c).findings;
    expect(both.map((f) => [f.ruleId, f.kind])).toEqual([['value-conflict', 'value-conflict']]);
    expect(both[0]?.related.map((n) => [n.ruleId, n.claimId])).toEqual([['date-tension', 'b1']]);
    expect(both[0]?.data?.['explainedBy']).toEqual(['date-tension:publication-date']);
    // Alone, the explanation is a finding of its own.
    expect(run([dateTensionRule], c).findings.map((f) => f.kind)).toEqual(['publication-date']);
  });

  it('orders sides by independent support: copies count once', () => {
    const c = corpus({
      sources: [
        { id: 'a', text: 'The fund holds $12 billion in reserves for the programme.' },
        { id: 'b', text: 'The fund holds $120 billion in reserves, a spokesperson said.' },
        { id: 'c', text: 'Another outlet: the fund holds $120 billion in reserves, a spokesperson said.', derivedFrom: [{ source: 'b' }] },
        { id: 'd', text: 'Analysts said the fund holds about $12 billion.' },
        { id: 'e', text: 'Its reserves amount to $12 billion, the ministry said.' },
      ],
      predicates: [predicate('amount', 'quantity', 'functional', 'amount')],
      claims: [
        { id: 'a1', source: 'a', quote: '$12 billion', subject: 'Fund', predicate: 'amount', value: { ...v.quantity(12e9, 12e9, undefined, 'USD'), step: 1e9 } },
        { id: 'b1', source: 'b', quote: '$120 billion', subject: 'Fund', predicate: 'amount', value: { ...v.quantity(120e9, 120e9, undefined, 'USD'), step: 10e9 } },
        { id: 'c1', source: 'c', quote: '$120 billion', subject: 'Fund', predicate: 'amount', value: { ...v.quantity(120e9, 120e9, undefined, 'USD'), step: 10e9 } },
        { id: 'd1', source: 'd', quote: 'about $12 billion', subject: 'Fund', predicate: 'amount', value: { ...v.quantity(10.8e9, 13.2e9, undefined, 'USD'), step: 1e9 } },
        { id: 'e1', source: 'e', quote: '$12 billion', subject: 'Fund', predicate: 'amount', value: { ...v.quantity(12e9, 12e9, undefined, 'USD'), step: 1e9 } },
      ],
    });
    const [finding] = run([valueConflictRule], c).findings;
    expect(finding?.sides.map((s) => [s.sources, s.support])).toEqual([
      [['a', 'd', 'e'], 3],
      [['b', 'c'], 1],
    ]);
    expect(finding?.sides[1]?.sourceGroups).toEqual([['b', 'c']]);
    expect(finding?.severity).toBe('error');
    expect(finding?.discrepancy?.label).toBe('about tenfold apart');
  });
});
