import { describe, expect, it } from 'vitest';
import { attributionConflictRule } from '../../../src/reconcile/index.js';
import { type RuleCase, predicate, runCase, v } from '../fixture.js';

const said = predicate('said', 'text', 'multi', 'statement');
const members = predicate('members', 'entity-set', 'multi', 'members');
const GT = { id: '004', text: 'Foreign Ministry Spokesperson Guo Jiakun stated that "We have noted relevant reports."' };
const OTHER = { id: '012', text: 'Spokesperson Lin Jian said: "We have noted relevant reports."' };
const SHORT = { id: '013', text: 'Guo told reporters: "We have noted relevant reports."' };
const statement = (id: string, source: string, quote: string, attribution: object) => ({
  id,
  source,
  quote,
  subject: 'Pax Silica',
  predicate: 'said',
  value: v.text('We have noted relevant reports.'),
  attribution,
});

const cases: RuleCase[] = [
  {
    title: 'not ok: one statement, two speakers',
    sources: [GT, OTHER],
    predicates: [said],
    claims: [statement('s-004', '004', '"We have noted relevant reports."', { speaker: 'Guo Jiakun' }), statement('s-012', '012', '"We have noted relevant reports."', { speaker: 'Lin Jian' })],
    kinds: ['speaker-attribution'],
    says: ['to Guo Jiakun', 'to Lin Jian'],
  },
  {
    title: 'ok: a surname and the full name are one speaker ("Guo" / "Guo Jiakun")',
    sources: [GT, SHORT],
    predicates: [said],
    claims: [statement('s-004', '004', '"We have noted relevant reports."', { speaker: 'Guo Jiakun' }), statement('s-013', '013', '"We have noted relevant reports."', { speaker: 'Guo' })],
    kinds: [],
  },
  {
    title: 'ok: one source attributes, the other speaks in its own voice',
    sources: [GT, OTHER],
    predicates: [said],
    claims: [statement('s-004', '004', '"We have noted relevant reports."', { speaker: 'Guo Jiakun' }), { ...statement('s-012', '012', '"We have noted relevant reports."', {}), attribution: undefined }].map((c) =>
      c.attribution === undefined ? { id: c.id, source: c.source, quote: c.quote, subject: c.subject, predicate: c.predicate, value: c.value } : c,
    ),
    kinds: [],
  },
  {
    title: 'not ok: a quote relayed from two different outlets (no speaker)',
    sources: [GT, OTHER],
    predicates: [said],
    claims: [statement('s-004', '004', '"We have noted relevant reports."', { outlet: 'politico.com' }), statement('s-012', '012', '"We have noted relevant reports."', { outlet: 'Yonhap' })],
    kinds: ['outlet-attribution'],
  },
  {
    title: 'ok: a list and one of its members relayed from two outlets are two statements, not one',
    sources: [
      { id: '004', text: 'bringing Singapore, Australia, Japan, South Korea and Israel, politico.com reported. It includes South Korea, according to Yonhap.' },
    ],
    predicates: [members],
    claims: [
      { id: 'm-1', source: '004', quote: 'Singapore, Australia, Japan, South Korea and Israel', subject: 'Pax Silica', predicate: 'members', value: v.open(['Singapore', 'Japan']), attribution: { outlet: 'politico.com' } },
      { id: 'm-2', source: '004', quote: 'It includes South Korea', subject: 'Pax Silica', predicate: 'members', value: v.open(['Japan']), attribution: { outlet: 'Yonhap' } },
    ],
    kinds: [],
  },
];

describe('attribution-conflict', () => {
  it.each(cases)('$title', (c) => {
    const result = runCase(attributionConflictRule(), c);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => f.kind)).toEqual(c.kinds);
    for (const f of result.findings) for (const words of c.says ?? []) expect(f.message).toContain(words);
  });

  it('warns about speakers and informs about outlets', () => {
    expect(runCase(attributionConflictRule(), cases[0] as RuleCase).findings.map((f) => f.severity)).toEqual(['warning']);
    expect(runCase(attributionConflictRule(), cases[3] as RuleCase).findings.map((f) => f.severity)).toEqual(['info']);
  });
});
