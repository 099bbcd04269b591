/**
 * The misses the seventh walkthrough (a regional train derailment, test/fixtures/kestrel-derailment)
 * found, as sentences of their kind: a hyphenated number word ("Twenty-three people") is a number,
 * not a number and its unit; a unit written onto its figure ("about 50mph", "12km", "40C") is read
 * as the value readers read it, with a lone "m" metres unless a currency or a plural count noun
 * makes it million; a number inside a name before a noun ("Class 158 diesel unit") is no amount;
 * and one value said twice in the same words on a page is proposed once, at its first place.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedAt } from '../../src/model/source.js';
import { suggestClaims, type Suggestion } from '../../src/suggest/index.js';
import { oneSourceCorpus } from '../support/one-source-corpus.js';

const THURSDAY: PublishedAt = { precision: 'day', value: '2026-12-03' };

const suggest = (text: string): readonly Suggestion[] => {
  const result = suggestClaims(oneSourceCorpus(text, { publishedAt: THURSDAY }), 's', { minConfidence: 0 });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return result.value.suggestions;
};
const quantities = (text: string): readonly Suggestion[] => suggest(text).filter((s) => s.kind === 'quantity');

describe('a hyphenated number word is one number, at a sentence’s start or inside it', () => {
  it.each([
    // sentence, quote, low, unit
    ['Twenty-three people were taken to hospital.', 'Twenty-three people', 23, 'people'],
    ['Twenty-three passengers were taken to hospital.', 'Twenty-three passengers', 23, 'passengers'],
    ['Police said forty-one homes were evacuated.', 'forty-one homes', 41, 'homes'],
    ['Ninety-nine flights were cancelled on Thursday.', 'Ninety-nine flights', 99, 'flights'],
    ['Three people died.', 'Three people', 3, 'people'],
  ])('%s → %s', (sentence, quote, low, unit) => {
    const found = quantities(sentence).find((s) => s.quote.exact === quote);
    expect(found?.value).toMatchObject({ type: 'quantity', low, high: low, unit });
  });

  it('a number joined to its unit is still read so ("a one-day summit" is not a bare number)', () => {
    expect(quantities('They met for a five-day summit.').map((s) => s.quote.exact)).toEqual(['five-day']);
  });
});

describe('a unit written onto its figure', () => {
  it.each([
    // sentence, quote, low, high, unit
    ['The train was travelling at about 50mph when it left the rails.', 'about 50mph', 45, 55, 'mph'],
    ['A 12km stretch of the line is closed.', '12km', 12, 12, 'km'],
    ['Crews cleared a 300m section of track.', '300m', 300, 300, 'm'],
    ['Engineers laid 300m of new rail.', '300m', 300, 300, 'm'],
    ['Each bag weighed 5kg when it was found.', '5kg', 5, 5, 'kg'],
    ['Temperatures reached 40C on Tuesday.', '40C', 40, 40, 'c'],
    ['The cutting is 1.5km long.', '1.5km', 1.5, 1.5, 'km'],
    // a lone "m" counting a plural noun is million
    ['About 4m households lost power.', 'About 4m households', 3.5e6, 4.5e6, 'households'],
  ])('%s → %s', (sentence, quote, low, high, unit) => {
    const found = quantities(sentence).find((s) => s.quote.exact === quote);
    expect(found?.value).toMatchObject({ type: 'quantity', low, high, unit });
  });

  it.each([
    ['The line will cost £300m to repair.', '£300m', 300e6, 'GBP'],
    ['Investors put in EUR20m last year.', 'EUR20m', 20e6, 'EUR'],
    ['The fund will put EUR 20m into the plant.', 'EUR 20m', 20e6, 'EUR'],
  ])('after a currency "m" stays million: %s', (sentence, quote, low, currency) => {
    expect(quantities(sentence).find((s) => s.quote.exact === quote)?.value).toMatchObject({ low, currency });
  });

  it.each([
    'It was the 3rd delay this year.',
    'The first train leaves at 10am.',
    'The 5G mast and 3D screens were damaged.',
  ])('ordinals, times and names are not measures: %s', (sentence) => {
    expect(quantities(sentence).map((s) => s.quote.exact)).toEqual([]);
  });
});

describe('a number inside a name before a noun is not an amount', () => {
  it.each([
    ['The train, a four-carriage Class 158 diesel unit, was carrying 148 passengers.', ['four-carriage', '148 passengers']],
    ['The airline grounded its Boeing 737 jets after the crash.', []],
    ['They stopped at the Route 66 diner on the way.', []],
    ['Relatives of Flight 370 passengers met in Beijing.', []],
    // a sentence's first word that is no name, a day, a hedge: the number is an amount
    ['Only 12 people came to the meeting.', ['12 people']],
    ['On Thursday 300 people left their homes.', ['300 people']],
    ['Nearly 150 passengers were on board.', ['Nearly 150 passengers']],
  ])('%s', (sentence, quotes) => {
    expect(quantities(sentence).map((s) => s.quote.exact)).toEqual(quotes);
  });
});

describe('a section heading’s value that its section states is offered once, as the sentence’s', () => {
  const LIVE = [
    '12:40',
    '',
    'Line to stay shut until 14 December',
    '',
    'Northvale Trains says the line between Wexbridge and Carnford will stay closed until 14 December.',
    '',
    '11:15',
    '',
    'Train carried 148 passengers',
    '',
    'Northvale Trains says the 07:42 from Wexbridge was carrying 148 passengers and four crew.',
  ].join('\n');

  it.each([
    ['14 December', 'date', 'closed until 14 December'],
    ['148 passengers', 'quantity', 'carrying 148 passengers'],
  ])('%s', (words, kind, body) => {
    const found = suggest(LIVE).filter((s) => s.kind === kind && s.quote.exact === words);
    expect(found.map((s) => s.quote.start)).toEqual([LIVE.indexOf(body) + body.indexOf(words)]);
  });

  it.each([
    // the heading's value is not stated in its own section (the next heading line ends it): both stay
    [['Line shut until 14 December', '', '12:40', '', 'Buses will run until 14 December.'], 2],
    // a paragraph's last line without a full stop is no heading (text taken from a PDF with hard line breaks)
    [['The line will stay closed until', '14 December', 'while repairs go on. It reopens on 14 December.'], 2],
    // the same day twice in running text: said of different things, both stay
    [['Rescuers searched on Monday.', '', 'The cabinet declared a state of emergency on Monday.'], 2],
  ])('%j', (lines, count) => {
    const text = lines.join('\n');
    expect(suggest(text).filter((s) => s.kind === 'date')).toHaveLength(count);
  });
});

describe('a byline with its time stamp is skipped whoever it names', () => {
  it.each([
    ['By OLIVIA BRENNAN Associated Press · Dec. 3, 2026 Updated 4:05 p.m. EST', false],
    ['By Park Ji-woo in Busan · 3 December 2026, 8:30 am KST', false],
    // not a byline: a clause after "By"
    ['By Thursday, 23 people were in hospital · Dec. 3, 2026 4:05 p.m.', true],
  ])('%s → dates proposed from it: %s', (byline, proposed) => {
    const text = `Dozens hurt as train derails\n\n${byline}\n\nASHBY MARSH, England (AP) — A train derailed on Wednesday night.`;
    const r = suggestClaims(oneSourceCorpus(text, { publishedAt: THURSDAY, author: 'The Associated Press' }), 's', { minConfidence: 0 });
    if (!r.ok) throw new Error('suggest failed');
    const line = { start: text.indexOf(byline), end: text.indexOf(byline) + byline.length };
    const dates = r.value.suggestions.filter((s) => s.kind === 'date');
    expect(dates.some((s) => s.quote.start >= line.start && s.quote.end <= line.end)).toBe(proposed);
    // the article's own date stays
    expect(dates.some((s) => s.quote.start > line.end)).toBe(true);
  });
});

describe('what heads a section', () => {
  it.each([
    // a long line without a full stop is a paragraph left unpunctuated, not a heading: both stay
    [`Crews say the line will stay shut until 14 December ${'while engineers rebuild the damaged parapet and clear debris from the cutting near the bridge'}`, 2],
    // a short heading: once
    ['Line shut until 14 December', 1],
  ])('%s', (first, count) => {
    const text = `${first}\n\nNorthvale Trains says the line will stay closed until 14 December.`;
    expect(suggest(text).filter((s) => s.kind === 'date')).toHaveLength(count);
  });
});
