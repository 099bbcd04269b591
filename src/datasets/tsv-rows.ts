/**
 * Tab-separated rows with the offsets of every cell, so that a claim can
 * point at the exact cell it comes from.
 */

/** One cell: its text and its offsets in the whole text (end exclusive, UTF-16). */
export interface TsvCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One non-empty line of a TSV text. */
export interface TsvRow {
  /** 1-based line number in the text. */
  readonly line: number;
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset one past the line's last character (before the newline). */
  readonly end: number;
  readonly cells: readonly TsvCell[];
}

/**
 * Split a normalized text ("\n" newlines) into rows of cells. Blank lines
 * are skipped; there is no quoting (the benchmark files have none).
 *
 * @example
 * parseTsvRows('a\tb\n\nc\td\n')[1]?.cells[1] // { text: 'd', start: 7, end: 8 }
 */
export const parseTsvRows = (text: string): readonly TsvRow[] => {
  const rows: TsvRow[] = [];
  let line = 0;
  let pos = 0;
  while (pos <= text.length) {
    line += 1;
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    if (nl > pos && text.slice(pos, nl).trim() !== '') {
      const cells: TsvCell[] = [];
      let cellStart = pos;
      for (;;) {
        let tab = text.indexOf('\t', cellStart);
        if (tab < 0 || tab > nl) tab = nl;
        cells.push({ text: text.slice(cellStart, tab), start: cellStart, end: tab });
        if (tab >= nl) break;
        cellStart = tab + 1;
      }
      rows.push({ line, start: pos, end: nl, cells });
    }
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return rows;
};

/** The offsets of a cell's text without its surrounding whitespace, or undefined when blank. */
export const trimmedRange = (cell: TsvCell): { readonly start: number; readonly end: number; readonly text: string } | undefined => {
  const t = cell.text;
  let a = 0;
  let b = t.length;
  while (a < b && /\s/.test(t[a]!)) a++;
  while (b > a && /\s/.test(t[b - 1]!)) b--;
  if (a === b) return undefined;
  return { start: cell.start + a, end: cell.start + b, text: t.slice(a, b) };
};
