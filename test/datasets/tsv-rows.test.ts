import { describe, expect, it } from 'vitest';
import { parseTsvRows, trimmedRange } from '../../src/datasets/index.js';

describe('parseTsvRows', () => {
  it('keeps line numbers and cell offsets, skipping blank lines', () => {
    const text = 'a\tb\n\n c \td\n';
    const rows = parseTsvRows(text);
    expect(rows.map((r) => r.line)).toEqual([1, 3]);
    expect(rows[1]!.cells).toEqual([
      { text: ' c ', start: 5, end: 8 },
      { text: 'd', start: 9, end: 10 },
    ]);
    for (const r of rows) for (const c of r.cells) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseTsvRows('x\t\ty\t').at(0)!.cells.map((c) => c.text)).toEqual(['x', '', 'y', '']);
  });

  it.each([
    [' c ', { start: 6, end: 7, text: 'c' }],
    ['   ', undefined],
    ['d', { start: 5, end: 6, text: 'd' }],
  ])('trimmedRange(%j)', (cellText, expected) => {
    expect(trimmedRange({ text: cellText, start: 5, end: 5 + cellText.length })).toEqual(expected);
  });
});
