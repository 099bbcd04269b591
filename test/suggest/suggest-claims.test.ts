/**
 * Suggestions on synthetic sentences (not the bundled corpus): what each
 * detector finds and the value it gives, dates against the publication
 * date, lists open and closed, attributions, unique quotes, and claims a
 * folder already has.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';
import { uniqueQuote } from '../../src/anchor/unique-quote.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { PublishedAt } from '../../src/model/source.js';
import { suggestClaims, type Suggestion } from '../../src/suggest/index.js';
import { oneSourceCorpus } from '../support/one-source-corpus.js';

const corpus = (text: string, publishedAt?: PublishedAt): Corpus =>
  oneSourceCorpus(text, {
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    predicates: [
      { id: 'cost', valueType: 'quantity', cardinality: 'multi', label: 'cost', description: 'What a project costs.' },
      { id: 'member-count', valueType: 'quantity', cardinality: 'multi', label: 'number of members', description: 'How many countries are members.' },
      { id: 'signed-on', valueType: 'date', cardinality: 'multi', label: 'signed on', description: 'When an agreement was signed.' },
      { id: 'signatories', valueType: 'entity-set', cardinality: 'multi', label: 'signatories', description: 'Who signed an agreement.' },
    ],
    entities: [{ id: 'accord', name: 'Harbour Accord', kind: 'agreement', aliases: [] }],
  });

/** A loaded claim on source `s` whose evidence is the first occurrence of `exact` in `text`, with a quantity value. */
const claimOn = (id: string, predicate: string, quantity: Readonly<Record<string, unknown>>, text: string, exact: string): object => {
  const start = text.indexOf(exact);
  return {
    id,
    subject: { name: id },
    predicate,
    value: { type: 'quantity', lowInclusive: true, highInclusive: true, ...quantity },
    polarity: 'affirmative',
    hedge: 'asserted',
    evidence: [{ sourceId: 's', quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + exact.length } }],
  };
};

const suggest = (text: string, publishedAt?: PublishedAt): readonly Suggestion[] => {
  const result = suggestClaims(corpus(text, publishedAt), 's', { minConfidence: 0 });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return result.value.suggestions;
};
const values = (text: string, publishedAt?: PublishedAt): Record<string, unknown>[] => suggest(text, publishedAt).map((s) => ({ [s.kind]: s.fileValue }));

describe('quantities', () => {
  it.each([
    ['The bridge will cost nearly $12 billion.', { quantity: 'nearly $12 billion' }],
    ['Delegates from more than 50 countries and organizations attended.', { quantity: 'more than 50 countries and organizations' }],
    ['It was a one-day summit.', { quantity: 'one day' }],
    ['Prices rose 4% in March.', { quantity: '4%' }],
    ['The fund will deploy hundreds of billions of dollars.', { quantity: 'hundreds of billions' }],
    ['About 2,000 people work there.', { quantity: 'About 2,000 people' }],
    ["China holds nearly all of the world's capacity for refining.", { quantity: "nearly all of the world's capacity" }],
    ['The Pentagon bought a majority stake in the miner.', { quantity: 'a majority stake' }],
  ])('%s', (text, expected) => expect(values(text).map((v) => v['quantity']).filter(Boolean)).toContainEqual(expected));

  it.each([
    ['It was founded in 2019 by two engineers.'],
    ['One of the engineers left.'],
    ['Article 5 of the treaty applies.'],
  ])('%s has no quantity', (text) => expect(suggest(text).filter((s) => s.kind === 'quantity')).toEqual([]));
});

describe('dates, resolved against the publication date', () => {
  it.each([
    ['The accord was signed on Friday.', { precision: 'day', value: '2026-03-04' }, { type: 'date', start: '2026-02-27' }],
    ['The accord was signed on Friday.', { precision: 'unknown' }, { type: 'weekday', weekday: 'friday' }],
    ['The accord was signed on December 12, 2025.', { precision: 'unknown' }, { type: 'date', start: '2025-12-12' }],
    ['The accord was signed today.', { precision: 'day', value: '2026-03-04' }, { type: 'date', start: '2026-03-04' }],
    ['Work will start in June.', { precision: 'day', value: '2026-03-04' }, { type: 'date', start: '2026-06-01', precision: 'month' }],
    ['The accord was signed on March 3.', { precision: 'unknown' }, { type: 'partial-date', month: 3, day: 3 }],
  ] as const)('%s (published %j)', (text, publishedAt, expected) => {
    const dates = suggest(text, publishedAt as PublishedAt).filter((s) => s.kind === 'date');
    expect(dates).toHaveLength(1);
    expect(dates[0]?.value).toMatchObject(expected);
  });

  it('leaves out words that need a date the page does not state, and verbs that look like months', () => {
    expect(suggest('The accord was signed today. We may march on.', { precision: 'unknown' }).filter((s) => s.kind === 'date')).toEqual([]);
  });

  it('writes a future date out in full, since the loader reads relative words as the past', () => {
    expect(suggest('Work will start in June.').find((s) => s.kind === 'date')?.fileValue).toEqual({ date: 'June 2026' });
  });
});

describe('lists of entities', () => {
  it.each([
    ['Portugal, Spain and France signed the Harbour Accord.', ['Portugal', 'Spain', 'France'], 'closed'],
    ['The accord was signed by several countries, including Japan and South Korea.', ['Japan', 'South Korea'], 'open'],
    ['Japan, Canada and others signed.', ['Japan', 'Canada'], 'open'],
    ['It will work with Japan and European countries.', ['Japan'], 'open'],
    ['A US-Japan meeting followed.', ['US', 'Japan'], 'closed'],
  ])('%s', (text, members, list) => {
    expect(values(text).map((v) => v['entity-set']).filter(Boolean)).toContainEqual({ members, list });
  });

  it.each([['They met at the Belt and Road Initiative forum.'], ['Officials of Japan, the host, arrived.']])('%s is not a list', (text) => {
    expect(suggest(text).filter((s) => s.kind === 'entity-set')).toEqual([]);
  });
});

describe('attributions and guesses', () => {
  it('attaches the speaker, guesses subject and predicate from the folder, and keeps the speaker out of the subject', () => {
    const [s] = suggest('The Harbour Accord was signed on Friday, the ministry spokesperson, Rui Costa, said.').filter((x) => x.kind === 'date');
    expect(s).toMatchObject({ attribution: { speaker: 'Rui Costa' }, subject: 'Harbour Accord', predicate: 'signed-on' });
  });

  it('takes a publication as an outlet', () => {
    const [s] = suggest('Spain and France signed the accord, according to the Coastal Gazette.').filter((x) => x.kind === 'entity-set');
    expect(s?.attribution).toEqual({ outlet: 'Coastal Gazette' });
  });

  it.each([
    // a plural possessive and an ampersand inside a name keep it whole
    ['The port handled 12 million boxes, the Busan Port Workers’ Union said.', 'Busan Port Workers’ Union'],
    ["The port handled 12 million boxes, the Dock Workers' Federation said.", "Dock Workers' Federation"],
    ['The port handled 12 million boxes, analysts at Hanwha Investment & Securities said.', 'Hanwha Investment & Securities'],
    ['The port handled 12 million boxes, according to the European Automobile Manufacturers’ Association.', 'European Automobile Manufacturers’ Association'],
    // a singular possessive is not inside a name
    ['The port handled 12 million boxes, Kim’s deputy Lee Ji-ho said.', 'Lee Ji-ho'],
  ])('%s → speaker %s', (text, speaker) => {
    const [s] = suggest(text).filter((x) => x.kind === 'quantity');
    expect(Object.values(s?.attribution ?? {})).toEqual([speaker]);
  });

  it('proposes an attributed statement without a value as text, without the attribution', () => {
    const [s] = suggest('The plan would harm the wetlands, Ana Lima said.').filter((x) => x.kind === 'text');
    expect(s?.fileValue).toEqual({ text: 'The plan would harm the wetlands' });
    expect(s?.attribution).toEqual({ speaker: 'Ana Lima' });
  });
});

describe('quotes and claims already in the folder', () => {
  it('gives the shortest quote that anchors uniquely', () => {
    const text = 'Japan signed on Friday. Korea signed on Friday.';
    const prepared = prepareText(text);
    const q = uniqueQuote(prepared, 16, 22);
    expect(q).toBeDefined();
    expect(q!.start).toBeLessThanOrEqual(16);
    expect(q!.end).toBeGreaterThanOrEqual(22);
    expect(anchorQuote(prepared, { exact: q!.exact })).toMatchObject({ status: 'anchored', start: q!.start });
    // "Friday" and "on Friday" occur twice; one more word on either side makes it unique.
    expect(q!.exact.split(' ')).toHaveLength(3);
    // A suggestion keeps the value's own words and tells the two apart with a prefix.
    const dates = suggest(text, { precision: 'unknown' }).filter((s) => s.kind === 'date');
    expect(dates.map((s) => s.quote.exact)).toEqual(['Friday', 'Friday']);
    for (const s of dates) expect(anchorQuote(prepared, { exact: s.quote.exact, ...(s.quote.prefix !== undefined ? { prefix: s.quote.prefix } : {}) })).toMatchObject({ status: 'anchored', start: s.quote.start });
  });

  it('does not propose a claim the folder has (overlapping quote, compatible value)', () => {
    const text = 'The bridge will cost nearly $12 billion.';
    const base = corpus(text);
    const claim = claimOn('bridge-cost', 'cost', { low: 11e9, high: 12e9, currency: 'USD' }, text, 'cost nearly $12 billion');
    const result = suggestClaims({ ...base, claims: [claim] } as unknown as Corpus, 's', { minConfidence: 0 });
    if (!result.ok) throw new Error('the source is there');
    expect(result.value.alreadyClaimed).toBe(1);
    expect(result.value.suggestions.filter((s) => s.kind === 'quantity')).toEqual([]);
  });

  it.each<[string, readonly { unit: string; means: string }[], number, readonly string[]]>([
    ['without the folder\'s unit synonyms: proposed (passengers are not people)', [], 0, ['148 passengers']],
    ['with `units: { passengers: people }`: already claimed, as the loader reads it', [{ unit: 'passengers', means: 'people' }], 1, []],
  ])('a claim in another unit word: %s', (_, units, alreadyClaimed, proposed) => {
    const text = 'The train was carrying 148 passengers.';
    const claim = claimOn('on-board', 'on-board', { low: 148, high: 148, unit: 'people' }, text, '148 passengers');
    const result = suggestClaims({ ...corpus(text), claims: [claim], units } as unknown as Corpus, 's', { minConfidence: 0 });
    if (!result.ok) throw new Error('the source is there');
    expect(result.value.alreadyClaimed).toBe(alreadyClaimed);
    expect(result.value.suggestions.filter((s) => s.kind === 'quantity').map((s) => s.quote.exact)).toEqual(proposed);
  });

  it('says which sources there are when asked about one the corpus does not have', () => {
    const result = suggestClaims(corpus('The bridge will cost $4 million.'), 'harbour');
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual([expect.objectContaining({ source: 'load', code: 'unknown-source', sourceId: 'harbour', hint: 'its sources are: s' })]);
  });
});

describe('values whose words recur too often to quote', () => {
  const towns = ['Ashford', 'Bexhill', 'Carlisle', 'Dunstable', 'Exmouth', 'Falmouth', 'Grantham', 'Hexham', 'Ilkeston', 'Jarrow', 'Keswick', 'Lowestoft', 'Morpeth', 'Newquay', 'Oakham', 'Penrith', 'Quorn', 'Redruth'];
  // Each sentence tells its copy of "$5 million" apart by the name before it ("Keswick received").
  const page = (copies: number): string => towns.slice(0, copies).map((town) => `${town} received $5 million.`).join(' ');
  const quoted = (copies: number) => {
    const result = suggestClaims(corpus(page(copies)), 's', { minConfidence: 0 });
    if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
    return { proposed: result.value.suggestions.filter((s) => s.quote.exact === '$5 million').length, tooRepeated: result.value.tooRepeated };
  };
  it.each([
    [2, { proposed: 2, tooRepeated: 0 }],
    [16, { proposed: 16, tooRepeated: 0 }],
    [17, { proposed: 0, tooRepeated: 17 }],
    [18, { proposed: 0, tooRepeated: 18 }],
  ])('%i copies → %o (more than MAX_QUOTED_OCCURRENCES are left out and counted, never dropped silently)', (copies, expected) => {
    expect(quoted(copies)).toEqual(expected);
  });
});
