/**
 * Which marked ranges of a source (non-content, AI-generated, …) a range of
 * its text touches.
 */
import type { TextRange } from '../model/span.js';

/**
 * Whether two end-exclusive ranges share at least one code unit. An empty
 * range shares a code unit with nothing.
 */
export const rangesOverlap = (a: TextRange, b: TextRange): boolean =>
  a.start < a.end && b.start < b.end && a.start < b.end && b.start < a.end;

/**
 * The items whose `range` overlaps `range`, in the order given. Use it to ask
 * whether a quote lies in a source's non-content ranges (cookie banners,
 * "Continue with Google", page chrome in another language).
 *
 * @example
 * ```ts
 * overlappingRanges({ start: 10, end: 20 }, source.nonContent);
 * // => the non-content entries that overlap offsets 10–20
 * ```
 */
export const overlappingRanges = <T extends { readonly range: TextRange }>(
  range: TextRange,
  items: readonly T[],
): readonly T[] => items.filter((item) => rangesOverlap(range, item.range));
