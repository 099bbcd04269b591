/**
 * Text laid out in columns for a terminal: how many columns a string takes
 * (East Asian wide and fullwidth characters and emoji take two, combining
 * marks and other zero-width characters none, a grapheme cluster counts
 * once), shortening to a width with an ellipsis, and a table whose columns
 * are as wide as their longest cell up to a cap.
 */

/** Code point ranges of East Asian Wide (W) and Fullwidth (F) characters (Unicode's EastAsianWidth.txt, merged). */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x16fe0, 0x18cff],
  [0x1b000, 0x1b2ff],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

const isWide = (codePoint: number): boolean => WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);

const ZERO_WIDTH = /^[\p{M}\p{Cf}\p{Cc}]+$/u;
const EMOJI = /\p{Emoji_Presentation}|\uFE0F/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** How many terminal columns one grapheme cluster takes: 0, 1 or 2. */
const clusterWidth = (cluster: string): number => {
  if (ZERO_WIDTH.test(cluster)) return 0;
  if (isWide(cluster.codePointAt(0) ?? 0) || EMOJI.test(cluster)) return 2;
  return 1;
};

/**
 * How many terminal columns `text` takes.
 *
 * @example
 * textWidth('Busan') // 5
 * textWidth('부산항') // 6
 * textWidth('Ž') // 1 (a Z and a combining caron)
 */
export const textWidth = (text: string): number => {
  // Printable ASCII: one column a character (the common case, without segmenting).
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const { segment } of graphemes.segment(text)) width += clusterWidth(segment);
  return width;
};

/**
 * `text` in at most `width` columns: whole, or cut at a grapheme boundary
 * with `…` as its last column.
 */
export const shortenTo = (text: string, width: number): string => {
  if (textWidth(text) <= width) return text;
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = clusterWidth(segment);
    if (used + w > width - 1) break;
    kept += segment;
    used += w;
  }
  return `${kept}…`;
};

/** `text` followed by spaces up to `width` columns. */
export const padTo = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

export interface ColumnTable {
  /** One line a row, columns separated by a space; the last column is not padded. */
  readonly lines: readonly string[];
  /** Whether a cell was longer than its column's cap and was shortened with `…`. */
  readonly shortened: boolean;
}

/**
 * Rows laid out in columns as wide as their widest cell (by `textWidth`),
 * each at most its cap (`caps[i]`, none when undefined); longer cells are
 * shortened with `…`.
 *
 * @example
 * alignColumns([['source', 'claims'], ['harbour-daily', '12']], [40]).lines
 * // ['source        claims', 'harbour-daily 12']
 */
export const alignColumns = (rows: readonly (readonly string[])[], caps: readonly (number | undefined)[] = []): ColumnTable => {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => {
    const widest = Math.max(0, ...rows.map((row) => textWidth(row[i] ?? '')));
    const cap = caps[i];
    return cap === undefined ? widest : Math.min(widest, cap);
  });
  let shortened = false;
  const lines = rows.map((row) =>
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        const fitted = shortenTo(cell, width);
        if (fitted !== cell) shortened = true;
        return i === row.length - 1 ? fitted : padTo(fitted, width);
      })
      .join(' '),
  );
  return { lines, shortened };
};
