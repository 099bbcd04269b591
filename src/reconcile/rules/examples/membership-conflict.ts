/**
 * Ok / not-ok examples of `membership-conflict`: `ruleTester` runs them, docs/rules.md shows them.
 */
import type { ExampleClaim, ExamplePredicate, ExampleSource, RuleExample } from '../../rule.js';

const founding: ExamplePredicate = { id: 'founding-members', valueType: 'entity-set', cardinality: 'functional', label: 'founding members' };
const participants: ExamplePredicate = { id: 'participants', valueType: 'entity-set', cardinality: 'multi', label: 'participants' };

const FIVE: ExampleSource = {
  id: '001',
  text: 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members. The summit will have officials from the European Union, Canada, Netherlands, and United Arab Emirates.',
};
const EIGHT: ExampleSource = {
  id: '002',
  text: 'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel are among a band of nations working under the agreement.',
};
const FIVE_AGAIN: ExampleSource = { id: '004', text: 'bringing Singapore, Australia, Japan, South Korea and Israel in a collaboration' };
const NINE: ExampleSource = { id: '005', text: 'Nine countries founded the coalition, among them Japan and Israel.' };
const KOREA: ExampleSource = { id: '006', text: 'The partnership includes South Korea, according to Yonhap.' };
const NOT_UAE: ExampleSource = { id: '007', text: 'The UAE is not a founding member, the ministry said.' };

const fm = (id: string, source: string, quote: string, value: unknown, extra: Partial<ExampleClaim> = {}): ExampleClaim => ({
  id,
  source,
  quote,
  subject: 'Pax Silica',
  predicate: 'founding-members',
  value,
  ...extra,
});

const closed5 = fm('fm-001', '001', 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members', {
  members: ['Singapore', 'Australia', 'Japan', 'South Korea', 'Israel'],
  list: 'closed',
});
const open8 = fm('fm-002', '002', 'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel are among a band of nations', {
  members: ['Singapore', 'Australia', 'Japan', 'South Korea', 'United Arab Emirates', 'Netherlands', 'UK', 'Israel'],
  list: 'open',
});
const summit: ExampleClaim = {
  id: 'summit-001',
  source: '001',
  quote: 'officials from the European Union, Canada, Netherlands, and United Arab Emirates',
  subject: 'Pax Silica Summit',
  predicate: 'participants',
  value: { members: ['European Union', 'Canada', 'Netherlands', 'United Arab Emirates'], list: 'open' },
};
const five004 = 'Singapore, Australia, Japan, South Korea and Israel';
const nine005 = 'Nine countries founded the coalition';
const notUae = fm('fm-007', '007', 'The UAE is not a founding member', { entity: 'UAE' }, { polarity: 'negative' });

export const membershipConflictExamples: readonly RuleExample[] = [
  {
    title: 'not ok: an open list names members a closed list lacks (the UAE at the summit, not among the founders)',
    sources: [FIVE, EIGHT],
    predicates: [founding, participants],
    claims: [closed5, open8, summit],
    findings: ['membership-conflict'],
    says: ['002 lists United Arab Emirates, Netherlands and UK among the founding members of Pax Silica', '001 names five founding members without them'],
  },
  {
    title: 'ok: an open list inside a closed one (aliases resolve: "Republic of Korea" = "South Korea")',
    sources: [FIVE, FIVE_AGAIN],
    predicates: [founding],
    claims: [closed5, fm('fm-004', '004', five004, { members: ['Singapore', 'Australia', 'Japan', 'Republic of Korea', 'Israel'], list: 'open' })],
    findings: [],
  },
  {
    title: 'not ok: two closed lists that differ',
    sources: [FIVE, FIVE_AGAIN],
    predicates: [founding],
    claims: [closed5, fm('fm-004', '004', five004, { members: ['Singapore', 'Australia', 'Japan', 'Israel'], list: 'closed' })],
    findings: ['membership-conflict'],
    says: ['001 lists South Korea among the founding members of Pax Silica', '004 names four founding members without it'],
  },
  {
    title: 'not ok, but only a warning: one side is only expected',
    sources: [FIVE, FIVE_AGAIN],
    predicates: [founding],
    claims: [closed5, fm('fm-004', '004', five004, { members: ['Singapore', 'Australia', 'Japan', 'Israel'], list: 'closed' }, { hedge: 'expected' })],
    findings: [{ kind: 'membership-conflict', severity: 'warning' }],
  },
  {
    title: 'ok: the same closed list in another order and spelling ("the U.K.")',
    sources: [FIVE, FIVE_AGAIN],
    predicates: [founding],
    claims: [{ ...closed5, value: { members: ['Japan', 'U.K.'], list: 'closed' } }, fm('fm-004', '004', five004, { members: ['United Kingdom', 'Japan'], list: 'closed' })],
    findings: [],
  },
  {
    title: 'not ok: a count against a closed list of another size',
    sources: [FIVE, NINE],
    predicates: [founding],
    claims: [closed5, fm('fm-005', '005', nine005, { count: 9 })],
    findings: ['count-conflict'],
    says: ['005 counts nine founding members', 'five against nine'],
  },
  {
    title: 'ok: a count equal to the closed list',
    sources: [FIVE, NINE],
    predicates: [founding],
    claims: [closed5, fm('fm-005', '005', nine005, { count: 5 })],
    findings: [],
  },
  {
    title: 'not ok: an open list naming more members than a stated count',
    sources: [EIGHT, NINE],
    predicates: [founding],
    claims: [open8, fm('fm-005', '005', nine005, { count: 5 })],
    findings: ['count-conflict'],
    says: ['8 members named against a total of 5'],
  },
  {
    title: 'ok: two open lists with different members and no totals',
    sources: [EIGHT, NINE],
    predicates: [founding],
    claims: [open8, fm('fm-005', '005', 'among them Japan and Israel', { members: ['Japan', 'Canada'], list: 'open' })],
    findings: [],
  },
  {
    title: 'not ok: "South Korea is a member" is fine but "UAE is a member" is not, against a closed list',
    sources: [FIVE, KOREA, EIGHT],
    predicates: [founding],
    claims: [closed5, fm('fm-006', '006', 'includes South Korea', { entity: 'South Korea' }), fm('fm-002-uae', '002', 'the United Arab Emirates', { entity: 'UAE' })],
    findings: ['membership-conflict'],
    says: ['UAE'],
  },
  {
    title: 'not ok: a denied member that a list names',
    sources: [EIGHT, NOT_UAE],
    predicates: [founding],
    claims: [open8, notUae],
    findings: ['membership-conflict'],
    says: ['is not among the founding members'],
  },
  {
    title: 'ok: a denied member that a closed list lacks',
    sources: [FIVE, NOT_UAE],
    predicates: [founding],
    claims: [closed5, notUae],
    findings: [],
  },
];
