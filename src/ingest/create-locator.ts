/**
 * Converting between offsets and 1-based line/column points in a normalized
 * text (lines end with `"\n"`, columns count UTF-16 code units), like
 * vfile-location. Points are derived when needed, never stored.
 */

/** A place in a text: 1-based line and column, and the 0-based offset. */
export interface Point {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
}

/** Converts offsets to points and back for one text. Immutable. */
export interface Locator {
  /**
   * The point of an offset in `[0, text.length]` (the end of the text is a
   * valid place), or `undefined` for any other number.
   */
  readonly toPoint: (offset: number) => Point | undefined;
  /**
   * The offset of a point, or `undefined` when the line does not exist or the
   * column lies beyond the line's end (column `length + 1` is the place just
   * after the line's last character, where its `"\n"` stands).
   */
  readonly toOffset: (point: { readonly line: number; readonly column: number }) => number | undefined;
}

/**
 * Build a locator for a normalized text. Lines are found once (O(n)); each
 * lookup is a binary search (O(log lines)).
 *
 * @example
 * ```ts
 * const locator = createLocator('alpha\nbeta');
 * locator.toPoint(7);                       // { line: 2, column: 2, offset: 7 }
 * locator.toOffset({ line: 2, column: 2 }); // 7
 * locator.toPoint(99);                      // undefined
 * ```
 */
export const createLocator = (text: string): Locator => {
  // lineStarts[k]: offset of the first code unit of line k + 1.
  const lineStarts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const lineEnd = (index: number): number => {
    const next = lineStarts[index + 1];
    return next === undefined ? text.length : next - 1;
  };

  const toPoint = (offset: number): Point | undefined => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
    // last line start <= offset
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? Infinity) <= offset) low = mid;
      else high = mid - 1;
    }
    const start = lineStarts[low] ?? 0;
    return { line: low + 1, column: offset - start + 1, offset };
  };

  const toOffset = (point: { readonly line: number; readonly column: number }): number | undefined => {
    const { line, column } = point;
    if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return undefined;
    const start = lineStarts[line - 1];
    if (start === undefined) return undefined;
    const offset = start + column - 1;
    return offset <= lineEnd(line - 1) ? offset : undefined;
  };

  return Object.freeze({ toPoint, toOffset });
};
