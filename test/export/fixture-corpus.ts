/**
 * A small corpus built in code from real source texts (two seeds of the
 * bundled corpus, one short text with characters outside the BMP, and a
 * second capture of the first seed's URL), with spans located by searching
 * the texts, so every offset is real. It has what the bundled corpus lacks:
 * URLs, a retrieval date, two captures of one URL, alias-table entries of
 * several kinds, and two speakers who share a surname.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Claim, Corpus, Finding, Predicate, Source, SourceDocument, Span, Value } from '../../src/model/index.js';
import { claimId, entityId, findingId, predicateId, ruleId, sourceId } from '../../src/model/index.js';

const seed = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../claims/sources/${name}.txt`, import.meta.url)), 'utf8')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n');

export const TEXT_001 = seed('001_661b18e7d48334bf');
export const TEXT_002 = seed('002_9710c6be1d14500a');
/** Characters outside the BMP before the quotes: UTF-16 offsets and code points differ. */
export const TEXT_EMOJI =
  'Breaking 🚨📰 news: the 𝔓𝔞𝔵 coalition has nine partners, officials said.\nAn Ruwaito ta hanyar AI: this summary was written by a machine.\n';

const hash = (text: string): string => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/** The span of the first occurrence of `exact` in `text` (throws if absent: a broken fixture). */
export const spanOf = (id: string, text: string, exact: string): Span => {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" is not in ${id}`);
  const end = start + exact.length;
  return {
    sourceId: sourceId(id),
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
};

const baseSource = (id: string, text: string, extra: Partial<Source>): SourceDocument => ({
  source: {
    id: sourceId(id),
    publishedAt: { precision: 'unknown' },
    contentHash: hash(text),
    aiGenerated: { whole: false, ranges: [] },
    derivedFrom: [],
    cites: [],
    nonContent: [],
    ...extra,
  },
  text,
});

const S1 = '001_661b18e7d48334bf';
const S2 = '002_9710c6be1d14500a';
const S3 = 'emoji-wire';
/** The page of S1 captured again a day later: one more paragraph at the end. */
const S4 = '001-recapture';
export const TEXT_001_RECAPTURE = `${TEXT_001}\nUpdate: Gao, a trade analyst, said the coalition may grow.\n`;
export const URL_001 = 'https://www.newsbytesapp.com/news/world/us-forms-coalition-to-counter-china-s-rare-earth-dominance/story';

const aiStart = TEXT_EMOJI.indexOf('An Ruwaito');

export const sources: readonly SourceDocument[] = [
  baseSource(S1, TEXT_001, {
    title: "US forms coalition to counter China's rare earth dominance",
    url: URL_001,
    language: 'en',
    publishedAt: { precision: 'minute', value: '2025-12-12T14:11' },
    retrievedAt: '2025-12-13T09:30:00Z',
    publisher: 'NewsBytes',
  }),
  baseSource(S2, TEXT_002, {
    title: 'Pax Silica: the band of nations working with the U.S.',
    language: 'en',
    publishedAt: { precision: 'day', value: '2025-12-13' },
    publisher: 'Example Daily',
    author: 'By Jane Doe and Example Daily',
    derivedFrom: [{ source: sourceId(S1) }],
    cites: [{ outside: 'politico.com', evidence: spanOf(S2, TEXT_002, 'Pax Silica') }],
  }),
  baseSource(S3, TEXT_EMOJI, {
    language: 'en',
    aiGenerated: {
      whole: false,
      ranges: [{ range: { start: aiStart, end: TEXT_EMOJI.length - 1 }, label: 'An Ruwaito ta hanyar AI', language: 'ha' }],
    },
  }),
  baseSource(S4, TEXT_001_RECAPTURE, {
    title: "US forms coalition to counter China's rare earth dominance",
    url: URL_001,
    language: 'en',
    publishedAt: { precision: 'minute', value: '2025-12-12T14:11' },
    retrievedAt: '2025-12-14',
    publisher: 'NewsBytes',
  }),
];

export const predicates: readonly Predicate[] = [
  { id: predicateId('founding-members'), valueType: 'entity-set', cardinality: 'functional', label: 'founding members', description: 'The complete set of founding members.' },
  { id: predicateId('partner-count'), valueType: 'entity-set', cardinality: 'functional', description: 'How many partners.' },
  { id: predicateId('launch-date'), valueType: 'date', cardinality: 'functional', label: 'launch date', description: 'When it launched.' },
];

const names = (...ns: string[]) => ns.map((name) => ({ name }));

const claim = (id: string, predicate: string, value: Value, evidence: Span[], extra: Partial<Claim> = {}): Claim => ({
  id: claimId(id),
  subject: { name: 'Pax Silica' },
  predicate: predicateId(predicate),
  value,
  polarity: 'affirmative',
  hedge: 'asserted',
  evidence,
  ...extra,
});

export const claims: readonly Claim[] = [
  claim(
    'founders-001',
    'founding-members',
    { type: 'entity-set', mode: 'closed', members: names('Singapore', 'Australia', 'Japan', 'South Korea', 'Israel') },
    [spanOf(S1, TEXT_001, 'It includes Singapore, Australia, Japan, South Korea, and Israel as founding members')],
  ),
  claim(
    'members-002',
    'founding-members',
    { type: 'entity-set', mode: 'open', members: names('Singapore', 'Australia', 'Japan', 'South Korea', 'United Arab Emirates', 'Netherlands', 'United Kingdom', 'Israel') },
    [
      spanOf(S2, TEXT_002, 'Singapore, Australia, Japan, South Korea, the United Arab Emirates, the Netherlands, the UK and Israel'),
      spanOf(S2, TEXT_002, 'relatively new partners such as the UAE'),
      spanOf(S1, TEXT_001, 'founding members'),
    ],
    { hedge: 'reported', attribution: { outlet: 'politico.com' } },
  ),
  claim('partners-emoji', 'partner-count', { type: 'entity-set', mode: 'count', members: [], count: 9 }, [
    spanOf(S3, TEXT_EMOJI, 'the 𝔓𝔞𝔵 coalition has nine partners'),
  ], { attribution: { speaker: 'officials' } }),
  claim('launch-001', 'launch-date', { type: 'date', start: '2025-12-12', end: '2025-12-12', precision: 'day', raw: 'today' }, [
    spanOf(S1, TEXT_001, 'officially launched with the signing of the Pax Silica Declaration today'),
  ], { attribution: { speaker: 'the declaration' } }),
  claim('growth-recapture', 'partner-count', { type: 'entity-set', mode: 'count', members: [], count: 6 }, [
    spanOf(S4, TEXT_001_RECAPTURE, 'the coalition may grow'),
  ], { hedge: 'hedged', attribution: { speaker: 'Gao' } }),
  claim('growth-emoji', 'partner-count', { type: 'entity-set', mode: 'count', members: [], count: 9 }, [
    spanOf(S3, TEXT_EMOJI, 'nine partners'),
  ], { attribution: { speaker: 'Gao' } }),
];

export const corpus: Corpus = {
  sources,
  predicates,
  claims,
  entities: [
    { id: entityId('politico'), name: 'politico.com', kind: 'publication', aliases: ['Politico'] },
    { id: entityId('newsbytes'), name: 'NewsBytes', kind: 'publication', aliases: [] },
    { id: entityId('pax-silica-declaration'), name: 'Pax Silica Declaration', kind: 'agreement', aliases: ['the declaration'] },
    { id: entityId('gao-qing'), name: 'Gao Qing', kind: 'person', aliases: [] },
  ],
};

const findingClaim = (c: Claim) => {
  const span = c.evidence[0];
  if (span === undefined) throw new Error('fixture: claim without evidence');
  return { claimId: c.id, sourceId: span.sourceId, span, value: c.value };
};

const [founders, members, partners, , growthRecapture, growthEmoji] = claims as [Claim, Claim, Claim, Claim, Claim, Claim];

/** A side of one claim, as the engine counts it (one source, one group, one witness). */
const side = (label: string, claim: Claim) => {
  const c = findingClaim(claim);
  return { label, claims: [c], sources: [c.sourceId], sourceGroups: [[c.sourceId]], support: 1 };
};

/** Findings as a reconciler would report them (hand-written; the reconciler is tested elsewhere). */
export const findings: readonly Finding[] = [
  {
    id: findingId('membership-conflict:aaaa000001'),
    source: 'reconcile',
    code: 'finding',
    ruleId: ruleId('membership-conflict'),
    kind: 'list-conflict',
    severity: 'error',
    message: 'expected the 5 founding members of 001, found 8 nations including United Arab Emirates in 002',
    key: { subject: 'pax-silica', predicate: predicateId('founding-members') },
    disagreement: 'members',
    sides: [side('five', founders), side('eight', members)],
    related: [],
    disputed: [['country:AE']],
    fingerprint: 'aaaa',
  },
  {
    id: findingId('single-source:bbbb000002'),
    source: 'reconcile',
    code: 'finding',
    ruleId: ruleId('single-source'),
    kind: 'single-source',
    severity: 'info',
    message: 'only one source states the partner count',
    disagreement: 'single-source',
    sides: [side('nine', partners)],
    related: [{ message: 'stated here', claimId: partners.id }],
    disputed: [],
    fingerprint: 'bbbb',
  },
  {
    id: findingId('value-conflict:cccc000003'),
    source: 'reconcile',
    code: 'finding',
    ruleId: ruleId('value-conflict'),
    kind: 'value-conflict',
    severity: 'warning',
    message: 'expected about 6 partners as one source says, found 9 in another',
    disagreement: 'value',
    sides: [side('six', growthRecapture), side('nine', growthEmoji)],
    related: [],
    disputed: [['six'], ['nine']],
    fingerprint: 'cccc',
  },
];
