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
    findings: [{ kind: 'value-conflict', severity: 'error' }],
    says: ['Project Vault, amount: a gives nearly $12 billion', 'b gives $120 billion', 'only one can be true', 'about tenfold apart'],
  },
  {
    title: 'not ok: four figures for one fund are one finding with four sides, not six pairs',
    sources: [
      { id: 'p', text: 'Private investors put in $1.5 billion.' },
      { id: 'q', text: 'Private capital of $3 billion was raised.' },
      { id: 'r', text: 'It drew $6 billion in private money.' },
      { id: 's', text: 'Private backers added $12 billion.' },
    ],
    predicates: [{ id: 'private-capital', valueType: 'quantity', cardinality: 'functional', label: 'private capital' }],
    claims: [
      { id: 'pc-p', source: 'p', quote: '$1.5 billion', subject: 'Project Vault', predicate: 'private-capital', value: { quantity: '$1.5 billion' } },
      { id: 'pc-q', source: 'q', quote: '$3 billion', subject: 'Project Vault', predicate: 'private-capital', value: { quantity: '$3 billion' } },
      { id: 'pc-r', source: 'r', quote: '$6 billion', subject: 'Project Vault', predicate: 'private-capital', value: { quantity: '$6 billion' } },
      { id: 'pc-s', source: 's', quote: '$12 billion', subject: 'Project Vault', predicate: 'private-capital', value: { quantity: '$12 billion' } },
    ],
    findings: ['value-conflict'],
    says: ['four values that cannot all be true', '$1.5 billion (p)', '$12 billion (s)'],
  },
  {
    title: 'ok: rounding — "$12 billion" and "$12.4 billion" overlap once "$12 billion" is read as rounded to the billion',
    sources: [A, { id: 'r', text: 'The reserve is worth $12.4 billion, filings show.' }],
    predicates: [amount],
    claims: [
      { ...vaultA, value: { quantity: '$12 billion' } },
      { id: 'vault-r', source: 'r', quote: '$12.4 billion', subject: 'Project Vault', predicate: 'amount', value: { quantity: '$12.4 billion' } },
    ],
    findings: [],
  },
  {
    title: 'ok: "over 40%" and "40%" (a bound and a rounded figure)',
    sources: [
      { id: 'x', text: 'China mines over 40% of the metal.' },
      { id: 'y', text: 'China mines 40% of the metal.' },
    ],
    predicates: [{ id: 'share', valueType: 'quantity', cardinality: 'functional', label: 'share' }],
    claims: [
      { id: 'sh-x', source: 'x', quote: 'over 40%', subject: 'China', predicate: 'share', value: { quantity: 'over 40%' } },
      { id: 'sh-y', source: 'y', quote: '40%', subject: 'China', predicate: 'share', value: { quantity: '40%' } },
    ],
    findings: [],
  },
  {
    title: 'ok: a hedged proportion in words ("nearly all") and a figure inside it ("about 90%")',
    sources: [
      { id: 'x', text: 'China refines nearly all of the world’s rare earths.' },
      { id: 'y', text: 'China refines about 90% of rare earths.' },
    ],
    predicates: [{ id: 'share', valueType: 'quantity', cardinality: 'functional', label: 'share' }],
    claims: [
      { id: 'sh-x', source: 'x', quote: 'nearly all', subject: 'China', predicate: 'share', value: { quantity: 'nearly all' } },
      { id: 'sh-y', source: 'y', quote: 'about 90%', subject: 'China', predicate: 'share', value: { quantity: 'about 90%' } },
    ],
    findings: [],
  },
  {
    title: 'not ok, but only a warning — a minor tension: "50 countries" against "54 countries" (7% apart)',
    sources: [
      { id: 'x', text: 'Delegations from 50 countries attended.' },
      { id: 'y', text: 'Delegations from 54 countries attended.' },
    ],
    predicates: [{ id: 'attendance', valueType: 'quantity', cardinality: 'functional', label: 'attendance' }],
    claims: [
      { id: 'at-x', source: 'x', quote: '50 countries', subject: 'Ministerial', predicate: 'attendance', value: { quantity: '50 countries' } },
      { id: 'at-y', source: 'y', quote: '54 countries', subject: 'Ministerial', predicate: 'attendance', value: { quantity: '54 countries' } },
    ],
    findings: [{ kind: 'value-conflict', severity: 'warning' }],
    says: ['minor tension'],
  },
  {
    title: 'ok: an organisation is not a place ("U.S. Department of State" vs "Washington")',
    sources: [
      { id: 'x', text: 'The ministerial took place at the U.S. Department of State.' },
      { id: 'y', text: 'The ministerial took place in Washington.' },
    ],
    predicates: [{ id: 'location', valueType: 'entity', cardinality: 'functional', label: 'location' }],
    entities: [
      { id: 'state-department' as never, name: 'U.S. Department of State', kind: 'organization', aliases: [] },
      { id: 'washington-dc' as never, name: 'Washington, D.C.', kind: 'place', aliases: ['Washington'] },
    ],
    claims: [
      { id: 'loc-x', source: 'x', quote: 'U.S. Department of State', subject: 'Ministerial', predicate: 'location', value: { entity: 'U.S. Department of State' } },
      { id: 'loc-y', source: 'y', quote: 'Washington', subject: 'Ministerial', predicate: 'location', value: { entity: 'Washington' } },
    ],
    findings: [],
  },
  {
    title: 'ok: a place inside another (Washington, located in the United States)',
    sources: [
      { id: 'x', text: 'The ministerial took place in Washington.' },
      { id: 'y', text: 'The ministerial took place in the United States.' },
    ],
    predicates: [{ id: 'location', valueType: 'entity', cardinality: 'functional', label: 'location' }],
    entities: [{ id: 'washington-dc' as never, name: 'Washington, D.C.', kind: 'place', aliases: ['Washington'], locatedIn: ['country:US' as never] }],
    claims: [
      { id: 'loc-x', source: 'x', quote: 'Washington', subject: 'Ministerial', predicate: 'location', value: { entity: 'Washington' } },
      { id: 'loc-y', source: 'y', quote: 'the United States', subject: 'Ministerial', predicate: 'location', value: { entity: 'United States' } },
    ],
    findings: [],
  },
  {
    title: 'ok: a date without a year on an undated page ("March 3") and a dated one (March 3, 2026)',
    sources: [
      { id: 'x', text: 'The ministers met on March 3 to discuss supply chains.' },
      { id: 'y', published: '2026-03-04', text: 'The ministers met on March 3, 2026, officials said.' },
    ],
    predicates: [{ id: 'occurred-on', valueType: 'date', cardinality: 'functional', label: 'took place on' }],
    claims: [
      { id: 'd-x', source: 'x', quote: 'on March 3', subject: 'Ministerial', predicate: 'occurred-on', value: { date: 'March 3' } },
      { id: 'd-y', source: 'y', quote: 'March 3, 2026', subject: 'Ministerial', predicate: 'occurred-on', value: { date: 'March 3, 2026' } },
    ],
    findings: [],
  },
  {
    title: 'not ok: a date without a year against another day ("March 3" vs March 20, 2026)',
    sources: [
      { id: 'x', text: 'The ministers met on March 3 to discuss supply chains.' },
      { id: 'y', text: 'The ministers met on March 20, 2026, officials said.' },
    ],
    predicates: [{ id: 'occurred-on', valueType: 'date', cardinality: 'functional', label: 'took place on' }],
    claims: [
      { id: 'd-x', source: 'x', quote: 'on March 3', subject: 'Ministerial', predicate: 'occurred-on', value: { date: 'March 3' } },
      { id: 'd-y', source: 'y', quote: 'March 20, 2026', subject: 'Ministerial', predicate: 'occurred-on', value: { date: 'March 20, 2026' } },
    ],
    findings: [{ kind: 'value-conflict', severity: 'error' }],
    says: ['17 days apart'],
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
    title: 'ok: "last Tuesday" said on a Wednesday is that week\'s Tuesday or the one before, and a source gives the one before',
    sources: [
      { id: 'x', published: '2026-11-18', text: 'The waiver was announced last Tuesday, the chief executive said.' },
      { id: 'y', text: 'The company announced the waiver on 10 November 2026.' },
    ],
    predicates: [{ id: 'announced-on', valueType: 'date', cardinality: 'functional', label: 'waiver announced on' }],
    claims: [
      { id: 'a-x', source: 'x', quote: 'last Tuesday', subject: 'Hartwell Water', predicate: 'announced-on', value: { date: 'last Tuesday' } },
      { id: 'a-y', source: 'y', quote: '10 November 2026', subject: 'Hartwell Water', predicate: 'announced-on', value: { date: '10 November 2026' } },
    ],
    findings: [],
  },
  {
    title: 'not ok: "last Tuesday" said on a Wednesday against a day that is neither Tuesday',
    sources: [
      { id: 'x', published: '2026-11-18', text: 'The waiver was announced last Tuesday, the chief executive said.' },
      { id: 'y', text: 'The company announced the waiver on 13 November 2026.' },
    ],
    predicates: [{ id: 'announced-on', valueType: 'date', cardinality: 'functional', label: 'waiver announced on' }],
    claims: [
      { id: 'a-x', source: 'x', quote: 'last Tuesday', subject: 'Hartwell Water', predicate: 'announced-on', value: { date: 'last Tuesday' } },
      { id: 'a-y', source: 'y', quote: '13 November 2026', subject: 'Hartwell Water', predicate: 'announced-on', value: { date: '13 November 2026' } },
    ],
    findings: ['value-conflict'],
    says: ['2026-11-10 or 2026-11-17', '2026-11-13', 'three days apart'],
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
