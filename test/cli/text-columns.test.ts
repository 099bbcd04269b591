/**
 * Terminal columns: the width of a string as a terminal shows it, shortening
 * with an ellipsis at a grapheme boundary, and tables aligned by their widest
 * cell up to a cap.
 */
import { describe, expect, it } from 'vitest';
import { alignColumns, padTo, shortenTo, textWidth } from '../../src/cli/text-columns.js';

describe('textWidth', () => {
  it.each([
    ['', 0],
    ['busan-strike', 12],
    ['Bratislavské noviny', 19],
    ['Z\u030c', 1], // Z and a combining caron: one column
    ['Dún Laoghaire', 13],
    ['부산항만공사', 12], // Hangul syllables: two columns each
    ['釜山港', 6],
    ['ＡＢＣ', 6], // fullwidth Latin
    ['Busan 부산', 10],
    ['👩‍👩‍👧', 2], // one emoji sequence (ZWJ): one cluster, two columns
    ['soft\u00adhyphen', 10], // a soft hyphen takes no column
    ['\u200b', 0],
  ])('%j takes %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});

describe('shortenTo', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly-ten', 11, 'exactly-ten'],
    ['a-very-long-source-id', 10, 'a-very-lo…'],
    ['부산항만공사', 7, '부산항…'], // never half a wide character
    ['Z\u030cilina', 3, 'Z\u030ci…'], // never a mark without its letter
  ])('%j in %i columns is %j', (text, width, shortened) => {
    const result = shortenTo(text, width);
    expect(result).toBe(shortened);
    expect(textWidth(result)).toBeLessThanOrEqual(width);
  });
});

describe('alignColumns', () => {
  it('pads every cell but the last to its column’s widest cell, by columns on screen', () => {
    const table = alignColumns([
      ['source', 'publisher', 'claims'],
      ['harbour-daily', '부산일보', '12'],
      ['x', 'Pravda', '3'],
    ]);
    expect(table.lines).toEqual(['source        publisher claims', 'harbour-daily 부산일보  12', 'x             Pravda    3']);
    expect(table.shortened).toBe(false);
    // The last column starts at the same screen column on every line.
    const starts = table.lines.map((line) => textWidth(line.slice(0, line.lastIndexOf(' ') + 1)));
    expect(new Set(starts).size).toBe(1);
  });

  it('shortens cells over their column’s cap and says so', () => {
    const long = `freight-wire-${'busan-port-strike-'.repeat(5)}2026`;
    const table = alignColumns([['source', 'claims'], [long, '4'], ['short', '1']], [20]);
    expect(table.shortened).toBe(true);
    expect(table.lines).toEqual([`${padTo('source', 20)} claims`, `${long.slice(0, 19)}… 4`, `${padTo('short', 20)} 1`]);
  });
});
