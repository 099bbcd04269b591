/**
 * Offsets in the W3C Web Annotation model count Unicode code points
 * ("character number"), while claimtrace stores UTF-16 code units. These two
 * functions convert between them over one text; they agree whenever the text
 * has no character outside the Basic Multilingual Plane.
 */

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The UTF-16 code units of the code point at `i`: 2 for a surrogate pair, else 1 (a lone surrogate counts as one). */
const codeUnitsAt = (text: string, i: number): number =>
  isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;

/**
 * The code-point offset of a UTF-16 offset in `text`. An offset that falls
 * between the two halves of a surrogate pair counts the pair as one.
 *
 * @example
 * toCodePointOffset('a😀b', 3) // 2  ('😀' is two code units, one code point)
 */
export const toCodePointOffset = (text: string, utf16Offset: number): number => {
  const limit = Math.min(Math.max(utf16Offset, 0), text.length);
  let points = 0;
  let i = 0;
  while (i < limit) {
    i += codeUnitsAt(text, i);
    points += 1;
  }
  return points;
};

/**
 * The UTF-16 offset of a code-point offset in `text` (the inverse of
 * `toCodePointOffset`); clamps to the end of the text.
 *
 * @example
 * toUtf16Offset('a😀b', 2) // 3
 */
export const toUtf16Offset = (text: string, codePointOffset: number): number => {
  let points = 0;
  let i = 0;
  while (i < text.length && points < codePointOffset) {
    i += codeUnitsAt(text, i);
    points += 1;
  }
  return i;
};
