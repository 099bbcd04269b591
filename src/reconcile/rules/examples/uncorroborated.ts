/**
 * Ok / not-ok examples of `uncorroborated`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { ExampleClaim, ExamplePredicate, RuleExample } from '../../rule.js';

const amount: ExamplePredicate = { id: 'amount', valueType: 'quantity', cardinality: 'functional', label: 'amount' };

/** A paragraph two pages share word for word. */
export const SHARED_PARAGRAPH =
  'The US State Department hosted the first Critical Minerals Ministerial on Wednesday, attended by representatives from over 50 countries and organizations, aiming to break China’s dominance in critical minerals vital for smartphones, weapons, and electric vehicle batteries.';

const vault = (id: string, source: string, quote: string, words: string, extra: Partial<ExampleClaim> = {}): ExampleClaim => ({
  id,
  source,
  quote,
  subject: 'Project Vault',
  predicate: 'amount',
  value: { quantity: words },
  ...extra,
});

export const uncorroboratedExamples: readonly RuleExample[] = [
  {
    title: 'not ok (info): only one source gives the value',
    sources: [{ id: '003', text: 'Trump announced Project Vault, a nearly $12 billion critical mineral reserve.' }],
    predicates: [amount],
    claims: [vault('vault-003', '003', 'a nearly $12 billion critical mineral reserve', 'nearly $12 billion')],
    findings: [{ kind: 'uncorroborated', severity: 'info' }],
    says: ['Project Vault, amount: only 003 gives nearly $12 billion'],
  },
  {
    title: 'ok: two independent sources give compatible values',
    sources: [
      { id: '003', text: 'Trump announced Project Vault, a nearly $12 billion critical mineral reserve.' },
      { id: '008', text: 'Project Vault is worth about $12 billion, officials said.' },
    ],
    predicates: [amount],
    claims: [vault('vault-003', '003', 'a nearly $12 billion critical mineral reserve', 'nearly $12 billion'), vault('vault-008', '008', 'about $12 billion', 'about $12 billion')],
    findings: [],
  },
  {
    title: 'not ok (info): two sources that share passages count as one ("counted as one")',
    sources: [
      { id: '000', text: `Keywords follow.\n\n${SHARED_PARAGRAPH} Project Vault is a $12 billion reserve.` },
      { id: '003', text: `US launches initiative.\n\n${SHARED_PARAGRAPH} Trump announced Project Vault, $12 billion.` },
    ],
    predicates: [amount],
    claims: [vault('vault-000', '000', 'a $12 billion reserve', '$12 billion'), vault('vault-003', '003', '$12 billion', '$12 billion')],
    findings: [{ kind: 'uncorroborated', severity: 'info' }],
    says: ['Project Vault, amount: 000 and 003 give $12 billion, but they are one independent source'],
  },
  {
    title: 'not ok (info): two pages relaying one outlet ("according to politico.com") are one witness',
    sources: [
      { id: '004', text: 'Project Vault is worth $12 billion, politico.com reported.' },
      { id: '010', text: 'According to politico.com, the reserve holds $12 billion.' },
    ],
    predicates: [amount],
    claims: [
      vault('vault-004', '004', 'Project Vault is worth $12 billion', '$12 billion', { attribution: { outlet: 'politico.com' } }),
      vault('vault-010', '010', 'the reserve holds $12 billion', '$12 billion', { attribution: { outlet: 'Politico.com' } }),
    ],
    findings: [{ kind: 'uncorroborated', severity: 'info' }],
    says: ['only politico.com (as relayed by 004 and 010)'],
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
      vault('vault-004', '004', 'Project Vault is worth $12 billion', '$12 billion'),
      vault('vault-010', '010', 'the reserve holds $12 billion', '$12 billion'),
      vault('vault-011', '011', 'The $12 billion reserve', '$12 billion'),
    ],
    findings: [],
  },
];
