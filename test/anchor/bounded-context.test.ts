/**
 * Only the `MAX_CONTEXT_COMPARED` units of prefix and suffix nearest the
 * quote are compared. Comparing all of a long context cost occurrences ×
 * context² (issue 14: a 600-unit prefix on a word found thousands of times,
 * 26 s), and it was also wrong: a long prefix looks much like itself shifted
 * by one sentence, so the word one sentence earlier scored within the
 * ambiguity margin and a well-placed quote came back "ambiguous".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, CONTEXT_LENGTH, MAX_CONTEXT_COMPARED, prepareText } from '../../src/anchor/index.js';
import { foldString } from '../../src/ingest/fold-text.js';
import { generatedText } from '../tools/bench/worst-case-anchoring.js';
import { fixture } from './fixtures.js';

const english = fixture('coalition-001.txt') + fixture('daily-caller-002.txt');

/** Context far from the quote: the searched windows use the 64 units nearest it, scoring the nearest 32. */
const FAR = 64;

describe('context beyond the compared units', () => {
  it('changes nothing: the same result with any text before the prefix or after the suffix', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: english.length - 400 }),
        fc.integer({ min: 8, max: 60 }),
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        (at, length, before, after) => {
          const start = 200 + (at % (english.length - 400));
          const end = start + length;
          const prefix = english.slice(start - 2 * FAR, start);
          const suffix = english.slice(end, end + 2 * FAR);
          if (foldString(prefix).length < FAR || foldString(suffix).length < FAR) return;
          const query = { exact: english.slice(start, end), prefix, suffix };
          const longer = { exact: query.exact, prefix: before + prefix, suffix: suffix + after };
          expect(anchorQuote(english, longer)).toEqual(anchorQuote(english, query));
        },
      ),
      { seed: 32, numRuns: 150 },
    );
  });

  it('is as long as the context a recorded selector keeps, so re-anchoring compares all of it', () => {
    expect(MAX_CONTEXT_COMPARED).toBe(CONTEXT_LENGTH);
  });
});

describe('a frequent word with a long prefix (issue 14)', () => {
  const text = generatedText(64 * 1024);
  const prepared = prepareText(text);
  const word = ' said ';

  it.each([32, 600, 2048, 16 * 1024])('anchors at its place with a %i-unit prefix (it was "ambiguous" with the previous "said")', (length) => {
    const start = text.indexOf(word, 40 * 1024) + 1;
    const r = anchorQuote(prepared, { exact: 'said', prefix: text.slice(start - length, start) });
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored') expect(r.start).toBe(start);
  });

  it.each([32, 600, 2048, 16 * 1024])('anchors at its place with a %i-unit suffix', (length) => {
    const start = text.indexOf(word, 20 * 1024) + 1;
    const r = anchorQuote(prepared, { exact: 'said', suffix: text.slice(start + 4, start + 4 + length) });
    expect(r.status).toBe('anchored');
    if (r.status === 'anchored') expect(r.start).toBe(start);
  });
});
