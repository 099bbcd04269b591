/**
 * Small words for lists and counts in messages: "A, B and C", "five".
 */

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * A small count as a word; digits from 13 on.
 *
 * @example
 * numberWord(5) // 'five'
 */
export const numberWord = (n: number): string => NUMBER_WORDS[n] ?? String(n);

/**
 * Items joined as a sentence lists them.
 *
 * @example
 * joinWords(['a', 'b', 'c']) // 'a, b and c'
 */
export const joinWords = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
