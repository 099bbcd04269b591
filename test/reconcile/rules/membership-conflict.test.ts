import { describe, expect, it } from 'vitest';
import { membershipConflictRule } from '../../../src/reconcile/index.js';
import { type RuleCase, predicate, runCase, v } from '../fixture.js';

const founding = predicate('founding-members', 'entity-set', 'functional', 'founding members');
const participants = predicate('participants', 'entity-set', 'multi', 'participants');

const FIVE = { id: '001', text: 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members. The summit will have officials from the European Union, Canada, Netherlands, and United Arab Emirates.' };
const EIGHT = { id: '002', text: 'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel are among a band of nations working under the agreement.' };
const FIVE_AGAIN = { id: '004', text: 'bringing Singapore, Australia, Japan, South Korea and Israel in a collaboration' };
const NINE = { id: '005', text: 'Nine countries founded the coalition, among them Japan and Israel.' };
const KOREA = { id: '006', text: 'The partnership includes South Korea, according to Yonhap.' };
const NOT_UAE = { id: '007', text: 'The UAE is not a founding member, the ministry said.' };

const closed5 = { id: 'fm-001', source: '001', quote: 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members', subject: 'Pax Silica', predicate: 'founding-members', value: v.closed('Singapore', 'Australia', 'Japan', 'South Korea', 'Israel') };
const open8 = { id: 'fm-002', source: '002', quote: 'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel are among a band of nations', subject: 'Pax Silica', predicate: 'founding-members', value: v.open(['Singapore', 'Australia', 'Japan', 'South Korea', 'United Arab Emirates', 'Netherlands', 'UK', 'Israel']) };
const summit = { id: 'summit-001', source: '001', quote: 'officials from the European Union, Canada, Netherlands, and United Arab Emirates', subject: 'Pax Silica Summit', predicate: 'participants', value: v.open(['European Union', 'Canada', 'Netherlands', 'United Arab Emirates']) };

const cases: RuleCase[] = [
  {
    title: 'not ok: open list names members a closed list lacks',
    sources: [FIVE, EIGHT],
    predicates: [founding, participants],
    claims: [closed5, open8, summit],
    kinds: ['membership-conflict'],
    says: ['002 lists United Arab Emirates, Netherlands and UK among the founding members of Pax Silica', '001 names five founding members without them'],
  },
  {
    title: 'ok: an open list inside a closed one (aliases resolve: "Republic of Korea" = "South Korea")',
    sources: [FIVE, FIVE_AGAIN],
    predicates: [founding],
    claims: [closed5, { id: 'fm-004', source: '004', quote: 'Singapore, Australia, Japan, South Korea and Israel', subject: 'Pax Silica', predicate: 'founding-members', value: v.open(['Singapore', 'Australia', 'Japan', 'Republic of Korea', 'Israel']) }],
    kinds: [],
  },
  {
    title: 'not ok: two closed lists that differ',
    sources: [FIVE, FIVE_AGAIN],
    predicates: [founding],
    claims: [closed5, { id: 'fm-004', source: '004', quote: 'Singapore, Australia, Japan, South Korea and Israel', subject: 'Pax Silica', predicate: 'founding-members', value: v.closed('Singapore', 'Australia', 'Japan', 'Israel') }],
    kinds: ['membership-conflict'],
    says: ['only the first names South Korea'],
  },
  {
    title: 'ok: the same closed list in another order and spelling ("the U.K.")',
    sources: [FIVE, FIVE_AGAIN],
    predicates: [founding],
    claims: [
      { ...closed5, value: v.closed('Japan', 'U.K.') },
      { id: 'fm-004', source: '004', quote: 'Singapore, Australia, Japan, South Korea and Israel', subject: 'Pax Silica', predicate: 'founding-members', value: v.closed('United Kingdom', 'Japan') },
    ],
    kinds: [],
  },
  {
    title: 'not ok: a count against a closed list of another size',
    sources: [FIVE, NINE],
    predicates: [founding],
    claims: [closed5, { id: 'fm-005', source: '005', quote: 'Nine countries founded the coalition', subject: 'Pax Silica', predicate: 'founding-members', value: v.count(9) }],
    kinds: ['membership-conflict'],
    says: ['counts nine founding members'],
  },
  {
    title: 'ok: a count equal to the closed list',
    sources: [FIVE, NINE],
    predicates: [founding],
    claims: [closed5, { id: 'fm-005', source: '005', quote: 'Nine countries founded the coalition', subject: 'Pax Silica', predicate: 'founding-members', value: v.count(5) }],
    kinds: [],
  },
  {
    title: 'not ok: an open list naming more members than a stated count',
    sources: [EIGHT, NINE],
    predicates: [founding],
    claims: [open8, { id: 'fm-005', source: '005', quote: 'Nine countries founded the coalition', subject: 'Pax Silica', predicate: 'founding-members', value: v.count(5) }],
    kinds: ['membership-conflict'],
    says: ['8 members named against a total of 5'],
  },
  {
    title: 'ok: two open lists with different members and no totals',
    sources: [EIGHT, NINE],
    predicates: [founding],
    claims: [open8, { id: 'fm-005', source: '005', quote: 'among them Japan and Israel', subject: 'Pax Silica', predicate: 'founding-members', value: v.open(['Japan', 'Canada']) }],
    kinds: [],
  },
  {
    title: 'not ok: "South Korea is a member" is fine but "UAE is a member" is not, against a closed list',
    sources: [FIVE, KOREA, EIGHT],
    predicates: [founding],
    claims: [
      closed5,
      { id: 'fm-006', source: '006', quote: 'includes South Korea', subject: 'Pax Silica', predicate: 'founding-members', value: v.entity('South Korea') },
      { id: 'fm-002-uae', source: '002', quote: 'the United Arab Emirates', subject: 'Pax Silica', predicate: 'founding-members', value: v.entity('UAE') },
    ],
    kinds: ['membership-conflict'],
    says: ['UAE'],
  },
  {
    title: 'not ok: a denied member that a list names',
    sources: [EIGHT, NOT_UAE],
    predicates: [founding],
    claims: [open8, { id: 'fm-007', source: '007', quote: 'The UAE is not a founding member', subject: 'Pax Silica', predicate: 'founding-members', value: v.entity('UAE'), polarity: 'negative' }],
    kinds: ['membership-conflict'],
    says: ['is not among the founding members'],
  },
  {
    title: 'ok: a denied member that a closed list lacks',
    sources: [FIVE, NOT_UAE],
    predicates: [founding],
    claims: [closed5, { id: 'fm-007', source: '007', quote: 'The UAE is not a founding member', subject: 'Pax Silica', predicate: 'founding-members', value: v.entity('UAE'), polarity: 'negative' }],
    kinds: [],
  },
];

describe('membership-conflict', () => {
  it.each(cases)('$title', (c) => {
    const result = runCase(membershipConflictRule(), c);
    expect(result.problems).toEqual([]);
    expect(result.findings.map((f) => f.kind)).toEqual(c.kinds);
    for (const f of result.findings) for (const words of c.says ?? []) expect(f.message).toContain(words);
  });

  it('notes where the closed side names a missing member instead (the UAE at the summit)', () => {
    const [f] = runCase(membershipConflictRule(), cases[0] as RuleCase).findings;
    expect(f?.data).toMatchObject({ missing: ['United Arab Emirates', 'Netherlands', 'UK'] });
    expect(f?.related.map((n) => [n.claimId, n.span?.quote.exact])).toEqual([
      ['summit-001', 'officials from the European Union, Canada, Netherlands, and United Arab Emirates'],
      ['summit-001', 'officials from the European Union, Canada, Netherlands, and United Arab Emirates'],
    ]);
    expect(f?.related[0]?.message).toContain('001 names United Arab Emirates elsewhere (Pax Silica Summit, participants)');
  });
});
