/**
 * Ok / not-ok examples of `value-conflict`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { ExamplePredicate, ExampleSource, RuleExample } from '../../rule.js';

const amount: ExamplePredicate = { id: 'amount', valueType: 'quantity', cardinality: 'functional', label: 'amount' };
const signedOn: ExamplePredicate = { id: 'signed-on', valueType: 'date', cardinality: 'functional', label: 'signed on' };
const headquarters: ExamplePredicate = { id: 'headquarters', valueType: 'entity', cardinality: 'functional', label: 'headquarters' };
const partner: ExamplePredicate = { id: 'partner', valueType: 'entity', cardinality: 'multi', label: 'partner' };

const A: ExampleSource = { id: 'a', text: 'Trump announced Project Vault, a nearly $12 billion critical mineral reserve, on Monday.' };
const B: ExampleSource = { id: 'b', text: 'Project Vault, a $120 billion stockpile, was announced by the White House.' };
const C: ExampleSource = { id: 'c', text: 'The reserve, Project Vault, is worth about $12 billion according to officials.' };

const vaultA = { id: 'vault-a', source: 'a', quote: 'a nearly $12 billion critical mineral reserve', subject: 'Project Vault', predicate: 'amount', value: { quantity: 'nearly $12 billion' } };
const vaultB = { id: 'vault-b', source: 'b', quote: 'a $120 billion stockpile', subject: 'Project Vault', predicate: 'amount', value: { quantity: '$120 billion' } };
const signedX: ExampleSource = { id: 'x', text: 'The Pax Silica Declaration was signed on Friday, December 12, 2025.' };
const signedOnX = { id: 'signed-x', source: 'x', quote: 'December 12, 2025', subject: 'Pax Silica Declaration', predicate: 'signed-on', value: { date: 'December 12, 2025' } };

export const valueConflictExamples: readonly RuleExample[] = [
  {
    title: 'not ok: amounts whose intervals do not overlap ("nearly $12 billion" vs "$120 billion")',
    sources: [A, B],
    predicates: [amount],
    claims: [vaultA, vaultB],
    findings: ['value-conflict'],
    says: ['a gives Project Vault amount nearly $12 billion', 'b gives $120 billion', 'one true value'],
  },
  {
    title: 'not ok, but only a warning: one side is hedged',
    sources: [A, B],
    predicates: [amount],
    claims: [vaultA, { ...vaultB, hedge: 'hedged' }],
    findings: [{ kind: 'value-conflict', severity: 'warning' }],
  },
  {
    title: 'ok: hedged amounts that overlap ("nearly $12 billion" vs "about $12 billion")',
    sources: [A, C],
    predicates: [amount],
    claims: [vaultA, { id: 'vault-c', source: 'c', quote: 'about $12 billion', subject: 'Project Vault', predicate: 'amount', value: { quantity: 'about $12 billion' } }],
    findings: [],
  },
  {
    title: 'ok: different measures are not compared (dollars vs countries)',
    sources: [A, B],
    predicates: [amount],
    claims: [vaultA, { ...vaultB, value: { quantity: '120', unit: 'countries' } }],
    findings: [],
  },
  {
    title: 'not ok: two dates for one signing',
    sources: [signedX, { id: 'y', text: 'The declaration, signed on December 19, 2025, includes Japan.' }],
    predicates: [signedOn],
    claims: [
      signedOnX,
      { id: 'signed-y', source: 'y', quote: 'December 19, 2025', subject: 'Pax Silica Declaration', predicate: 'signed-on', value: { date: 'December 19, 2025' } },
    ],
    findings: ['value-conflict'],
    says: ['2025-12-12', '2025-12-19'],
  },
  {
    title: 'ok: a weekday that fits the date ("signed Friday" vs 12 Dec 2025, a Friday)',
    sources: [signedX, { id: 'y', text: 'the “Pax Silica” agreement signed Friday to challenge China' }],
    predicates: [signedOn],
    claims: [signedOnX, { id: 'signed-y', source: 'y', quote: 'signed Friday', subject: 'Pax Silica Declaration', predicate: 'signed-on', value: { date: 'Friday' } }],
    findings: [],
  },
  {
    title: 'ok: aliases are one entity ("UK" vs "United Kingdom")',
    sources: [
      { id: 'x', text: 'The secretariat sits in the UK.' },
      { id: 'y', text: 'Its secretariat is based in the United Kingdom.' },
    ],
    predicates: [headquarters],
    claims: [
      { id: 'hq-x', source: 'x', quote: 'the UK', subject: 'Forge secretariat', predicate: 'headquarters', value: { entity: 'UK' } },
      { id: 'hq-y', source: 'y', quote: 'the United Kingdom', subject: 'Forge secretariat', predicate: 'headquarters', value: { entity: 'United Kingdom' } },
    ],
    findings: [],
  },
  {
    title: 'not ok: two different entities for a functional predicate',
    sources: [
      { id: 'x', text: 'The secretariat sits in the UK.' },
      { id: 'y', text: 'Its secretariat is based in Japan.' },
    ],
    predicates: [headquarters],
    claims: [
      { id: 'hq-x', source: 'x', quote: 'the UK', subject: 'Forge secretariat', predicate: 'headquarters', value: { entity: 'UK' } },
      { id: 'hq-y', source: 'y', quote: 'Japan', subject: 'Forge secretariat', predicate: 'headquarters', value: { entity: 'Japan' } },
    ],
    findings: ['value-conflict'],
  },
  {
    title: 'ok: different values of a multi-valued predicate',
    sources: [
      { id: 'x', text: 'Japan is a partner.' },
      { id: 'y', text: 'Australia is a partner too.' },
    ],
    predicates: [partner],
    claims: [
      { id: 'p-x', source: 'x', quote: 'Japan', subject: 'Pax Silica', predicate: 'partner', value: { entity: 'Japan' } },
      { id: 'p-y', source: 'y', quote: 'Australia', subject: 'Pax Silica', predicate: 'partner', value: { entity: 'Australia' } },
    ],
    findings: [],
  },
  {
    title: 'ok: different years are different scopes ($12 billion in 2026, $120 billion in 2030)',
    sources: [A, B],
    predicates: [amount],
    claims: [
      { ...vaultA, qualifiers: { time: { date: '2026' } } },
      { ...vaultB, qualifiers: { time: { date: '2030' } } },
    ],
    findings: [],
  },
  {
    title: 'not ok: a claim and its negation (any cardinality)',
    sources: [
      { id: 'x', text: 'India is a partner of the initiative.' },
      { id: 'y', text: 'India is not a partner, officials said.' },
    ],
    predicates: [partner],
    claims: [
      { id: 'p-x', source: 'x', quote: 'India is a partner', subject: 'Pax Silica', predicate: 'partner', value: { entity: 'India' } },
      { id: 'p-y', source: 'y', quote: 'India is not a partner', subject: 'Pax Silica', predicate: 'partner', value: { entity: 'India' }, polarity: 'negative' },
    ],
    findings: ['polarity-conflict'],
    says: ['it is not'],
  },
];
