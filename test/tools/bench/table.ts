/**
 * Result tables as plain data, rendered two ways: aligned text for the
 * terminal and GitHub Markdown for docs/benchmarks.md.
 */

/** A table of already formatted cells. Columns whose cells start with a number align right. */
export interface Table {
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A cell that starts with a number (`1,000`, `3.09×`, `85.4% of 542`, `~12 ms`). */
const NUMERIC = /^[-+~<>≤≥]?\s?\d/;

/** `true` when every non-empty cell of column `c` looks like a number. */
const isNumericColumn = (table: Table, c: number): boolean => {
  const cells = table.rows.map((r) => r[c] ?? '').filter((s) => s !== '' && s !== '–' && s !== 'n/a');
  return cells.length > 0 && cells.every((s) => NUMERIC.test(s));
};

/**
 * Aligned plain text with the caption on top.
 *
 * @example
 * formatTextTable({ caption: 'demo', header: ['n', 'ms'], rows: [['1k', '12']] })
 * // 'demo\n  n   ms\n  --  --\n  1k  12'
 */
export const formatTextTable = (table: Table): string => {
  const width = table.header.map((h, c) => Math.max(h.length, ...table.rows.map((r) => (r[c] ?? '').length)));
  const right = table.header.map((_, c) => isNumericColumn(table, c));
  const line = (cells: readonly string[]): string =>
    '  ' +
    table.header
      .map((_, c) => {
        const s = cells[c] ?? '';
        return right[c] ? s.padStart(width[c]!) : s.padEnd(width[c]!);
      })
      .join('  ')
      .trimEnd();
  return [table.caption, line(table.header), line(width.map((w) => '-'.repeat(w))), ...table.rows.map(line)].join('\n');
};

/** Escape a cell for a Markdown table (pipes, newlines). */
const mdCell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * A GitHub Markdown table (caption as a bold line above it).
 *
 * @example
 * formatMarkdownTable({ caption: 'demo', header: ['n', 'ms'], rows: [['1k', '12']] })
 * // '**demo**\n\n| n | ms |\n|---|---:|\n| 1k | 12 |'
 */
export const formatMarkdownTable = (table: Table): string => {
  const right = table.header.map((_, c) => isNumericColumn(table, c));
  const row = (cells: readonly string[]): string => `| ${table.header.map((_, c) => mdCell(cells[c] ?? '')).join(' | ')} |`;
  return [
    ...(table.caption !== '' ? [`**${mdCell(table.caption)}**`, ''] : []),
    row(table.header),
    `|${right.map((r) => (r ? '---:' : '---')).join('|')}|`,
    ...table.rows.map(row),
  ].join('\n');
};
