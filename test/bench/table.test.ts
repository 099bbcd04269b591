import { describe, expect, it } from 'vitest';
import { formatMarkdownTable, formatTextTable, type Table } from '../tools/bench/table.js';

const table: Table = {
  caption: 'Sizes',
  header: ['claims', 'time', 'note'],
  rows: [
    ['1,000', '38 ms', 'warm-up'],
    ['1,000,000', '9.80 s', 'a | b'],
  ],
};

describe('formatTextTable', () => {
  it('puts the caption first and aligns numeric columns right, text columns left', () => {
    expect(formatTextTable(table).split('\n')).toEqual([
      'Sizes',
      '     claims    time  note',
      '  ---------  ------  -------',
      '      1,000   38 ms  warm-up',
      '  1,000,000  9.80 s  a | b',
    ]);
  });
});

describe('formatMarkdownTable', () => {
  it('escapes pipes, right-aligns numeric columns and bolds the caption', () => {
    expect(formatMarkdownTable(table).split('\n')).toEqual([
      '**Sizes**',
      '',
      '| claims | time | note |',
      '|---:|---:|---|',
      '| 1,000 | 38 ms | warm-up |',
      '| 1,000,000 | 9.80 s | a \\| b |',
    ]);
  });

  it.each([
    { cells: ['85.4% of 542'], numeric: true },
    { cells: ['3.09×'], numeric: true },
    { cells: ['366 MB'], numeric: true },
    { cells: ['majority-vote'], numeric: false },
    { cells: ['flight-2011-12-01'], numeric: false },
  ])('treats $cells as numeric: $numeric', ({ cells, numeric }) => {
    const md = formatMarkdownTable({ caption: '', header: ['x'], rows: [cells] });
    expect(md.split('\n')[1]).toBe(numeric ? '|---:|' : '|---|');
  });
});
