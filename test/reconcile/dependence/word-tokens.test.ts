/**
 * The words copy detection compares: runs of letters and digits
 * (`/[\p{L}\p{N}]+/u`, whole code points) folded with `toLowerCase`, skipping
 * non-content ranges. The scanner reads code units without a regular
 * expression; every case here is checked against that definition as well
 * as against the words written out.
 */
import { describe, expect, it } from 'vitest';
import type { TextRange } from '../../../src/model/span.js';
import { FoldedVocabulary, foldedHash } from '../../../src/reconcile/dependence/folded-vocabulary.js';
import { textWords, wordOffsets } from '../../../src/reconcile/dependence/word-tokens.js';

/** The definition: what the scanner must find. */
const defined = (text: string, exclude: readonly TextRange[]): { word: string; start: number; end: number }[] =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)]
    .map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }))
    .filter((w) => !exclude.some((r) => r.start < w.end && w.start < r.end));

/** The folded words, with offsets, that `textWords` and `wordOffsets` find in one text. */
const scanned = (text: string, exclude: readonly TextRange[] = []): { word: string; start: number; end: number }[] => {
  const words = textWords([text], [exclude]);
  const { starts, ends } = wordOffsets([text], [exclude], words.docStart, Int32Array.from(words.ids.keys()));
  return [...words.ids].map((id, i) => ({ word: words.vocabulary[id] as string, start: starts[i] as number, end: ends[i] as number }));
};

describe('textWords', () => {
  it.each([
    ['empty text', '', [], []],
    ['punctuation only', ' ,.;—!? \n\t', [], []],
    ['one letter', 'a', [], ['a']],
    ['ASCII words, case folded, punctuation between', 'Pax Silica, PAX silica; pax.', [], ['pax', 'silica', 'pax', 'silica', 'pax']],
    ['digits are words; an apostrophe or a hyphen splits', "2025 Japan's co-op $500m", [], ['2025', 'japan', 's', 'co', 'op', '500m']],
    ['accented letters stay in the word', 'Côte d’Ivoire ÉLYSÉE', [], ['côte', 'd', 'ivoire', 'élysée']],
    ['a combining mark is not a letter: it splits the word', 'Cafe\u0301 noir', [], ['cafe', 'noir']],
    ['final sigma is folded as toLowerCase folds the whole word', 'ΟΔΥΣΣΕΥΣ Σ', [], ['οδυσσευς', 'σ']],
    ['the Kelvin sign folds to an ASCII k, the same word as K', '\u212Aa ka KA', [], ['ka', 'ka', 'ka']],
    ['dotted capital I folds to two code units', '\u0130stanbul istanbul', [], ['i\u0307stanbul', 'istanbul']],
    ['CJK runs without spaces are one word each', '中国的稀土。日本', [], ['中国的稀土', '日本']],
    ['letters outside the BMP (surrogate pairs) are letters; emoji are not', '𝐀𝐁c 😀x', [], ['𝐀𝐁c', 'x']],
    ['a lone surrogate is not a letter', 'ab\uD800cd \uDC00ef', [], ['ab', 'cd', 'ef']],
    ['non-ASCII digits are digits', '٣٤ ⅫV', [], ['٣٤', 'ⅻv']],
    ['no-break space and underscore separate words', 'a\u00a0b_c', [], ['a', 'b', 'c']],
    ['words overlapping a non-content range are skipped whole', 'keep cookie banner keep', [{ start: 7, end: 14 }], ['keep', 'keep']],
    ['ranges in any order, touching a word edge or not', 'one two three four', [{ start: 14, end: 15 }, { start: 3, end: 4 }], ['one', 'two', 'three']],
  ] as const)('%s', (_title, text, exclude, words) => {
    const found = scanned(text, exclude);
    expect(found.map((w) => w.word)).toEqual(words);
    expect(found).toEqual(defined(text, exclude));
  });

  it('numbers words across texts in order of first sight, one vocabulary for all texts', () => {
    const words = textWords(['Pax Silica, pax', '', 'PAX minerals', 'silica'], [[], [], [], []]);
    expect([...words.ids]).toEqual([0, 1, 0, 0, 2, 1]);
    expect([...words.docStart]).toEqual([0, 3, 3, 5, 6]);
    expect(words.vocabulary).toEqual(['pax', 'silica', 'minerals']);
  });

  it('gives identical texts identical ids', () => {
    const text = 'The coalition agreed on Tuesday to pool its stockpiles.';
    const words = textWords([text, text], [[], []]);
    expect([...words.ids.subarray(0, 9)]).toEqual([...words.ids.subarray(9)]);
  });

  it('finds what the definition finds in long mixed texts (the column grows past its first guess)', () => {
    const pieces = ['a', 'Bb', 'ÇA', 'σΣ', '1', '𝐀', '😀', '\u212A', '-', ' ', '  ', '.', 'İ', '中'];
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const texts = Array.from({ length: 20 }, () => Array.from({ length: 400 }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    const words = textWords(texts, texts.map(() => []));
    const expected = texts.flatMap((t) => defined(t, []).map((w) => w.word));
    expect([...words.ids].map((id) => words.vocabulary[id])).toEqual(expected);
  });
});

describe('FoldedVocabulary', () => {
  it('finds an ASCII word from the text it stands in as the folded word it was given', () => {
    const vocabulary = new FoldedVocabulary();
    expect(vocabulary.idOfFolded('pax')).toBe(0);
    expect(vocabulary.idOfAscii('PAX Silica', 0, 3, foldedHash('pax'))).toBe(0);
    expect(vocabulary.idOfAscii('PAX Silica', 4, 10, foldedHash('silica'))).toBe(1);
    expect(vocabulary.idOfFolded('silica')).toBe(1);
    expect(vocabulary.words).toEqual(['pax', 'silica']);
  });

  it('tells apart words whose hashes are equal (the table compares the words)', () => {
    const vocabulary = new FoldedVocabulary();
    // Two words filed under one forged hash: same slot, different words.
    expect(vocabulary.idOfAscii('ab', 0, 2, 42)).toBe(0);
    expect(vocabulary.idOfAscii('cd', 0, 2, 42)).toBe(1);
    expect(vocabulary.idOfAscii('AB', 0, 2, 42)).toBe(0);
    expect(vocabulary.idOfAscii('abc', 0, 3, 42)).toBe(2);
  });

  it('keeps every id through growth of its table', () => {
    const vocabulary = new FoldedVocabulary();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    expect(words.map((w) => vocabulary.idOfFolded(w))).toEqual(words.map((_, i) => i));
    expect(words.map((w) => vocabulary.idOfAscii(w.toUpperCase(), 0, w.length, foldedHash(w)))).toEqual(words.map((_, i) => i));
    expect(vocabulary.size).toBe(5000);
  });
});
