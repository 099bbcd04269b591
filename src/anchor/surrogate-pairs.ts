/**
 * UTF-16 boundaries: offsets are code units, and an astral character (emoji,
 * many CJK extensions) takes two of them. A range must never start or end
 * between the two halves of such a pair.
 */

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether `offset` falls between the high and low half of a surrogate pair. */
export const splitsSurrogatePair = (text: string, offset: number): boolean =>
  offset > 0 &&
  offset < text.length &&
  isHighSurrogate(text.charCodeAt(offset - 1)) &&
  isLowSurrogate(text.charCodeAt(offset));

/** `offset`, moved one code unit back when it would split a surrogate pair. */
export const snapBackward = (text: string, offset: number): number =>
  splitsSurrogatePair(text, offset) ? offset - 1 : offset;

/** `offset`, moved one code unit forward when it would split a surrogate pair. */
export const snapForward = (text: string, offset: number): number =>
  splitsSurrogatePair(text, offset) ? offset + 1 : offset;

/**
 * The offset of the first lone surrogate in `s` (half of a pair without its
 * other half), or `undefined` when every surrogate is paired.
 */
export const loneSurrogateAt = (s: string): number | undefined => {
  for (let i = 0; i < s.length; i += 1) {
    const unit = s.charCodeAt(i);
    if (isHighSurrogate(unit)) {
      if (i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) i += 1;
      else return i;
    } else if (isLowSurrogate(unit)) {
      return i;
    }
  }
  return undefined;
};
