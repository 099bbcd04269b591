/**
 * The page's own byline and time stamp are not claims of the article:
 * "By Park Ji-woo in Busan · 12 March 2026, 8:30 am KST" says who wrote the
 * page and when, which the source's metadata already records (`author`,
 * `publishedAt`). A line naming one of the source's authors is the byline;
 * a date with a clock time on the day the page was published is its time
 * stamp.
 */
import { bylineNames } from '../model/byline-names.js';
import type { Source } from '../model/source.js';
import type { Mention } from './mention.js';

/** Letters and digits only, lower case, accents kept: how a name is compared with a line. */
const squeezed = (text: string): string => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether `line` is the page's byline: it names one of the source's authors
 * (the `author` field's names, `bylineNames`; names of one word are too
 * common to tell).
 *
 * @example
 * namesAnAuthor('By Park Ji-woo (박지우) in Busan · 12 March 2026', { author: 'Park Ji-woo' }) // true
 */
export const namesAnAuthor = (line: string, source: Pick<Source, 'author'>): boolean => {
  if (source.author === undefined) return false;
  const names = bylineNames(source.author)
    .map(squeezed)
    .filter((name) => name.includes(' '));
  if (names.length === 0) return false;
  const words = ` ${squeezed(line)} `;
  return names.some((name) => words.includes(` ${name} `));
};

/** A clock time in a date's words: "8:30 am", "14:05", "9 pm", "09.15 GMT". */
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b/i;

/**
 * Whether a date mention is the page's time stamp: its words give a clock
 * time and it falls on `publicationDay` (YYYY-MM-DD).
 *
 * @example
 * isPageTimestamp({ kind: 'date', value: { type: 'date', start: '2026-03-13', end: '2026-03-13', precision: 'day' }, fileValue: { date: '13 March 2026, 14:05 GMT' }, … }, '2026-03-13') // true
 */
export const isPageTimestamp = (mention: Mention, publicationDay: string | undefined): boolean => {
  if (mention.kind !== 'date' || mention.value.type !== 'date' || publicationDay === undefined) return false;
  const words = String(mention.fileValue['date'] ?? '');
  return CLOCK.test(words) && mention.value.start <= publicationDay && publicationDay <= mention.value.end;
};
