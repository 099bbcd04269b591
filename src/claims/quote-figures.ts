/**
 * The figures a quote states, in the order written: numbers in digits
 * ("4,000", "12.5", "£1.2bn" → `1.2bn`) and number words ("four",
 * "twenty", "hundred", "million"). A quote that anchors only approximately
 * is accepted with a warning while the passage found states the same
 * figures; when they differ, the source no longer says what the claim
 * quotes (a page updated "more than 4,000 times" to "more than 3,000
 * times"), which `anchor-evidence.ts` reports as an error.
 */
import { SCALE_WORDS, SHORT_SCALES, TENS, UNITS } from '../normalize/quantity-vocabulary.js';

/** A number in digits (with any group separators inside it, and letters written against it), or a word. */
const TOKEN = /(\d(?:[\d.,'\u00a0\u202f]*\d)?)(\p{L}*)|\p{L}+/gu;
const GROUP_SEPARATORS = /[,'\u00a0\u202f]/g;
const COUNTING_WORDS: ReadonlySet<string> = new Set(['hundred', 'hundreds', 'dozen', 'dozens']);

/** A number word compared as written: "hundred", "million" (words for small numbers compare as their digits). */
const isScaleWord = (word: string): boolean => COUNTING_WORDS.has(word) || (SCALE_WORDS.has(word) && !SHORT_SCALES.has(word));

interface Figure {
  /** What compares: digits without group separators, with an attached scale; "three" as `3`; other number words lower-cased. */
  readonly key: string;
  /** As written. */
  readonly written: string;
}

/**
 * The figures of `text`, one per number or number word. Group separators
 * are not part of a figure ("4,000" and "4000" are one figure), a decimal
 * point is ("1.5" is not "15"), and a scale written against the digits is
 * ("1.2bn" is not "1.2m").
 */
const figuresOf = (text: string): readonly Figure[] => {
  const figures: Figure[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const digits = m[1];
    if (digits !== undefined) {
      const attached = (m[2] ?? '').toLowerCase();
      const scale = SCALE_WORDS.has(attached) ? attached : '';
      figures.push({ key: digits.replace(GROUP_SEPARATORS, '') + scale, written: digits + (scale === '' ? '' : (m[2] ?? '')) });
    } else {
      const word = m[0].toLowerCase();
      // "three" and "3" are one figure; larger numbers in words are compared word by word
      const small = UNITS.get(word) ?? TENS.get(word);
      if (small !== undefined) figures.push({ key: String(small), written: m[0] });
      else if (isScaleWord(word)) figures.push({ key: word, written: m[0] });
    }
  }
  return figures;
};

/**
 * Where the figures of `quoted` and `found` part: the first figure that
 * differs, as written on each side (`undefined` on a side that has no
 * figure there), or `undefined` when both state the same figures in the
 * same order.
 *
 * @example
 * changedFigure('more than 4,000 times', 'more than 3,000 times'); // { quoted: '4,000', found: '3,000' }
 * changedFigure('more than 4000 times', 'more than 4,000 tiems'); // undefined
 */
export const changedFigure = (quoted: string, found: string): { readonly quoted: string | undefined; readonly found: string | undefined } | undefined => {
  const a = figuresOf(quoted);
  const b = figuresOf(found);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i]?.key !== b[i]?.key) return { quoted: a[i]?.written, found: b[i]?.written };
  }
  return undefined;
};
