/**
 * Suggestions on sentences as local news and press releases write them (the sixth
 * walkthrough, test/fixtures/darrow-fire-pages, and sentences like them): a clock
 * time's "p.m." followed by its day or time zone does not end the sentence.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/suggest/text-units.js';

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
