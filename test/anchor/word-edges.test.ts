/**
 * A tie between places that match a quote equally well is broken by words:
 * the only place that neither starts nor ends inside a word is taken ("May
 * 20" is the date, not the start of "May 2023"). Two such places, or none,
 * stay ambiguous, and so do places in scripts written without spaces.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuote, prepareText } from '../../src/anchor/index.js';
import { cutsWord, edgeUnknown, keepsWordsWhole } from '../../src/anchor/word-edges.js';

describe('keepsWordsWhole', () => {
  it.each([
    // text, start, end, whole
    ['in May 2023', 3, 9, false], // "May 20" ends inside "2023"
    ['on May 20.', 3, 9, true],
    ['May 20', 0, 6, true], // the text's own ends
    ['Lugoj', 0, 4, false],
    ['the 20th', 4, 6, false], // a digit then a letter: one word
    ['😀May 20😀', 2, 8, true], // an emoji (a surrogate pair) is not a letter
    ['𝐀𝐁 x', 2, 4, false], // an astral letter on both sides of a surrogate-pair edge
    ['café', 0, 3, false],
    ['cafe\u0301 x', 0, 4, false], // a combining accent belongs to its word
    ['l’État', 2, 6, true],
  ] as const)('%j [%d, %d) → %s', (text, start, end, whole) => {
    expect(keepsWordsWhole(text, start, end)).toBe(whole);
  });

  it('cuts a word only between two word characters', () => {
    expect(cutsWord('ab', 1)).toBe(true);
    expect(cutsWord('a b', 1)).toBe(false);
    expect(cutsWord('a', 0)).toBe(false);
    expect(cutsWord('a', 1)).toBe(false);
  });

  it('does not know where words end in scripts written without spaces', () => {
    expect(edgeUnknown('東京都', 2)).toBe(true);
    expect(edgeUnknown('กรุงเทพ', 3)).toBe(true);
    expect(edgeUnknown('May 20', 3)).toBe(false);
  });
});

describe('a tie between equal matches, broken by words', () => {
  const start = (text: string, part: string, from = 0): number => text.indexOf(part, from);
  it.each([
    // name, text, quote, the offset taken (undefined: ambiguous)
    ['a date, not the start of a year', 'The report of May 2023 warned of floods. Schools will reopen on May 20, the mayor said.', 'May 20', (t: string) => start(t, 'May 20,')],
    ['a number, not part of a larger one', 'In 2020, 20 people were evacuated.', '20', (t: string) => start(t, '20 people')],
    ['a town, not the start of another', 'Lugoj and Lugo flooded.', 'Lugo', (t: string) => start(t, 'Lugo ')],
    ['two whole places stay ambiguous', 'On May 20 and again on May 20, it rained.', 'May 20', () => undefined],
    ['no whole place stays ambiguous', 'In May 2023 and May 2024 it rained.', 'May 20', () => undefined],
    ['a script without spaces stays ambiguous', '東京都と東京。', '東京', () => undefined],
  ] as const)('%s', (_name, text, exact, expected) => {
    const result = anchorQuote(prepareText(text), { exact });
    const want = expected(text);
    if (want === undefined) expect(result.status).toBe('ambiguous');
    else expect(result).toMatchObject({ status: 'anchored', start: want, end: want + exact.length });
  });

  it('does not override the words around the quote: a prefix still picks the cut place', () => {
    const text = 'The report of May 2023 warned of floods. Schools will reopen on May 20, the mayor said.';
    const result = anchorQuote(prepareText(text), { exact: 'May 20', prefix: 'report of ' });
    expect(result).toMatchObject({ status: 'anchored', start: text.indexOf('May 2023') });
  });
});
