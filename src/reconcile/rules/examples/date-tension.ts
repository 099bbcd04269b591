/**
 * Ok / not-ok examples of `date-tension`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { ExampleClaim, ExamplePredicate, ExampleSource, RuleExample } from '../../rule.js';

const launched: ExamplePredicate = { id: 'launched', valueType: 'boolean', cardinality: 'functional', label: 'launch' };
const launchedOn: ExamplePredicate = { id: 'launched-on', valueType: 'date', cardinality: 'functional', label: 'launched on' };

const SIGNING: ExampleSource = { id: '001', published: '2025-12-12T14:11', text: 'The coalition was officially launched with the signing of the Pax Silica Declaration today.' };
const GT: ExampleSource = { id: '004', published: '2025-12-12T19:45', text: 'The US is reportedly launching a coalition of partners with the signing on Friday of the Pax Silica Declaration.' };
const LATE: ExampleSource = {
  id: '000',
  published: '2025-12-24',
  text: 'The second Trump administration has launched the Pax Silica initiative. Published on December 24, 2025, the initiative aims to diversify supply chains.',
};

const dated001: ExampleClaim = {
  id: 'launch-001',
  source: '001',
  quote: 'officially launched with the signing of the Pax Silica Declaration today',
  subject: 'Pax Silica',
  predicate: 'launched',
  value: { boolean: true },
  qualifiers: { time: { date: 'today' } },
};
const dated004: ExampleClaim = {
  id: 'launch-004',
  source: '004',
  quote: 'launching a coalition of partners with the signing on Friday',
  subject: 'Pax Silica',
  predicate: 'launched',
  value: { boolean: true },
  hedge: 'reported',
  qualifiers: { time: { date: 'Friday' } },
};
const undated000: ExampleClaim = { id: 'launch-000', source: '000', quote: 'has launched the Pax Silica initiative', subject: 'Pax Silica', predicate: 'launched', value: { boolean: true } };
const launchedOn001: ExampleClaim = { id: 'launch-001', source: '001', quote: 'officially launched with the signing of the Pax Silica Declaration today', subject: 'Pax Silica', predicate: 'launched-on', value: { date: 'today' } };

export const dateTensionExamples: readonly RuleExample[] = [
  {
    title: 'not ok: a launch on Fri 12 Dec 2025 vs a page published 24 Dec 2025 that reports it as a launch',
    sources: [SIGNING, GT, LATE],
    predicates: [launched],
    claims: [dated001, dated004, undated000],
    findings: ['late-report'],
    says: ['Pax Silica, launch: 000, published 2025-12-24, reports it with no date of its own', '001 and 004 date it 2025-12-12, twelve days before'],
  },
  {
    title: 'ok: the same report published two days after the event',
    sources: [SIGNING, { ...LATE, published: '2025-12-14' }],
    predicates: [launched],
    claims: [dated001, undated000],
    findings: [],
  },
  {
    title: 'not ok with `lateAfterDays: 2`: a report two days after the event is late',
    sources: [SIGNING, { ...LATE, published: '2025-12-14' }],
    predicates: [launched],
    claims: [dated001, undated000],
    options: { lateAfterDays: 2 },
    findings: ['late-report'],
  },
  {
    title: 'ok: a late page whose publication date is unknown says nothing',
    sources: [SIGNING, { id: '000', text: LATE.text }],
    predicates: [launched],
    claims: [dated001, undated000],
    findings: [],
  },
  {
    title: 'not ok: a page published before the event reports it as done',
    sources: [SIGNING, { ...LATE, published: '2025-12-01' }],
    predicates: [launched],
    claims: [dated001, undated000],
    findings: ['reported-before-event'],
    says: ['eleven days after 000 was published'],
  },
  {
    title: 'ok: a page published before the event that expects it',
    sources: [SIGNING, { ...LATE, published: '2025-12-01' }],
    predicates: [launched],
    claims: [dated001, { ...undated000, hedge: 'expected' }],
    findings: [],
  },
  {
    title: 'not ok: the event dated on the page’s own publication day, later than other sources date it',
    sources: [SIGNING, GT, LATE],
    predicates: [launchedOn],
    claims: [
      launchedOn001,
      { id: 'launch-004', source: '004', quote: 'launching a coalition of partners with the signing on Friday', subject: 'Pax Silica', predicate: 'launched-on', value: { date: 'Friday' }, hedge: 'reported' },
      { id: 'launch-000', source: '000', quote: 'Published on December 24, 2025, the initiative', subject: 'Pax Silica', predicate: 'launched-on', value: { date: 'December 24, 2025' }, hedge: 'hedged' },
    ],
    findings: ['publication-date'],
    says: ['Pax Silica, launched on: 000 dates it 2025-12-24, its own publication date', 'twelve days earlier'],
  },
  {
    title: 'not ok: "Friday" read against a page published on 24 Dec is 19 Dec, not the 12th',
    sources: [SIGNING, { id: '009', published: '2025-12-24', text: 'The coalition was launched on Friday in Washington.' }],
    predicates: [launchedOn],
    claims: [
      launchedOn001,
      // A weekday the claim file leaves unplaced (as a card in a related-articles box would be).
      { id: 'launch-009', source: '009', quote: 'launched on Friday', subject: 'Pax Silica', predicate: 'launched-on', value: { type: 'weekday', weekday: 'friday', raw: 'Friday' } },
    ],
    findings: ['relative-date'],
    says: ['2025-12-19', '001 dates it 2025-12-12'],
  },
  {
    title: 'ok: "Friday" in a page published that Friday evening',
    sources: [SIGNING, GT],
    predicates: [launchedOn],
    claims: [launchedOn001, { id: 'launch-004', source: '004', quote: 'on Friday', subject: 'Pax Silica', predicate: 'launched-on', value: { type: 'weekday', weekday: 'friday', raw: 'Friday' } }],
    findings: [],
  },
  {
    title: 'not ok: two sources date the same launch a week apart (time qualifiers)',
    sources: [SIGNING, { id: '009', text: 'The coalition was launched on December 19, 2025.' }],
    predicates: [launched],
    claims: [
      dated001,
      { id: 'launch-009', source: '009', quote: 'launched on December 19, 2025', subject: 'Pax Silica', predicate: 'launched', value: { boolean: true }, qualifiers: { time: { date: 'December 19, 2025' } } },
    ],
    findings: ['date-disagreement'],
    says: ['seven days later'],
  },
];
