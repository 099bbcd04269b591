/**
 * Whether a place in a text cuts a word: a letter or digit on both sides of
 * an offset. Used to break a tie between places that match a quote equally
 * well: "May 20" is the date "May 20", not the start of "May 2023". Scripts
 * written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Myanmar) do not show where a word ends: an edge next to them is unknown.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}\p{M}]$/u;
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;

/** The character (whole code point) that ends just before `offset`, or `undefined` at the start. */
const before = (text: string, offset: number): string | undefined => {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const astral = low >= 0xdc00 && low <= 0xdfff && offset >= 2;
  return text.slice(astral ? offset - 2 : offset - 1, offset);
};

/** The character (whole code point) that starts at `offset`, or `undefined` at the end. */
const at = (text: string, offset: number): string | undefined => {
  const code = text.codePointAt(offset);
  return code === undefined ? undefined : String.fromCodePoint(code);
};

const isWordCharacter = (c: string | undefined): boolean => c !== undefined && LETTER_OR_DIGIT.test(c);

/** `true` when a character of a script written without spaces is on either side of `offset`: whether it cuts a word is unknown. */
export const edgeUnknown = (text: string, offset: number): boolean => {
  const b = before(text, offset);
  const a = at(text, offset);
  return (b !== undefined && UNSPACED.test(b)) || (a !== undefined && UNSPACED.test(a));
};

/** `true` when `offset` falls inside a word (a letter, digit or mark on both sides). */
export const cutsWord = (text: string, offset: number): boolean => isWordCharacter(before(text, offset)) && isWordCharacter(at(text, offset));

/**
 * `true` when the span [start, end) neither starts nor ends inside a word.
 *
 * @example
 * keepsWordsWhole('in May 2023', 3, 9) // false: "May 20" ends inside "2023"
 * keepsWordsWhole('on May 20.', 3, 9)  // true
 */
export const keepsWordsWhole = (text: string, start: number, end: number): boolean => !cutsWord(text, start) && !cutsWord(text, end);
