import { describe, expect, it } from 'vitest';
import { uncorroboratedRule } from '../../../src/reconcile/index.js';
import { type RuleCase, predicate, runCase, v } from '../fixture.js';

const amount = predicate('amount', 'quantity', 'functional', 'amount');
const SHARED = 'The US State Department hosted the first Critical Minerals Ministerial on Wednesday, attended by representatives from over 50 countries and organizations, aiming to break China’s dominance in critical minerals vital for smartphones, weapons, and electric vehicle batteries.';

const vault = (id: string, source: string, quote: string, low: number, high: number, extra: object = {}) => ({
  id,
  source,
  quote,
  subject: 'Project Vault',
  predicate: 'amount',
  value: v.quantity(low, high, undefined, 'USD'),
  ...extra,
});

const cases: RuleCase[] = [
  {
    title: 'not ok: only one source gives the value',
    sources: [{ id: '003', text: 'Trump announced Project Vault, a nearly $12 billion critical mineral reserve.' }],
    predicates: [amount],
    claims: [vault('vault-003', '003', 'a nearly $12 billion critical mineral reserve', 10.8e9, 12e9)],
    kinds: ['uncorroborated'],
    says: ['Only 003 gives Project Vault amount $10.8 billion–$12 billion'],
  },
  {
    title: 'ok: two independent sources give compatible values',
    sources: [
      { id: '003', text: 'Trump announced Project Vault, a nearly $12 billion critical mineral reserve.' },
      { id: '008', text: 'Project Vault is worth about $12 billion, officials said.' },
    ],
    predicates: [amount],
    claims: [vault('vault-003', '003', 'a nearly $12 billion critical mineral reserve', 10.8e9, 12e9), vault('vault-008', '008', 'about $12 billion', 11.4e9, 12.6e9)],
    kinds: [],
  },
  {
    title: 'not ok: two sources that share passages count as one ("counted as one")',
    sources: [
      { id: '000', text: `Keywords follow.\n\n${SHARED} Project Vault is a $12 billion reserve.` },
      { id: '003', text: `US launches initiative.\n\n${SHARED} Trump announced Project Vault, $12 billion.` },
    ],
    predicates: [amount],
    claims: [vault('vault-000', '000', 'a $12 billion reserve', 12e9, 12e9), vault('vault-003', '003', '$12 billion', 12e9, 12e9)],
    kinds: ['uncorroborated'],
    says: ['000 and 003 give Project Vault amount $12 billion, but they are one independent source'],
  },
  {
    title: 'not ok: two pages relaying one outlet ("according to politico.com") are one witness',
    sources: [
      { id: '004', text: 'Project Vault is worth $12 billion, politico.com reported.' },
      { id: '010', text: 'According to politico.com, the reserve holds $12 billion.' },
    ],
    predicates: [amount],
    claims: [
      vault('vault-004', '004', 'Project Vault is worth $12 billion', 12e9, 12e9, { attribution: { outlet: 'politico.com' } }),
      vault('vault-010', '010', 'the reserve holds $12 billion', 12e9, 12e9, { attribution: { outlet: 'Politico.com' } }),
    ],
    kinds: ['uncorroborated'],
    says: ['Only politico.com (as relayed by 004 and 010)'],
  },
  {
    title: 'ok: a declared derivation from an outside report does not hide a third, independent source',
    sources: [
      { id: '004', text: 'Project Vault is worth $12 billion, politico.com reported.', derivedFrom: [{ outside: 'politico.com' }] },
      { id: '010', text: 'According to politico.com, the reserve holds $12 billion.', derivedFrom: [{ outside: 'www.politico.com' }] },
      { id: '011', text: 'The $12 billion reserve was confirmed by Reuters.' },
    ],
    predicates: [amount],
    claims: [
      vault('vault-004', '004', 'Project Vault is worth $12 billion', 12e9, 12e9),
      vault('vault-010', '010', 'the reserve holds $12 billion', 12e9, 12e9),
      vault('vault-011', '011', 'The $12 billion reserve', 12e9, 12e9),
    ],
    kinds: [],
  },
];

describe('uncorroborated', () => {
  it.each(cases)('$title', (c) => {
    const result = runCase(uncorroboratedRule(), c);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => f.kind)).toEqual(c.kinds);
    for (const f of result.findings) for (const words of c.says ?? []) expect(f.message).toContain(words);
    for (const f of result.findings) expect(f.severity).toBe('info');
  });

  it('says why dependent sources count as one, and lists the independent group', () => {
    const result = runCase(uncorroboratedRule(), cases[2] as RuleCase);
    const [f] = result.findings;
    expect(f?.related.map((n) => n.message)).toEqual([`000 and 003 share one passage (${SHARED.match(/[\p{L}\p{N}]+/gu)?.length} words): counted as one`]);
    expect(f?.sourceGroups).toEqual([['000', '003']]);
  });
});
