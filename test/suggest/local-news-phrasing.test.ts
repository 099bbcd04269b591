/**
 * Suggestions on sentences as local news and press releases write them (the sixth
 * walkthrough, test/fixtures/darrow-fire-pages, and sentences like them): a clock
 * time's "p.m." followed by its day or time zone does not end the sentence; a role or
 * title of office before a name is not the speaker, an unnamed spokesperson or "the
 * company" is, and the speaker is who says it, not what it is about; numbers in names,
 * addresses, ranks and figures of speech are not amounts; and a common noun opening the
 * sentence after a dateline's dash ("LONDON — Firefighters …") is not a name.
 */
import { describe, expect, it } from 'vitest';
import { suggestClaims, type Suggestion } from '../../src/suggest/index.js';
import { nameSpans } from '../../src/suggest/entity-names.js';
import { lazyTags } from '../../src/suggest/pos-tags.js';
import { sentencesOf } from '../../src/suggest/text-units.js';
import { createEntityResolver } from '../../src/normalize/index.js';
import { oneSourceCorpus } from '../support/one-source-corpus.js';

describe('"a.m." and "p.m." end a sentence only where the time ends', () => {
  it.each([
    // text, sentences
    ['The fire started around 10:40 p.m. Wednesday in a storage building.', ['The fire started around 10:40 p.m. Wednesday in a storage building.']],
    ['Polls close at 8 p.m. Tuesday across the state. Counting starts at once.', ['Polls close at 8 p.m. Tuesday across the state.', 'Counting starts at once.']],
    ['The store closes at 5 p.m. EDT on Friday.', ['The store closes at 5 p.m. EDT on Friday.']],
    ['Updated 7:45 a.m. CDT Oct. 16, 2026', ['Updated 7:45 a.m. CDT Oct. 16, 2026']],
    ['The hearing resumes at 10 a.m. Oct. 3 in Salem.', ['The hearing resumes at 10 a.m. Oct. 3 in Salem.']],
    ['Voting ends at 8 p.m. Eastern Time on Nov. 3.', ['Voting ends at 8 p.m. Eastern Time on Nov. 3.']],
    // A new sentence after the time is still one.
    ['The meeting ended at 4 p.m. The council then voted.', ['The meeting ended at 4 p.m.', 'The council then voted.']],
    ['Key facts as of 9:00 a.m. More than 60 firefighters have responded.', ['Key facts as of 9:00 a.m.', 'More than 60 firefighters have responded.']],
  ])('%s', (text, sentences) => {
    expect([...sentencesOf(text)].map((s) => s.text)).toEqual(sentences);
  });
});

const suggest = (text: string, entities: readonly object[] = []): readonly Suggestion[] => {
  const corpus = oneSourceCorpus(text, { publishedAt: { precision: 'day', value: '2026-10-15' }, entities });
  const result = suggestClaims(corpus, 's', { minConfidence: 0 });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return result.value.suggestions;
};

describe('who says it: roles, titles of office and unnamed spokespeople', () => {
  it.each([
    // sentence, the speaker of every suggestion
    ['Three firefighters were taken to Mercy Regional Medical Center with minor injuries, a fire department spokesperson said.', 'a fire department spokesperson'],
    ['Two workers were hurt on Monday, a company spokesman said.', 'a company spokesman'],
    ['The company has about 150 employees at the site, according to spokeswoman Mirela Sandoval.', 'Mirela Sandoval'],
    ['The mill will cut 40 jobs, according to company spokesman Jon Alder.', 'Jon Alder'],
    ['Roughly 180 tons of batteries were stored in the building, according to the company.', 'the company'],
    ['About 300 passengers were stranded overnight, according to the airline.', 'the airline'],
    ['Five firefighters were hurt in the first hours of the blaze, Fire Chief Ramona Ellery said.', 'Ramona Ellery'],
    ['Police Chief Dana Ortiz said 12 people were arrested on Saturday.', 'Dana Ortiz'],
    ['County Sheriff Tom Beale said 14 roads were closed.', 'Tom Beale'],
    ['"The fire is contained to one building," said Fire Chief Ramona Ellery of the Darrow Falls Fire Department.', 'Ramona Ellery'],
    ['“We will pay for 300 hotel rooms,” said Brightcell spokeswoman Mirela Sandoval.', 'Mirela Sandoval'],
    ['"We have 40 trucks out," said Highway Superintendent Carl Mott.', 'Carl Mott'],
    // "said X" only after the words said: here the name after "said" is what is said (the group before it speaks).
    ['Officials said Brightcell Recycling would pay for 300 hotel rooms.', 'Officials'],
    ['Organisers said Hartwell Water had paid £2 million.', 'Organisers'],
  ])('%s → %s', (sentence, speaker) => {
    const found = suggest(sentence);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found.map((s) => s.attribution?.speaker))]).toEqual([speaker]);
  });

  it.each([
    // sentence, the speaker: names with only spaces between are one speaker, however the alias tables cut them
    ['Darrow County Emergency Management says the zone is a one-mile radius.', 'Darrow County Emergency Management'],
    ['Five firefighters were hurt, Fire Chief Ramona Ellery said.', 'Ramona Ellery'],
    ['"We have 40 trucks out," said Fire Chief Ramona Ellery.', 'Ramona Ellery'],
  ])('with "Darrow County" and "the fire" in the alias tables: %s → %s', (sentence, speaker) => {
    const entities = [
      { id: 'darrow-county', name: 'Darrow County', kind: 'place', aliases: [] },
      { id: 'brightcell-fire', name: 'Brightcell fire', kind: 'event', aliases: ['the fire'] },
    ];
    const found = suggest(sentence, entities);
    expect(found.length).toBeGreaterThan(0);
    expect([...new Set(found.map((s) => s.attribution?.speaker))]).toEqual([speaker]);
    // "Fire" of "Fire Chief" is part of the speaker's words, not the fire the claim is about.
    expect(found.map((s) => s.subject)).not.toContain('Brightcell fire');
  });

  it.each([
    // sentence, the value, its subject (never the speaker nor a name in the attribution)
    ['County Commissioner Paul Okafor said the county has asked the state for $2.5 million.', '$2.5 million', undefined],
    ['Water Minister Priya Raman said Hartwell Water would pay £12 million.', '£12 million', 'Hartwell Water'],
    ['“We will pay for 300 hotel rooms,” said Brightcell spokeswoman Mirela Sandoval.', '300 hotel rooms', undefined],
    ['Ofwat fined Yorkshire Water £40 million, Finance Director Ellen Hart said.', '£40 million', 'Yorkshire Water'],
  ])('%s: %s is about %s', (sentence, exact, subject) => {
    const found = suggest(sentence).find((s) => s.quote.exact === exact);
    expect(found).toBeDefined();
    expect(found?.subject).toBe(subject);
  });
});

describe('numbers that are not amounts: in names, addresses, years before a clause, ranks and figures of speech', () => {
  it.each([
    // sentence, words never proposed as a quantity, an amount still proposed (or undefined)
    ['WATCH: Chopper 8 flies over the smoke from the fire Thursday morning', '8 flies', undefined],
    ['Download the KDFL 8 app for breaking news alerts about the 2,000 homes.', '8 app', '2,000 homes'],
    ['The plant sits off Route 31 north of downtown, about 3 miles away.', '31 north', 'about 3 miles'],
    ['Flight 370 carried 239 people.', '370', '239 people'],
    ['Members invoked Article 5 after attacks on 32 ships.', '5 after', '32 ships'],
    ['A fire began at the plant, 4100 Industrial Parkway, and 60 firefighters responded.', '4100', '60 firefighters'],
    ['Protesters gathered outside 10 Downing Street as 400 people watched.', '10', '400 people'],
    ['The company, which opened the plant in 2023, employs 140 people there.', '2023, employs', '140 people'],
    ['Hartwell, founded in 1989, employs 2,300 staff.', '1989, employs', '2,300 staff'],
    ['"Our number one priority right now is keeping this fire inside that building," the chief said.', 'one priority', undefined],
    ['"You put one cell out and the next one goes," Ellery said of the 200 tons of batteries.', 'one cell', '200 tons'],
    ['"The fire is contained to one building," said Fire Chief Ramona Ellery.', 'one building', undefined],
    ['The club is the No. 1 seed after winning 12 games.', '1 seed', '12 games'],
  ])('%s: not %s', (sentence, notAmount, amount) => {
    const quotes = suggest(sentence)
      .filter((s) => s.kind === 'quantity')
      .map((s) => s.quote.exact);
    expect(quotes.some((q) => q.includes(notAmount) || notAmount.includes(q))).toBe(false);
    if (amount !== undefined) expect(quotes).toContain(amount);
  });

  it.each([
    // sentence, the amount still proposed
    ['“We lost one firefighter and two trucks,” the chief said.', 'two trucks'],
    ['"The zone covers one mile around the plant," Okafor said.', 'one mile'],
    ['"We waited one hour for the trucks," a resident said.', 'one hour'],
    ['"Prices rose one per cent last month," the minister said.', 'one per cent'],
    ['One person died and 12 were hurt.', 'One person'],
    ['Ukraine’s 40 million people face a hard winter.', '40 million people'],
    ['On Thursday 300 people marched through the town.', '300 people'],
    ['Only 12 people came to the meeting.', '12 people'],
    ['Severn Trent 2,100 jobs at risk after merger, union warns.', '2,100 jobs'],
    ['The fund will put EUR 20 million into the plant.', 'EUR 20 million'],
    ['Under the deal Hartwell Water 1.5 million customers get a rebate.', '1.5 million customers'],
    ['Shares of Tesla 10 days ago rose by 5%.', '5%'],
  ])('%s: %s is an amount', (sentence, amount) => {
    expect(suggest(sentence).map((s) => s.quote.exact)).toContain(amount);
  });
});

describe('the first word after a dateline’s dash is read as a sentence’s first word', () => {
  const resolver = createEntityResolver({ entities: [] });
  const names = (text: string): string[] => [...sentencesOf(text)].flatMap((s) => nameSpans(text, s, resolver, lazyTags(s.text)).map((n) => n.text));
  it.each([
    // sentence, names
    ['DARROW FALLS (AP-W) — Firefighters spent a second day pouring water on the fire.', ['DARROW FALLS', 'AP-W']],
    ['LONDON — Paramedics treated 12 people at the scene.', ['LONDON']],
    ['LONDON (Reuters) - Investigators said 12 people died.', ['LONDON', 'Reuters']],
    ['MILAN — Rescuers from Ravenna worked through the night.', ['MILAN', 'Ravenna']],
    // Names stay names: ones the tagger knows, runs of capitalised words, and words after a dash inside a sentence.
    ['SEOUL — Hyundai Motor said 40 people work there.', ['SEOUL', 'Hyundai Motor']],
    ['BUSAN — Hyundai said 40 people work there.', ['BUSAN', 'Hyundai']],
    ['The company — Brightcell Recycling — said 40 people work there.', ['Brightcell Recycling']],
    ['It rained all week — Smith said it would.', ['Smith']],
  ])('%s → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('so "Firefighters" is not offered as a subject', () => {
    const found = suggest('DARROW FALLS (AP-W) — Firefighters spent a second day pouring water on the fire, and residents of about 900 homes were told to stay away.');
    expect(found.map((s) => s.quote.exact)).toContain('about 900 homes');
    expect(found.map((s) => s.subject)).not.toContain('Firefighters');
  });
});
