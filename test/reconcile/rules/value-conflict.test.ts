import { describe, expect, it } from 'vitest';
import { valueConflictRule } from '../../../src/reconcile/index.js';
import { type RuleCase, predicate, runCase, v } from '../fixture.js';

const vault = predicate('amount', 'quantity', 'functional', 'amount');
const signed = predicate('signed-on', 'date', 'functional', 'signed on');
const hq = predicate('headquarters', 'entity', 'functional', 'headquarters');
const partner = predicate('partner', 'entity', 'multi', 'partner');

const A = { id: 'a', text: 'Trump announced Project Vault, a nearly $12 billion critical mineral reserve, on Monday.' };
const B = { id: 'b', text: 'Project Vault, a $120 billion stockpile, was announced by the White House.' };
const C = { id: 'c', text: 'The reserve, Project Vault, is worth about $12 billion according to officials.' };

const cases: RuleCase[] = [
  {
    title: 'not ok: quantities whose intervals do not overlap',
    sources: [A, B],
    predicates: [vault],
    claims: [
      { id: 'vault-a', source: 'a', quote: 'a nearly $12 billion critical mineral reserve', subject: 'Project Vault', predicate: 'amount', value: v.quantity(10.8e9, 12e9, undefined, 'USD') },
      { id: 'vault-b', source: 'b', quote: 'a $120 billion stockpile', subject: 'Project Vault', predicate: 'amount', value: v.quantity(120e9, 120e9, undefined, 'USD') },
    ],
    kinds: ['value-conflict'],
    says: ['a gives Project Vault amount', 'b gives', 'one true value'],
  },
  {
    title: 'ok: overlapping hedged quantities ("nearly $12 billion" vs "about $12 billion")',
    sources: [A, C],
    predicates: [vault],
    claims: [
      { id: 'vault-a', source: 'a', quote: 'a nearly $12 billion critical mineral reserve', subject: 'Project Vault', predicate: 'amount', value: v.quantity(10.8e9, 12e9, undefined, 'USD') },
      { id: 'vault-c', source: 'c', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: v.quantity(11.4e9, 12.6e9, undefined, 'USD') },
    ],
    kinds: [],
  },
  {
    title: 'ok: different measures are not compared ($ vs countries)',
    sources: [A, B],
    predicates: [vault],
    claims: [
      { id: 'vault-a', source: 'a', quote: 'a nearly $12 billion critical mineral reserve', subject: 'Project Vault', predicate: 'amount', value: v.quantity(10.8e9, 12e9, undefined, 'USD') },
      { id: 'vault-b', source: 'b', quote: 'a $120 billion stockpile', subject: 'Project Vault', predicate: 'amount', value: v.quantity(120, 120, 'countries') },
    ],
    kinds: [],
  },
  {
    title: 'not ok: two dates for one signing',
    sources: [
      { id: 'x', text: 'The Pax Silica Declaration was signed on Friday, December 12, 2025.' },
      { id: 'y', text: 'The declaration, signed on December 19, 2025, includes Japan.' },
    ],
    predicates: [signed],
    claims: [
      { id: 'signed-x', source: 'x', quote: 'December 12, 2025', subject: 'Pax Silica Declaration', predicate: 'signed-on', value: v.date('2025-12-12') },
      { id: 'signed-y', source: 'y', quote: 'December 19, 2025', subject: 'Pax Silica Declaration', predicate: 'signed-on', value: v.date('2025-12-19') },
    ],
    kinds: ['value-conflict'],
    says: ['2025-12-12', '2025-12-19'],
  },
  {
    title: 'ok: a weekday that fits the date ("signed Friday" vs 12 Dec 2025, a Friday)',
    sources: [
      { id: 'x', text: 'The Pax Silica Declaration was signed on Friday, December 12, 2025.' },
      { id: 'y', text: 'the “Pax Silica” agreement signed Friday to challenge China' },
    ],
    predicates: [signed],
    claims: [
      { id: 'signed-x', source: 'x', quote: 'December 12, 2025', subject: 'Pax Silica Declaration', predicate: 'signed-on', value: v.date('2025-12-12') },
      { id: 'signed-y', source: 'y', quote: 'signed Friday', subject: 'Pax Silica Declaration', predicate: 'signed-on', value: v.weekday('friday', 'Friday') },
    ],
    kinds: [],
  },
  {
    title: 'ok: aliases are one entity ("UK" vs "United Kingdom")',
    sources: [
      { id: 'x', text: 'The secretariat sits in the UK.' },
      { id: 'y', text: 'Its secretariat is based in the United Kingdom.' },
    ],
    predicates: [hq],
    claims: [
      { id: 'hq-x', source: 'x', quote: 'the UK', subject: 'Forge secretariat', predicate: 'headquarters', value: v.entity('UK') },
      { id: 'hq-y', source: 'y', quote: 'the United Kingdom', subject: 'Forge secretariat', predicate: 'headquarters', value: v.entity('United Kingdom') },
    ],
    kinds: [],
  },
  {
    title: 'not ok: two different entities for a functional predicate',
    sources: [
      { id: 'x', text: 'The secretariat sits in the UK.' },
      { id: 'y', text: 'Its secretariat is based in Japan.' },
    ],
    predicates: [hq],
    claims: [
      { id: 'hq-x', source: 'x', quote: 'the UK', subject: 'Forge secretariat', predicate: 'headquarters', value: v.entity('UK') },
      { id: 'hq-y', source: 'y', quote: 'Japan', subject: 'Forge secretariat', predicate: 'headquarters', value: v.entity('Japan') },
    ],
    kinds: ['value-conflict'],
  },
  {
    title: 'ok: different values of a multi-valued predicate',
    sources: [
      { id: 'x', text: 'Japan is a partner.' },
      { id: 'y', text: 'Australia is a partner too.' },
    ],
    predicates: [partner],
    claims: [
      { id: 'p-x', source: 'x', quote: 'Japan', subject: 'Pax Silica', predicate: 'partner', value: v.entity('Japan') },
      { id: 'p-y', source: 'y', quote: 'Australia', subject: 'Pax Silica', predicate: 'partner', value: v.entity('Australia') },
    ],
    kinds: [],
  },
  {
    title: 'ok: different years are different scopes',
    sources: [A, B],
    predicates: [vault],
    claims: [
      { id: 'vault-a', source: 'a', quote: 'a nearly $12 billion critical mineral reserve', subject: 'Project Vault', predicate: 'amount', value: v.quantity(10.8e9, 12e9, undefined, 'USD'), qualifiers: { time: { type: 'date', start: '2026-01-01', end: '2026-12-31', precision: 'year' } } },
      { id: 'vault-b', source: 'b', quote: 'a $120 billion stockpile', subject: 'Project Vault', predicate: 'amount', value: v.quantity(120e9, 120e9, undefined, 'USD'), qualifiers: { time: { type: 'date', start: '2030-01-01', end: '2030-12-31', precision: 'year' } } },
    ],
    kinds: [],
  },
  {
    title: 'not ok: a claim and its negation (any cardinality)',
    sources: [
      { id: 'x', text: 'India is a partner of the initiative.' },
      { id: 'y', text: 'India is not a partner, officials said.' },
    ],
    predicates: [partner],
    claims: [
      { id: 'p-x', source: 'x', quote: 'India is a partner', subject: 'Pax Silica', predicate: 'partner', value: v.entity('India') },
      { id: 'p-y', source: 'y', quote: 'India is not a partner', subject: 'Pax Silica', predicate: 'partner', value: v.entity('India'), polarity: 'negative' },
    ],
    kinds: ['polarity-conflict'],
    says: ['it is not'],
  },
];

describe('value-conflict', () => {
  it.each(cases)('$title', (c) => {
    const result = runCase(valueConflictRule(), c);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => f.kind).sort()).toEqual([...c.kinds].sort());
    for (const f of result.findings) for (const words of c.says ?? []) expect(f.message).toContain(words);
  });

  it('reports each side with its claims, quotes, offsets and normalized values', () => {
    const [f] = runCase(valueConflictRule(), cases[0] as RuleCase).findings;
    expect(f?.severity).toBe('error');
    expect(f?.sides.map((s) => s.claims.map((c) => [c.claimId, c.sourceId, c.span.quote.exact]))).toEqual([
      [['vault-a', 'a', 'a nearly $12 billion critical mineral reserve']],
      [['vault-b', 'b', 'a $120 billion stockpile']],
    ]);
    const span = f?.sides[1]?.claims[0]?.span;
    expect(B.text.slice(span?.position.start, span?.position.end)).toBe('a $120 billion stockpile');
    expect(f?.sides[1]?.claims[0]?.value).toMatchObject({ type: 'quantity', low: 120e9 });
  });

  it('downgrades to a warning when one side is only expected or hedged', () => {
    const c = cases[0] as RuleCase;
    const hedged = { ...c, claims: c.claims.map((x, i) => (i === 1 ? { ...x, hedge: 'hedged' as const } : x)) };
    expect(runCase(valueConflictRule(), hedged).findings.map((f) => f.severity)).toEqual(['warning']);
  });
});
