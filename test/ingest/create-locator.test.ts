import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/ingest/index.js';

describe('createLocator', () => {
  const text = 'alpha\nbeta\n\n\uD83D\uDC4D gamma';
  const locator = createLocator(text);

  it.each([
    { offset: 0, line: 1, column: 1 },
    { offset: 5, line: 1, column: 6 }, // the "\n" ending line 1
    { offset: 6, line: 2, column: 1 },
    { offset: 7, line: 2, column: 2 },
    { offset: 11, line: 3, column: 1 }, // an empty line
    { offset: 12, line: 4, column: 1 },
    { offset: 14, line: 4, column: 3 }, // after the emoji: two UTF-16 code units
    { offset: 20, line: 4, column: 9 }, // the end of the text
  ])('offset $offset is line $line, column $column', ({ offset, line, column }) => {
    expect(locator.toPoint(offset)).toEqual({ line, column, offset });
    expect(locator.toOffset({ line, column })).toBe(offset);
  });

  it.each([-1, 21, 1.5, Number.NaN])('offset %s is not in the text', (offset) => {
    expect(locator.toPoint(offset)).toBeUndefined();
  });

  it.each([
    { line: 0, column: 1 },
    { line: 5, column: 1 },
    { line: 1, column: 0 },
    { line: 1, column: 7 }, // past the "\n" of line 1
    { line: 3, column: 2 },
    { line: 4, column: 10 },
    { line: 1.5, column: 1 },
  ])('point $line:$column is not in the text', (point) => {
    expect(locator.toOffset(point)).toBeUndefined();
  });

  it('round-trips every offset of a real source', () => {
    const source = readFileSync(new URL('../fixtures/anchor/coalition-001.txt', import.meta.url), 'utf8');
    const l = createLocator(source);
    const lines = source.split('\n');
    for (let offset = 0; offset <= source.length; offset += 1) {
      const point = l.toPoint(offset);
      expect(point).toBeDefined();
      if (point === undefined) continue;
      const before = source.slice(0, offset).split('\n');
      expect(point.line).toBe(before.length);
      expect(point.column).toBe((before.at(-1)?.length ?? 0) + 1);
      expect(l.toOffset(point)).toBe(offset);
    }
    expect(l.toPoint(source.length)?.line).toBe(lines.length);
  });

  it('handles the empty text', () => {
    const l = createLocator('');
    expect(l.toPoint(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(l.toOffset({ line: 1, column: 1 })).toBe(0);
    expect(l.toPoint(1)).toBeUndefined();
  });
});
