/**
 * A page's data tables, as a source file records them: for each table that
 * holds data, its caption, each column's header words, and each row's header
 * words with the text offsets of its cells, so that `suggest` can propose a
 * claim per cell with its row and column. Cells are placed on the table's
 * grid as HTML places them (`colspan`, `rowspan`). What is not recorded:
 * - a layout table (`role="presentation"`, a table holding another table, or
 *   one whose cells are mostly prose), whose cells are not data;
 * - a table without headers (no `<thead>`, no row of `<th>`, no `<th>` row
 *   headers): its numbers say nothing by themselves;
 * - a data cell that spans rows, or columns whose headers differ: which
 *   header it falls under is not one;
 * - rows and columns past `MAX_TABLE_ROWS` × `MAX_TABLE_COLUMNS`: counted in
 *   `cellsLeftOut`, so a hostile table costs time in its size and no more
 *   than that in the file.
 */
import type { TableFileEntry } from '../claims/file-schemas.js';
import { contentHash } from '../ingest/index.js';
import { countWords, type BlockMark, type TableCellRecord, type TableRecord, type TableRowRecord } from './page-blocks.js';
import { smallestOf } from '../model/append-all.js';

/** Rows of one table recorded (and proposed from); the rest are counted. */
export const MAX_TABLE_ROWS = 500;
/** Columns of one table recorded; cells further right are counted. */
export const MAX_TABLE_COLUMNS = 50;
/** Tables of one page recorded; the cells of the rest are counted in the last one kept. */
export const MAX_TABLES = 100;
/** A cell of more words than this is prose; a table whose cells are mostly prose lays out the page. */
const PROSE_WORDS = 25;
/** A cell longer than this (code units) is not proposed as a figure. */
const MAX_CELL_LENGTH = 120;

/** A cell's words in the text: trimmed, `[start, end)`. */
interface Placed {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A first cell that reads as a row's name: words of three letters or more ("Hartwell Water", "12 March"), or a year. */
const isRowName = (text: string): boolean => /\p{L}{3,}/u.test(text) || /^(?:1[89]|20)\d\d$/.test(text);

/** One line of header words: white space collapsed. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The table entries of a page, from its table records and where their marks
 * stand in the text (`place`). Linear in the tables' cells.
 */
export const pageTables = (records: readonly TableRecord[], text: string, place: (mark: BlockMark) => number): TableFileEntry[] => {
  const out: TableFileEntry[] = [];
  const between = (start: BlockMark, end: BlockMark): Placed => {
    let s = place(start);
    let e = Math.max(s, place(end));
    while (s < e && /\s/.test(text[s] as string)) s += 1;
    while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
    return { start: s, end: e, text: text.slice(s, e) };
  };
  let leftOver = 0;
  for (const record of records) {
    const table = tableEntry(record, text, between);
    if (table === undefined) continue;
    if (out.length < MAX_TABLES) out.push(table);
    else leftOver += table.rows.reduce((n, r) => n + r.cells.length, 0) + (table.cellsLeftOut ?? 0);
  }
  const last = out[out.length - 1];
  if (leftOver > 0 && last !== undefined) out[out.length - 1] = { ...last, cellsLeftOut: (last.cellsLeftOut ?? 0) + leftOver };
  return out;
};

interface GridCell {
  readonly record: TableCellRecord;
  readonly placed: Placed;
  readonly row: number;
  readonly column: number;
  /** Columns it covers within the recorded ones. */
  readonly width: number;
  readonly rows: number;
  /** A header: a `<th>`, or a row's name in its first column. */
  header: boolean;
}

const tableEntry = (record: TableRecord, text: string, between: (start: BlockMark, end: BlockMark) => Placed): TableFileEntry | undefined => {
  if (record.presentation || record.nested || record.rows.length === 0) return undefined;
  const total = record.rows.length;
  const kept = Math.min(total, MAX_TABLE_ROWS);
  let cellsLeftOut = 0;
  for (let r = kept; r < total; r += 1) cellsLeftOut += (record.rows[r] as { cells: unknown[] }).cells.length;

  // The grid, column by column: which cell covers it, down to which row (rowspan).
  const coveredUntil = new Array<number>(MAX_TABLE_COLUMNS).fill(0);
  const coveredBy = new Array<GridCell | undefined>(MAX_TABLE_COLUMNS).fill(undefined);
  let width = 0;
  let cells = 0;
  let prose = 0;
  let anyHeader = false;
  // The cells covering each row, left to right (a cell from a row above included once per row).
  const rowCells: GridCell[][] = [];
  const originating: GridCell[][] = [];
  for (let r = 0; r < kept; r += 1) {
    const row = record.rows[r] as TableRowRecord;
    const own: GridCell[] = [];
    let c = 0;
    for (const cell of row.cells) {
      while (c < MAX_TABLE_COLUMNS && (coveredUntil[c] as number) > r) c += 1;
      if (c >= MAX_TABLE_COLUMNS) {
        cellsLeftOut += 1;
        continue;
      }
      const placed = between(cell.start, cell.end);
      const rows = cell.rowspan === 0 ? kept - r : Math.min(cell.rowspan, kept - r);
      const w = Math.min(cell.colspan, MAX_TABLE_COLUMNS - c);
      const g: GridCell = { record: cell, placed, row: r, column: c, width: w, rows, header: cell.header };
      for (let k = c; k < c + w; k += 1) {
        coveredUntil[k] = r + rows;
        coveredBy[k] = g;
      }
      own.push(g);
      c += w;
      width = Math.max(width, c);
      if (placed.text.length > 0) {
        cells += 1;
        if (cell.blocks > 1 || countWords(placed.text) > PROSE_WORDS) prose += 1;
      }
      if (cell.header) anyHeader = true;
    }
    originating.push(own);
    const covering: GridCell[] = [];
    for (let k = 0; k < width; k += 1) {
      const g = coveredBy[k];
      if (g !== undefined && (coveredUntil[k] as number) > r && covering[covering.length - 1] !== g) covering.push(g);
    }
    rowCells.push(covering);
  }
  // A layout table: most of its cells are prose.
  if (cells === 0 || prose * 2 > cells || !anyHeader) return undefined;

  // Column header rows: the <thead>'s, else the leading rows whose cells with words are all <th> (not row headers).
  const isColumnHeaderRow = (r: number): boolean => {
    const own = originating[r] as GridCell[];
    const withWords = own.filter((g) => g.placed.text.length > 0);
    return withWords.length > 0 && withWords.every((g) => g.record.header && g.record.scope !== 'row' && g.record.scope !== 'rowgroup');
  };
  let headRows = 0;
  if (record.rows.slice(0, kept).some((row) => row.head)) {
    while (headRows < kept && (record.rows[headRows] as { head: boolean }).head) headRows += 1;
  } else {
    while (headRows < kept && isColumnHeaderRow(headRows)) headRows += 1;
  }
  const columns: string[][] = [];
  for (let k = 0; k < width; k += 1) {
    const levels: string[] = [];
    let previous: GridCell | undefined;
    for (let r = 0; r < headRows; r += 1) {
      const g = (rowCells[r] as GridCell[]).find((x) => x.column <= k && k < x.column + x.width);
      if (g === undefined || g === previous) continue;
      previous = g;
      const label = oneLine(g.placed.text);
      if (label.length > 0 && levels[levels.length - 1] !== label) levels.push(label);
    }
    columns.push(levels);
  }
  const hasColumnHeaders = columns.some((c) => c.length > 0);

  const rows: TableFileEntry['rows'] = [];
  for (let r = headRows; r < kept; r += 1) {
    const own = originating[r] as GridCell[];
    // A row's name in its first column, when the table has column headers and the row more than one cell.
    const first = own[0];
    if (hasColumnHeaders && first !== undefined && first.column === 0 && !first.header && own.length > 1 && isRowName(first.placed.text) && first.record.blocks <= 1) first.header = true;
    const header = (rowCells[r] as GridCell[])
      .filter((g) => g.header && g.record.scope !== 'col' && g.record.scope !== 'colgroup' && g.placed.text.length > 0)
      .map((g) => oneLine(g.placed.text));
    if (!hasColumnHeaders && header.length === 0) continue;
    const data: [number, number, number][] = [];
    for (const g of own) {
      if (g.header || g.placed.text.length === 0 || g.placed.text.length > MAX_CELL_LENGTH || g.rows > 1 || g.record.blocks > 1) continue;
      const label = columns[g.column] as string[];
      // A cell across columns falls under one header only when they all have the same.
      let same = true;
      for (let k = g.column + 1; k < g.column + g.width && same; k += 1) same = (columns[k] as string[]).join('\u0000') === label.join('\u0000');
      if (!same || (label.length === 0 && header.length === 0)) continue;
      data.push([g.column, g.placed.start, g.placed.end]);
    }
    if (data.length > 0) rows.push({ ...(header.length > 0 ? { header } : {}), cells: data });
  }
  if (rows.length === 0) return undefined;
  const caption = record.caption === undefined ? undefined : oneLine(between(record.caption.start, record.caption.end).text);
  // The table's text: from its first recorded words to its last, hashed so that a changed text is not misread.
  const firstCell = record.rows.slice(0, kept).flatMap((row) => row.cells)[0];
  const starts = [rows[0]?.cells[0]?.[1] ?? 0];
  if (firstCell !== undefined) starts.push(between(firstCell.start, firstCell.end).start);
  if (record.caption !== undefined) starts.push(between(record.caption.start, record.caption.end).start);
  const start = smallestOf(starts, Infinity);
  let end = start;
  for (const row of rows) for (const cell of row.cells) end = Math.max(end, cell[2]);
  return {
    at: [start, end],
    hash: contentHash(text.slice(start, end)),
    ...(caption !== undefined && caption.length > 0 ? { caption } : {}),
    columns,
    rows,
    ...(cellsLeftOut > 0 ? { cellsLeftOut } : {}),
  };
};
