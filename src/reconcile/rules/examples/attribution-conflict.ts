/**
 * Ok / not-ok examples of `attribution-conflict`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { ExampleClaim, ExamplePredicate, ExampleSource, RuleExample } from '../../rule.js';

const said: ExamplePredicate = { id: 'said', valueType: 'text', cardinality: 'multi', label: 'statement' };
const members: ExamplePredicate = { id: 'members', valueType: 'entity-set', cardinality: 'multi', label: 'members' };

const GT: ExampleSource = { id: '004', text: 'Foreign Ministry Spokesperson Guo Jiakun stated that "We have noted relevant reports."' };
const OTHER: ExampleSource = { id: '012', text: 'Spokesperson Lin Jian said: "We have noted relevant reports."' };
const SHORT: ExampleSource = { id: '013', text: 'Guo told reporters: "We have noted relevant reports."' };

const statement = (id: string, source: string, attribution?: ExampleClaim['attribution']): ExampleClaim => ({
  id,
  source,
  quote: '"We have noted relevant reports."',
  subject: 'Pax Silica',
  predicate: 'said',
  value: { text: 'We have noted relevant reports.' },
  ...(attribution !== undefined ? { attribution } : {}),
});

export const attributionConflictExamples: readonly RuleExample[] = [
  {
    title: 'not ok: one statement, two speakers',
    sources: [GT, OTHER],
    predicates: [said],
    claims: [statement('s-004', '004', { speaker: 'Guo Jiakun' }), statement('s-012', '012', { speaker: 'Lin Jian' })],
    findings: [{ kind: 'speaker-attribution', severity: 'warning' }],
    says: ['to Guo Jiakun', 'to Lin Jian'],
  },
  {
    title: 'not ok: one statement, three speakers — one finding naming all three',
    sources: [GT, OTHER, { id: '014', text: 'Mao Ning told reporters: "We have noted relevant reports."' }],
    predicates: [said],
    claims: [
      statement('s-004', '004', { speaker: 'Guo Jiakun' }),
      statement('s-012', '012', { speaker: 'Lin Jian' }),
      statement('s-014', '014', { speaker: 'Mao Ning' }),
    ],
    findings: [{ kind: 'speaker-attribution', severity: 'warning' }],
    says: ['attributed to three speakers', 'Guo Jiakun', 'Lin Jian', 'Mao Ning'],
  },
  {
    title: 'ok: a surname and the full name are one speaker ("Guo" / "Guo Jiakun")',
    sources: [GT, SHORT],
    predicates: [said],
    claims: [statement('s-004', '004', { speaker: 'Guo Jiakun' }), statement('s-013', '013', { speaker: 'Guo' })],
    findings: [],
  },
  {
    title: 'ok: one source attributes, the other speaks in its own voice',
    sources: [GT, OTHER],
    predicates: [said],
    claims: [statement('s-004', '004', { speaker: 'Guo Jiakun' }), statement('s-012', '012')],
    findings: [],
  },
  {
    title: 'not ok (info): a quote relayed from two different outlets (no speaker)',
    sources: [GT, OTHER],
    predicates: [said],
    claims: [statement('s-004', '004', { outlet: 'politico.com' }), statement('s-012', '012', { outlet: 'Yonhap' })],
    findings: [{ kind: 'outlet-attribution', severity: 'info' }],
  },
  {
    title: 'ok: a list and one of its members relayed from two outlets are two statements, not one',
    sources: [{ id: '004', text: 'bringing Singapore, Australia, Japan, South Korea and Israel, politico.com reported. It includes South Korea, according to Yonhap.' }],
    predicates: [members],
    claims: [
      {
        id: 'm-1',
        source: '004',
        quote: 'Singapore, Australia, Japan, South Korea and Israel',
        subject: 'Pax Silica',
        predicate: 'members',
        value: { members: ['Singapore', 'Japan'], list: 'open' },
        attribution: { outlet: 'politico.com' },
      },
      { id: 'm-2', source: '004', quote: 'It includes South Korea', subject: 'Pax Silica', predicate: 'members', value: { members: ['Japan'], list: 'open' }, attribution: { outlet: 'Yonhap' } },
    ],
    findings: [],
  },
];
