import { describe, expect, it } from 'vitest';
import { dateTensionRule } from '../../../src/reconcile/index.js';
import { type RuleCase, predicate, runCase, v } from '../fixture.js';

const launched = predicate('launched', 'boolean', 'functional', 'launch');
const launchedOn = predicate('launched-on', 'date', 'functional', 'launched on');

const SIGNING = { id: '001', published: '2025-12-12T14:11', text: 'The coalition was officially launched with the signing of the Pax Silica Declaration today.' };
const GT = { id: '004', published: '2025-12-12T19:45', text: 'The US is reportedly launching a coalition of partners with the signing on Friday of the Pax Silica Declaration.' };
const LATE = { id: '000', published: '2025-12-24', text: 'The second Trump administration has launched the Pax Silica initiative. Published on December 24, 2025, the initiative aims to diversify supply chains.' };

const dated001 = { id: 'launch-001', source: '001', quote: 'officially launched with the signing of the Pax Silica Declaration today', subject: 'Pax Silica', predicate: 'launched', value: v.boolean(true), qualifiers: { time: { ...v.date('2025-12-12'), raw: 'today' } } };
const dated004 = { id: 'launch-004', source: '004', quote: 'launching a coalition of partners with the signing on Friday', subject: 'Pax Silica', predicate: 'launched', value: v.boolean(true), hedge: 'reported' as const, qualifiers: { time: { ...v.date('2025-12-12'), raw: 'Friday' } } };
const undated000 = { id: 'launch-000', source: '000', quote: 'has launched the Pax Silica initiative', subject: 'Pax Silica', predicate: 'launched', value: v.boolean(true) };

const cases: RuleCase[] = [
  {
    title: 'not ok: a launch on Fri 12 Dec 2025 vs a page published 24 Dec 2025 that reports it as a launch',
    sources: [SIGNING, GT, LATE],
    predicates: [launched],
    claims: [dated001, dated004, undated000],
    kinds: ['late-report'],
    says: ['000, published 2025-12-24, reports Pax Silica launch with no date of its own', '001 and 004 date it 2025-12-12, twelve days before'],
  },
  {
    title: 'ok: the same report published two days after the event',
    sources: [SIGNING, { ...LATE, published: '2025-12-14' }],
    predicates: [launched],
    claims: [dated001, undated000],
    kinds: [],
  },
  {
    title: 'ok: a late page whose publication date is unknown says nothing',
    sources: [SIGNING, { id: '000', text: LATE.text }],
    predicates: [launched],
    claims: [dated001, undated000],
    kinds: [],
  },
  {
    title: 'not ok: a page published before the event reports it as done',
    sources: [SIGNING, { ...LATE, published: '2025-12-01' }],
    predicates: [launched],
    claims: [dated001, undated000],
    kinds: ['reported-before-event'],
    says: ['eleven days after 000 was published'],
  },
  {
    title: 'ok: a page published before the event that expects it',
    sources: [SIGNING, { ...LATE, published: '2025-12-01' }],
    predicates: [launched],
    claims: [dated001, { ...undated000, hedge: 'expected' as const }],
    kinds: [],
  },
  {
    title: 'not ok: the event dated on the page’s own publication day, later than other sources date it',
    sources: [SIGNING, GT, LATE],
    predicates: [launchedOn],
    claims: [
      { ...dated001, predicate: 'launched-on', value: { ...v.date('2025-12-12'), raw: 'today' }, qualifiers: {} },
      { ...dated004, predicate: 'launched-on', value: { ...v.date('2025-12-12'), raw: 'Friday' }, qualifiers: {} },
      { id: 'launch-000', source: '000', quote: 'Published on December 24, 2025, the initiative', subject: 'Pax Silica', predicate: 'launched-on', value: v.date('2025-12-24'), hedge: 'hedged' as const },
    ],
    kinds: ['publication-date'],
    says: ['000 dates Pax Silica launched on 2025-12-24, its own publication date', 'twelve days earlier'],
  },
  {
    title: 'not ok: "Friday" read against a page published on 24 Dec is 19 Dec, not the 12th',
    sources: [SIGNING, { id: '009', published: '2025-12-24', text: 'The coalition was launched on Friday in Washington.' }],
    predicates: [launchedOn],
    claims: [
      { ...dated001, predicate: 'launched-on', value: { ...v.date('2025-12-12'), raw: 'today' }, qualifiers: {} },
      { id: 'launch-009', source: '009', quote: 'launched on Friday', subject: 'Pax Silica', predicate: 'launched-on', value: v.weekday('friday', 'Friday') },
    ],
    kinds: ['relative-date'],
    says: ['2025-12-19', '001 dates it 2025-12-12'],
  },
  {
    title: 'ok: "Friday" in a page published that Friday evening',
    sources: [SIGNING, GT],
    predicates: [launchedOn],
    claims: [
      { ...dated001, predicate: 'launched-on', value: { ...v.date('2025-12-12'), raw: 'today' }, qualifiers: {} },
      { id: 'launch-004', source: '004', quote: 'on Friday', subject: 'Pax Silica', predicate: 'launched-on', value: v.weekday('friday', 'Friday') },
    ],
    kinds: [],
  },
  {
    title: 'not ok: two sources date the same launch a week apart (time qualifiers)',
    sources: [SIGNING, { id: '009', text: 'The coalition was launched on December 19, 2025.' }],
    predicates: [launched],
    claims: [dated001, { id: 'launch-009', source: '009', quote: 'launched on December 19, 2025', subject: 'Pax Silica', predicate: 'launched', value: v.boolean(true), qualifiers: { time: v.date('2025-12-19') } }],
    kinds: ['date-disagreement'],
    says: ['seven days later'],
  },
];

describe('date-tension', () => {
  it.each(cases)('$title', (c) => {
    const result = runCase(dateTensionRule(), c);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => f.kind)).toEqual(c.kinds);
    for (const f of result.findings) for (const words of c.says ?? []) expect(f.message).toContain(words);
  });

  it('takes the lateness threshold as an option', () => {
    const c = { ...(cases[1] as RuleCase) };
    expect(runCase(dateTensionRule({ lateAfterDays: 2 }), c).findings.map((f) => f.kind)).toEqual(['late-report']);
  });
});
