/**
 * Suggestions on sentences of real-style news pages (test/fixtures/busan-strike-pages):
 * the page's byline and time stamp are not claims; a place set off after "in" is not the
 * speaker; a unit of two nouns ("percentage points") is kept whole; and a value whose
 * words occur elsewhere keeps its own words as the quote, told apart by a prefix.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';
import type { PublishedAt } from '../../src/model/source.js';
import { suggestClaims, type Suggestion } from '../../src/suggest/index.js';
import { oneSourceCorpus } from '../support/one-source-corpus.js';
import { isTimestampLine, namesAnAuthor } from '../../src/suggest/page-byline.js';
import { isWithdrawnStatement } from '../../src/suggest/correction-note.js';

interface Page {
  readonly author?: string;
  readonly title?: string;
  readonly publishedAt?: PublishedAt;
}

const suggest = (text: string, page: Page = {}): readonly Suggestion[] => {
  const corpus = oneSourceCorpus(text, {
    publishedAt: page.publishedAt ?? { precision: 'day', value: '2026-03-16' },
    ...(page.author !== undefined ? { author: page.author } : {}),
    ...(page.title !== undefined ? { title: page.title } : {}),
  });
  const result = suggestClaims(corpus, 's', { minConfidence: 0 });
  if (!result.ok) throw new Error(result.messages.map((m) => m.message).join('\n'));
  return result.value.suggestions;
};

const ARTICLE = 'The strike by dockworkers at the Port of Busan entered its second week on Thursday with no sign of a settlement.';

describe('the page’s byline and time stamp are not claims', () => {
  it.each([
    ['a byline naming the author, with a time', 'By Park Ji-woo (박지우) in Busan · 12 March 2026, 8:30 am KST', { author: 'Park Ji-woo', publishedAt: { precision: 'minute', value: '2026-03-12T08:30+09:00' } }],
    ['a byline with the author’s role and an update time', 'Elena Marković, Asia correspondent — 13 March 2026, 14:05 GMT (updated 16:20)', { author: 'Elena Marković', publishedAt: { precision: 'minute', value: '2026-03-13T14:05Z' } }],
    ['a byline without a time', 'Siobhán O’Connell, Industry Editor · Monday 16 March 2026', { author: 'Siobhán O’Connell', publishedAt: { precision: 'day', value: '2026-03-16' } }],
    ['a byline of two authors', 'By Jane Doe and Park Ji-woo · 12 March 2026', { author: 'Jane Doe; Park Ji-woo', publishedAt: { precision: 'day', value: '2026-03-12' } }],
    ['a time stamp on the publication day, no author known', 'Published 13 March 2026, 14:05 GMT', { publishedAt: { precision: 'day', value: '2026-03-13' } }],
    ['a wire byline of one word, with the time', 'By AFP | Published May 17, 2026 9:40 AM CEST', { author: 'AFP', publishedAt: { precision: 'minute', value: '2026-05-17T09:40+02:00' } }],
    ['a one-word byline, then the date', 'Reuters · 16 March 2026', { author: 'Reuters', publishedAt: { precision: 'day', value: '2026-03-16' } }],
    ['a time stamp line of a date and a clock time, on its own line', '18 May 2026 · 10:15', { author: 'Staff', publishedAt: { precision: 'minute', value: '2026-05-18T10:15+02:00' } }],
    ['a time stamp, then the author after "by"', 'Published 20 November 2026 by the RiverWatch data team', { author: 'RiverWatch data team', publishedAt: { precision: 'minute', value: '2026-11-20T12:00Z' } }],
    ['a live blog’s update and first-published stamps', 'Sat 16 May 2026 15.45 BST · First published on Sat 16 May 2026 06.05 BST', { publishedAt: { precision: 'minute', value: '2026-05-16T06:05+01:00' } }],
  ] as const)('%s', (_name, byline, page) => {
    const found = suggest(`${byline}\n\n${ARTICLE}`, page);
    expect(found.filter((s) => s.quote.start < byline.length)).toEqual([]);
    // The article's own date is still proposed.
    expect(found.filter((s) => s.kind === 'date').map((s) => s.quote.exact)).toEqual(['Thursday']);
  });

  it.each([
    ['a date with a time on another day', 'Talks resume on 17 March 2026, 10:00 KST, in Seoul.', ['17 March 2026, 10:00 KST']],
    ['a date of the publication day without a time, in the article', 'The union voted on 13 March 2026 to continue.', ['13 March 2026']],
    ['a sentence naming a one-word author', 'Drewry expects the backlog to clear by 30 March 2026.', ['30 March 2026']],
  ])('keeps %s', (_name, sentence, dates) => {
    const found = suggest(sentence, { author: 'Drewry', publishedAt: { precision: 'day', value: '2026-03-16' } });
    expect(found.filter((s) => s.kind === 'date').map((s) => s.quote.exact)).toEqual(dates);
  });
});

describe('a byline is a line shaped as one, naming an author of one word or more', () => {
  it.each([
    ['By AFP', 'AFP'],
    ['By Reuters · 12 March 2026, 8:30 am', 'Reuters'],
    ['Staff', 'Staff'],
    ['Staff and agencies', 'Staff and agencies'],
    ['Reuters | Updated 16 May 2026', 'Reuters'],
    ['By Chiara Lodi in Bologna and Tom Ashby', 'Chiara Lodi and Tom Ashby'],
    ['By Tom Ashby and Chiara Lodi', 'Chiara Lodi and Tom Ashby'],
    ['Elena Marković, Asia correspondent — 13 March 2026, 14:05 GMT (updated 16:20)', 'Elena Marković'],
    ['Siobhán O’Connell, Industry Editor · Monday 16 March 2026', 'Siobhán O’Connell'],
    ['Published 20 November 2026 by the RiverWatch data team', 'RiverWatch data team'],
    ['Updated 14:05 GMT by Elena Marković', 'Elena Marković'],
  ])('%s (author %s) is the byline', (line, author) => {
    expect(namesAnAuthor(line, { author })).toBe(true);
  });

  it.each([
    ['Drewry expects the backlog to clear by 30 March 2026.', 'Drewry'],
    ['BOLOGNA, Italy (AFP) — Italian rescuers on Sunday searched flooded villages in Emilia-Romagna for people still missing', 'AFP'],
    ['AFP reported 40 deaths in the first week', 'AFP'],
    ['Reuters, citing two officials, said the talks had failed.', 'Reuters'],
    ['Staff at the port walked out on Monday.', 'Staff'],
    ['By Tuesday, 4,000 workers had walked out', 'Staff'],
    ['Our reporter Chiara Lodi is in Lugo, one of the worst-hit towns, where the Santerno river broke through a levee overnight.', 'Chiara Lodi and Tom Ashby'],
    ['Chiara Lodi reported from Lugo that the water was waist-high', 'Chiara Lodi'],
    ['The Staff Sergeant’s union, said to number 3,000, will meet on Friday', 'Staff'],
    ['Published in March by the RiverWatch data team, the table ranks six companies', 'RiverWatch data team'],
    ['On 20 November 2026 the table was published by the RiverWatch data team', 'RiverWatch data team'],
  ])('%s (author %s) is article text', (line, author) => {
    expect(namesAnAuthor(line, { author })).toBe(false);
  });
});

describe('a line of nothing but dates and clock times is a time stamp', () => {
  it.each([
    ['18 May 2026 · 10:15', true],
    ['Sat 16 May 2026 15.45 BST · First published on Sat 16 May 2026 06.05 BST', true],
    ['Published May 17, 2026 9:40 AM CEST', true],
    ['Updated 16 May 2026', true],
    ['15.45 BST', true],
    ['March 2026', false],
    ['May 20', false],
    ['Talks resume on 17 March 2026, 10:00 KST, in Seoul.', false],
    ['The meeting ended at 10:15 on 18 May.', false],
  ] as const)('%s → %s', (line, stamp) => {
    expect(isTimestampLine(line)).toBe(stamp);
  });
});

describe('a date a number of days, weeks or fortnights before publication is proposed', () => {
  it.each([
    ['A fortnight ago, the River Aire Trust published photographs of sewage fungus.', 'A fortnight ago', '2026-03-02'],
    ['Two weeks ago the regulator opened an inquiry.', 'Two weeks ago', '2026-03-02'],
    ['The dockworkers walked out three days ago.', 'three days ago', '2026-03-13'],
  ] as const)('%s', (sentence, words, day) => {
    const dates = suggest(sentence).filter((s) => s.value.type === 'date');
    expect(dates.map((s) => [s.quote.exact, s.value.type === 'date' ? s.value.start : undefined])).toEqual([[words, day]]);
  });

  it('"fortnightly" is not a date', () => {
    expect(suggest('The board meets fortnightly to review the figures.').filter((s) => s.value.type === 'date')).toEqual([]);
  });
});

describe('a correction note’s withdrawn figure is not proposed', () => {
  it.each([
    ['Correction: an earlier post in this blog, at 08.15, said 12,000 people had been evacuated.', true],
    ['An earlier version of this article said the dam was built in 1952.', true],
    ['This article originally stated that 40 ships had been diverted.', true],
    ['We incorrectly reported that the fine was €2m; it was €2.5m.', true],
    ['Clarification: a previous version gave the toll as nine.', true],
    ['The original report said the dam could hold 40 million cubic metres.', false],
    ['The earlier estimate of 12,000 evacuees was raised to 21,000 on Saturday.', false],
    ['The bridge was originally built in 1932, the council said.', false],
    ['The minister wrongly said inflation was 2%, the statistics office said.', false],
  ] as const)('%s → %s', (sentence, withdrawn) => {
    expect(isWithdrawnStatement(sentence)).toBe(withdrawn);
  });

  it('proposes the corrected figure and not the withdrawn one', () => {
    const text = [
      'Correction: an earlier post in this blog, at 08.15, said 12,000 people had been evacuated. The figure given by the regional civil protection agency was 21,000 people. We have corrected the post.',
      'About 21,000 people have been evacuated from their homes across the region, the regional civil protection agency said in its morning bulletin.',
    ].join('\n\n');
    const quantities = suggest(text).filter((s) => s.kind === 'quantity').map((s) => s.quote.exact);
    expect(quantities).toEqual(['21,000 people', 'About 21,000 people']);
  });
});

describe('who says it', () => {
  it.each([
    ['Hyundai’s plant in Nošovice in the Czech Republic cancelled two shifts last week, and Kia’s factory in Žilina, Slovakia, said it would run at two-thirds of capacity until the 3rd of April.', undefined],
    ['A supplier in Busan said it had stopped two lines last week.', undefined],
    ['The terminals were holding 52,000 containers on Friday, Drewry said, a figure the port operators did not dispute.', 'Drewry'],
    ['Analysts at Hanwha Investment & Securities said that each additional week of stoppage would shave about 0.1 percentage points off first-quarter growth.', 'Hanwha Investment & Securities'],
    // An institution or office as written, not the place it serves.
    ['At least nine people have died, the prefecture of Ravenna said on Sunday.', 'the prefecture of Ravenna'],
    ['The toll rose to 14 on Monday, the mayor of Cesena told reporters.', 'the mayor of Cesena'],
    ['About 300 firefighters were deployed overnight, the fire service said.', 'the fire service'],
    ['Eight people have died, the health ministry said in a statement.', 'the health ministry'],
    ['Two men were arrested on Friday, police said.', 'police'],
    // A title of office before a person's name is not part of the speaker.
    ['Today’s penalties of £1.18 billion are the largest ever, Water Minister Priya Raman said.', 'Priya Raman'],
    ['Prime Minister Keir Starmer said 40 schools would close.', 'Keir Starmer'],
    ['The Foreign Ministry said 40 diplomats would leave.', 'Foreign Ministry'],
    ['The environment agency said it had opened 43 criminal investigations into water companies since 2024.', 'The environment agency'],
    ['The company recorded 3,214 spill events at its sites in 2025, according to the department’s figures.', 'the department'],
    // A name inside a relative clause before the verb is not the speaker; the name before the clause is.
    ['Hartwell, which serves 1,200-odd towns and villages across Yorkshire and the Pennines, said it would spend £310m.', 'Hartwell'],
    ['Martin Clegg, who has campaigned in Keighley for a decade, said 40 outfalls were still spilling.', 'Martin Clegg'],
    // A group written as a plural noun phrase speaks as written.
    ['Analysts said output would fall by 3% this year.', 'Analysts'],
    ['It said output would fall by 3% this year.', undefined],
  ])('%s → %s', (sentence, speaker) => {
    const speakers = new Set(suggest(sentence).map((s) => s.attribution?.speaker));
    expect([...speakers]).toEqual([speaker]);
  });
});

describe('a unit of two nouns is kept whole', () => {
  it.each([
    ['Analysts at Hanwha Investment & Securities said that each additional week of stoppage would shave about 0.1 percentage points off first-quarter growth.', 'about 0.1 percentage points', 'percentage points'],
    ['The central bank raised rates by 25 basis points on Tuesday.', '25 basis points', 'basis points'],
    ['Unemployment fell 0.3 percentage points.', '0.3 percentage points', 'percentage points'],
    ['A 2 hour delay means ships wait outside.', '2 hour delay', 'hour delay'],
  ])('%s', (sentence, exact, unit) => {
    const quantities = suggest(sentence).filter((s) => s.kind === 'quantity');
    expect(quantities.map((s) => s.quote.exact)).toContain(exact);
    const value = quantities.find((s) => s.quote.exact === exact)?.value;
    expect(value?.type === 'quantity' ? value.unit : undefined).toBe(unit);
  });
});

describe('a value whose words occur elsewhere: its own words, with a prefix', () => {
  const text = [
    'An assembly line in Žilina, Slovakia, where one shift was cancelled last week.',
    'Hyundai’s plant in Nošovice in the Czech Republic cancelled two shifts last week, and production resumed.',
    'A dozen container ships that were due to call at Busan this week have been diverted.',
    'Taiwan’s Kaohsiung port said it had handled a dozen extra calls this week.',
  ].join('\n\n');

  it('quotes the value’s words, and the prefix anchors each at its own place', () => {
    const prepared = prepareText(text);
    const dates = suggest(text).filter((s) => s.kind === 'date');
    expect(dates.map((s) => s.quote.exact)).toEqual(['last week', 'last week', 'this week', 'this week']);
    for (const s of dates) {
      expect(s.quote.prefix).toBeDefined();
      expect(anchorQuote(prepared, { exact: s.quote.exact, ...(s.quote.prefix !== undefined ? { prefix: s.quote.prefix } : {}) })).toMatchObject({ status: 'anchored', start: s.quote.start, end: s.quote.end });
    }
  });

  it('a value whose words occur once needs no prefix', () => {
    const [only] = suggest('The backlog stood at about 38,000 containers on Friday morning.').filter((s) => s.kind === 'date');
    expect(only?.quote).toMatchObject({ exact: 'Friday morning' });
    expect(only?.quote.prefix).toBeUndefined();
  });
});

describe('one candidate per value: a headline the article repeats, a value restated in parentheses', () => {
  const quotes = (text: string, page: Page = {}) => suggest(text, page).filter((s) => s.kind !== 'text').map((s) => `${s.kind} ${s.quote.prefix ?? ''}[${s.quote.exact}]`);

  it.each([
    [
      'the headline’s fine, stated again in the article: the sentence’s',
      'Hartwell Water hit with £426m fine as sewage scandal widens\n\nHartwell Water has been ordered to pay £426m, the biggest penalty ever imposed.',
      { title: 'Hartwell Water hit with £426m fine as sewage scandal widens | The Northern Ledger' },
      ['quantity pay [£426m]'],
    ],
    [
      'a headline whose value the article words differently (£1.18 billion = £1.18bn)',
      'Water companies to pay £1.18 billion for sewage spills\n\nSix companies will pay penalties totalling £1.18bn.',
      { title: 'Water companies to pay £1.18 billion for sewage spills - GOV.EXAMPLE' },
      ['quantity [Six companies]', 'quantity [£1.18bn]'],
    ],
    [
      'a headline value the article does not state: kept',
      'Council approves £40m flood plan\n\nThe council approved the plan on Sunday.',
      { title: 'Council approves £40m flood plan' },
      ['quantity [£40m]', 'date [Sunday]'],
    ],
    [
      'a heading line that is not the title, stated again below it: the sentence’s (a section heading, seventh walkthrough)',
      'Council approves £40m flood plan\n\nThe council approved the £40m plan on Sunday.',
      { title: 'Floods in Romagna' },
      ['quantity the [£40m]', 'date [Sunday]'],
    ],
    [
      'a line like the headline but not the title, in a paragraph of its own sentences: both kept',
      'Council approves £40m flood plan. The council approved the £40m plan on Sunday.',
      { title: 'Floods in Romagna' },
      ['quantity approves [£40m]', 'quantity the [£40m]', 'date [Sunday]'],
    ],
    [
      'a relative date with the date in parentheses: the date',
      'The department today (17 November 2026) confirmed the outcome of the largest investigation.',
      { publishedAt: { precision: 'day', value: '2026-11-17' } },
      ['date [17 November 2026]'],
    ],
    [
      'a parenthesis with a different value: both kept',
      'The plan costs £40m (£31m in the first draft).',
      {},
      ['quantity [£40m]', 'quantity [£31m]'],
    ],
  ] as const)('%s', (_name, text, page, expected) => {
    expect(quotes(text, page)).toEqual(expected);
  });
});

describe('a quotation over more than one paragraph keeps its speaker', () => {
  const speakers = (text: string) => suggest(text).map((s) => [s.quote.exact, s.attribution?.speaker]);

  it.each([
    [
      'a paragraph that opens with a quotation mark continues the quoted paragraph before it',
      '"We have been telling anyone who would listen for the best part of a decade," said Martin Clegg, the trust\'s chairman.\n\n"Today is the first time anyone in government has put a number on it, after 43 years."',
      [['Today', 'Martin Clegg'], ['43 years', 'Martin Clegg']],
    ],
    [
      'the paragraph after "X said:" is X\'s',
      'Water Minister Priya Raman said:\n\nToday\'s penalties of £1.18 billion are the largest the sector has ever faced.',
      [['Today', 'Priya Raman'], ['£1.18 billion', 'Priya Raman']],
    ],
    [
      'a quoted paragraph that names no speaker but attributes its words itself is not carried: its own speaker is',
      '"The rivers are dying," said Martin Clegg.\n\n"We spent £310m last year," a spokeswoman for the company said.',
      [['£310m', 'a spokeswoman for the company'], ['last year', 'a spokeswoman for the company']],
    ],
    [
      'a paragraph without a quotation mark after a quoted one is not carried',
      '"The rivers are dying," said Martin Clegg.\n\nThe company spent £310m last year.',
      [['£310m', undefined], ['last year', undefined]],
    ],
    [
      'a quoted paragraph after an unquoted one is not carried',
      'Martin Clegg said the rivers were dying.\n\n"We spent £310m last year."',
      [['£310m', undefined], ['last year', undefined]],
    ],
  ] as const)('%s', (_name, text, expected) => {
    const found = speakers(text).filter(([exact]) => expected.some(([e]) => e === exact));
    expect(found).toEqual(expected);
  });
});

describe('a possessive is not part of a name', () => {
  it.each([
    ['Shares in Hartwell’s parent company fell by almost 6% in early trading.', 'almost 6%', 'Hartwell'],
    ["Shares in Hartwell's parent company fell by almost 6% in early trading.", 'almost 6%', 'Hartwell'],
  ])('%s', (sentence, exact, subject) => {
    expect(suggest(sentence).find((s) => s.quote.exact === exact)?.subject).toBe(subject);
  });

  it('keeps a plural possessive inside a name: "the Busan Port Workers’ Union said"', () => {
    expect(suggest('About 4,000 members walked out, the Busan Port Workers’ Union said.').find((s) => s.quote.exact === 'About 4,000 members')?.attribution?.speaker).toBe('Busan Port Workers’ Union');
  });
});
