import { describe, expect, it } from 'vitest';
import { nameVariantRule } from '../../../src/reconcile/index.js';
import { type RuleCase, alias, predicate, runCase, v } from '../fixture.js';

const stake = predicate('stake-in', 'entity', 'multi', 'stake');
const invested = predicate('invested-in', 'entity', 'multi', 'investment');
const partner = predicate('partner', 'entity', 'multi', 'partner');

const MINERALS = { id: '002', text: 'the Pentagon purchasing a majority stake in MP Minerals, which pledged to build up refinement' };
const MATERIALS = { id: '003', text: 'with investments already in MP Materials, a rare earth magnets maker' };

const minerals = { id: 'stake-002', source: '002', quote: 'a majority stake in MP Minerals', subject: 'Pentagon', predicate: 'stake-in', value: v.entity('MP Minerals') };
const materials = { id: 'investment-003', source: '003', quote: 'investments already in MP Materials', subject: 'US government', predicate: 'invested-in', value: v.entity('MP Materials') };

const cases: RuleCase[] = [
  {
    title: 'not ok: "MP Minerals" (002) vs "MP Materials" (003), no alias joins them',
    sources: [MINERALS, MATERIALS],
    predicates: [stake, invested],
    claims: [minerals, materials],
    kinds: ['name-variant'],
    says: ['“MP Materials”', '“MP Minerals”', 'no alias table links them'],
  },
  {
    title: 'ok: the alias table says they are one company',
    sources: [MINERALS, MATERIALS],
    predicates: [stake, invested],
    claims: [minerals, materials],
    entities: [alias('mp-materials', 'MP Materials', ['MP Minerals'])],
    kinds: [],
  },
  {
    title: 'ok: the same name spelt with dots and case ("the U.K." / "UK")',
    sources: [
      { id: 'x', text: 'the U.K. joined' },
      { id: 'y', text: 'and the uk too' },
    ],
    predicates: [partner],
    claims: [
      { id: 'p-x', source: 'x', quote: 'the U.K.', subject: 'Pax Silica', predicate: 'partner', value: v.entity('the U.K.') },
      { id: 'p-y', source: 'y', quote: 'the uk', subject: 'Pax Silica', predicate: 'partner', value: v.entity('uk') },
    ],
    kinds: [],
  },
  {
    title: 'ok: look-alike names of two known entities ("Austria" / "Australia")',
    sources: [
      { id: 'x', text: 'Austria joined' },
      { id: 'y', text: 'Australia joined' },
    ],
    predicates: [partner],
    claims: [
      { id: 'p-x', source: 'x', quote: 'Austria', subject: 'Pax Silica', predicate: 'partner', value: v.entity('Austria') },
      { id: 'p-y', source: 'y', quote: 'Australia', subject: 'Pax Silica', predicate: 'partner', value: v.entity('Australia') },
    ],
    kinds: [],
  },
  {
    title: 'ok: a coalition and its summit are different kinds of thing ("Pax Silica" / "Pax Silica Summit")',
    sources: [
      { id: 'x', text: 'Pax Silica includes Japan' },
      { id: 'y', text: 'the Pax Silica Summit with Canada' },
    ],
    predicates: [partner],
    claims: [
      { id: 'p-x', source: 'x', quote: 'Pax Silica includes Japan', subject: 'Pax Silica', predicate: 'partner', value: v.entity('Japan') },
      { id: 'p-y', source: 'y', quote: 'the Pax Silica Summit with Canada', subject: 'Pax Silica Summit', predicate: 'partner', value: v.entity('Canada') },
    ],
    kinds: [],
  },
  {
    title: 'ok: both spellings in one source only',
    sources: [{ id: 'x', text: 'MP Minerals, also written MP Materials' }],
    predicates: [partner],
    claims: [
      { id: 'p-1', source: 'x', quote: 'MP Minerals', subject: 'Pax Silica', predicate: 'partner', value: v.entity('MP Minerals') },
      { id: 'p-2', source: 'x', quote: 'MP Materials', subject: 'Pax Silica', predicate: 'partner', value: v.entity('MP Materials') },
    ],
    kinds: [],
  },
];

describe('name-variant', () => {
  it.each(cases)('$title', (c) => {
    const result = runCase(nameVariantRule(), c);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => f.kind)).toEqual(c.kinds);
    for (const f of result.findings) for (const words of c.says ?? []) expect(f.message).toContain(words);
  });

  it('shows each spelling with the claims and sources that use it', () => {
    const [f] = runCase(nameVariantRule(), cases[0] as RuleCase).findings;
    expect(f?.severity).toBe('warning');
    expect(f?.sides.map((s) => [s.label, s.claims.map((c) => c.claimId)])).toEqual([
      ['“MP Materials” in 003', ['investment-003']],
      ['“MP Minerals” in 002', ['stake-002']],
    ]);
  });
});
