/**
 * The sentence-level misses a new user hits first (the darrow-fire walkthrough and
 * sentences like its): a currency code before an amount is its currency; a group
 * written as a plural noun phrase ("County officials said") speaks, and an attributed
 * statement with a speaker clears the default confidence cut; a unit of two nouns stays
 * whole, a number after a name's word at a sentence's start or in a title-case headline
 * is read as such; an event's year after "in" and a bounded time ("until at least noon
 * Saturday") are dates, vague spans are not; and a date with two readings shows both days.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedAt } from '../../src/model/source.js';
import { suggestClaims, suggestionsYaml, type Suggestion } from '../../src/suggest/index.js';
import { oneSourceCorpus } from '../support/one-source-corpus.js';

const THURSDAY: PublishedAt = { precision: 'day', value: '2026-10-15' };

const suggest = (text: string, publishedAt: PublishedAt = THURSDAY, minConfidence = 0): readonly Suggestion[] => {
  const result = suggestClaims(oneSourceCorpus(text, { publishedAt }), 's', { minConfidence });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return result.value.suggestions;
};

const quantities = (text: string): readonly Suggestion[] => suggest(text).filter((s) => s.kind === 'quantity');

describe('a currency code before (or after) an amount is its currency', () => {
  it.each([
    // sentence, quote, currency, low
    ['The fund will put EUR 20 million into the plant.', 'EUR 20 million', 'EUR', 20e6],
    ['The company raised USD 1.5bn from investors.', 'USD 1.5bn', 'USD', 1.5e9],
    ['The firm paid GBP 300,000 in fines.', 'GBP 300,000', 'GBP', 300_000],
    ['The tunnel cost CHF 12 m to build.', 'CHF 12 m', 'CHF', 12e6],
    ['USD 1.5bn was raised in a day.', 'USD 1.5bn', 'USD', 1.5e9],
    ['Investors put in EUR20m last year.', 'EUR20m', 'EUR', 20e6],
    ['The deal is worth 20 million EUR to the club.', '20 million EUR', 'EUR', 20e6],
  ])('%s → %s', (sentence, quote, currency, low) => {
    const found = quantities(sentence).find((s) => s.quote.exact === quote);
    expect(found?.value).toMatchObject({ type: 'quantity', currency, low });
    // The code is the value's words, never the subject.
    expect(found?.subject).toBeUndefined();
  });

  it.each([
    ['The bank lent nearly EUR 20 million.', 'nearly EUR 20 million', 18e6, 20e6],
    ['Costs rose to more than USD 3bn.', 'more than USD 3bn', 3e9, undefined],
  ])('a hedge before the code is the amount’s: %s', (sentence, quote, low, high) => {
    const found = quantities(sentence).find((s) => s.quote.exact === quote);
    expect(found?.value).toMatchObject({ low });
    if (high !== undefined) expect(found?.value).toMatchObject({ high });
  });

  it('three capitals that are no currency code stay a name’s number', () => {
    expect(quantities('The KDF 8 team arrived with 40 trucks.').map((s) => s.quote.exact)).toEqual(['40 trucks']);
  });
});

describe('a group speaks as written: a plural noun phrase before the verb', () => {
  it.each([
    // sentence, speaker of every suggestion
    ['County officials said 40 homes were destroyed.', 'County officials'],
    ['Police said 12 people were arrested.', 'Police'],
    ['State regulators said on Tuesday that the utility had spilled 3,000 gallons.', 'State regulators'],
    ['Officials told reporters that 40 homes were destroyed.', 'Officials'],
    ['The fire destroyed 40 homes, officials said.', 'officials'],
    ['Prices rose 4% in a week, traders said.', 'traders'],
    ['Darrow County officials said 40 homes were destroyed.', 'Darrow County officials'],
    ['Local health experts warned that 12 wells were unsafe.', 'Local health experts'],
    ['The fire destroyed 40 homes, officials confirmed.', 'officials'],
    ['Officials reported 12 deaths on Friday.', 'Officials'],
    // Not a group: a passive participle, a pronoun, a quantifier, a noun after a preposition, a counted group.
    ['Cases reported to the agency rose by 20%.', undefined],
    ['Deaths confirmed on Friday rose to 12 people.', undefined],
    ['Residents told to leave 40 homes waited at the school.', undefined],
    ['They said 40 homes burned.', undefined],
    ['Others said 40 homes burned.', undefined],
    ['A man in his seventies told me 40 homes burned.', undefined],
    ['21,000 people have left their homes; at least nine people confirmed dead', undefined],
  ])('%s → %s', (sentence, speaker) => {
    const found = suggest(sentence);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found.map((s) => s.attribution?.speaker))]).toEqual([speaker]);
  });

  it('the group is never the guessed subject, though its words are capitalised', () => {
    const found = suggest('Darrow County officials said Brightcell Recycling would pay for 300 hotel rooms.');
    expect(found.map((s) => s.subject)).toEqual(['Brightcell Recycling']);
  });
});

describe('an attributed statement with a speaker clears the default confidence cut', () => {
  it.each([
    // sentence, speaker (undefined: no text claim at the default cut)
    ['County officials said the evacuation order would stay in place until the fire is out.', 'County officials'],
    ['Residents said the smoke was thick and black over the whole town.', 'Residents'],
    ['"We will rebuild the plant," said Brightcell spokeswoman Mirela Sandoval.', 'Mirela Sandoval'],
    // No speaker named: an outlet only, or no attribution at all.
    ['The plant will be rebuilt on the same site, according to Reuters.', undefined],
    ['The smoke was thick and black over the whole town.', undefined],
  ])('%s → %s', (sentence, speaker) => {
    const texts = suggest(sentence, THURSDAY, 0.25).filter((s) => s.kind === 'text');
    expect(texts.map((s) => s.attribution?.speaker)).toEqual(speaker === undefined ? [] : [speaker]);
  });

  it('"X said:" ending a paragraph is no statement of its own: the next paragraph is', () => {
    const found = suggest('Water Minister Priya Raman said:\n"For too long, water companies have treated our rivers as an open sewer."');
    expect(found.map((s) => [s.quote.exact, s.attribution?.speaker])).toEqual([['For too long, water companies have treated our rivers as an open sewer.', 'Priya Raman']]);
  });
});

describe('quantities: noun phrases of two nouns, names’ numbers at a sentence’s start, title-case headlines', () => {
  it.each([
    // sentence, quotes of the quantities
    ['400 police officers were deployed.', ['400 police officers']],
    ['The chain hired 12 sales workers in May.', ['12 sales workers']],
    ['Article 5 commits members to defend each other.', []],
    ['Section 8 vouchers were cut for 12 families.', ['12 families']],
    ['Only 12 people came to the meeting.', ['12 people']],
    ['Some 300 people marched through the town.', ['Some 300 people']],
    ['Fire Destroys 3 Warehouses', ['3 Warehouses']],
    ['Storm Leaves 40,000 Homes Without Power', ['40,000 Homes']],
    ['Flight 370 Carried 239 People', ['239 People']],
    ['Council Approves EUR 20 Million Budget', ['EUR 20 Million']],
  ])('%s → %j', (sentence, quotes) => {
    expect(quantities(sentence).map((s) => s.quote.exact)).toEqual(quotes);
  });

  it('a title-case headline’s capitalised words are no subjects', () => {
    expect(quantities('Fire Destroys 3 Warehouses').map((s) => s.subject)).toEqual([undefined]);
  });

  it('"3 Warehouses" in a headline is the same amount as "3 warehouses"', () => {
    expect(quantities('Fire Destroys 3 Warehouses')[0]?.value).toMatchObject({ low: 3, high: 3, unit: 'warehouses' });
  });
});

describe('dates: an event’s year, bounded times, parts of a month; vague spans left out', () => {
  it.each([
    // sentence, quote, start, end, precision, the value as the file writes it
    ['Brightcell Recycling opened the Darrow Falls plant in 2023.', '2023', '2023-01-01', '2023-12-31', 'year', '2023'],
    ['The company, which opened the plant in 2023, employs 140 people there.', '2023', '2023-01-01', '2023-12-31', 'year', '2023'],
    ['Hartwell, founded in 1989, employs 2,300 staff.', '1989', '1989-01-01', '1989-12-31', 'year', '1989'],
    ['In 2023, the company moved its offices to Leeds.', '2023', '2023-01-01', '2023-12-31', 'year', '2023'],
    // Published on a Thursday: the order runs to the Saturday after.
    ['The evacuation order will remain in place until at least noon Saturday.', 'noon Saturday', '2026-10-17', '2026-10-17', 'day', 'October 17, 2026'],
    ['The road will stay closed until at least 6 p.m. Friday.', '6 p.m. Friday', '2026-10-16', '2026-10-16', 'day', 'October 16, 2026'],
    ['Repairs should be finished by mid-March.', 'mid-March', '2027-03-01', '2027-03-31', 'month', 'March 2027'],
    ['Talks resume early next week.', 'next week', '2026-10-19', '2026-10-25', 'day', 'next week'],
  ])('%s → %s', (sentence, quote, start, end, precision, written) => {
    const found = suggest(sentence).filter((s) => s.kind === 'date');
    expect(found.map((s) => s.quote.exact)).toEqual([quote]);
    expect(found[0]?.value).toMatchObject({ type: 'date', start, end, precision });
    expect(found[0]?.fileValue).toEqual({ date: written });
  });

  it.each([
    // A year that is a time frame or a modifier, not an event's date; spans too vague to check.
    'In 2023, the company had 50 staff on the site.',
    'Sales were higher in 2023 than ever.',
    'The cost in 2023 dollars was about 4 million.',
    'Officials will decide in the coming weeks.',
    'A ruling is expected soon.',
  ])('no date in: %s', (sentence) => {
    expect(suggest(sentence).filter((s) => s.kind === 'date')).toEqual([]);
  });
});

describe('a date with two readings shows both days in the draft', () => {
  // Wednesday 24 December 2025: "last Tuesday" is the 23rd or the 16th.
  const WEDNESDAY: PublishedAt = { precision: 'day', value: '2025-12-24' };
  const sentence = 'The council voted last Tuesday to close 3 schools.';

  it('as its note and in the claim file’s comment, as messages quote the date', () => {
    const found = suggest(sentence, WEDNESDAY).find((s) => s.kind === 'date');
    expect(found?.value).toMatchObject({ start: '2025-12-16', end: '2025-12-23', precision: 'either' });
    const shown = '"last Tuesday" (2025-12-16 or 2025-12-23)';
    expect(found?.notes.some((n) => n.startsWith(shown))).toBe(true);
    expect(suggestionsYaml('s', sentence, found === undefined ? [] : [found])).toContain(`# ${shown}`);
    // The value keeps the words, which the loader reads as the same two days.
    expect(found?.fileValue).toEqual({ date: 'last Tuesday' });
  });

  it('a date of one reading gets no such note', () => {
    const found = suggest('The council voted on Tuesday to close 3 schools.', WEDNESDAY).find((s) => s.kind === 'date');
    expect(found?.notes.some((n) => n.includes(' or '))).toBe(false);
  });
});
