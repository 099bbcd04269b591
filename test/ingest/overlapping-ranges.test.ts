import { describe, expect, it } from 'vitest';
import { overlappingRanges, rangesOverlap } from '../../src/ingest/index.js';

describe('rangesOverlap', () => {
  it.each([
    { a: [0, 5], b: [4, 10], overlap: true },
    { a: [0, 5], b: [5, 10], overlap: false }, // end exclusive: touching is not overlapping
    { a: [3, 4], b: [0, 10], overlap: true },
    { a: [0, 10], b: [3, 4], overlap: true },
    { a: [3, 3], b: [0, 10], overlap: false }, // an empty range overlaps nothing
    { a: [11, 12], b: [0, 10], overlap: false },
  ])('$a and $b overlap: $overlap', ({ a, b, overlap }) => {
    const r = (x: number[]) => ({ start: x[0] ?? 0, end: x[1] ?? 0 });
    expect(rangesOverlap(r(a), r(b))).toBe(overlap);
    expect(rangesOverlap(r(b), r(a))).toBe(overlap);
  });
});

describe('overlappingRanges', () => {
  it('returns the non-content entries a quote touches, in the order given', () => {
    const nonContent = [
      { range: { start: 0, end: 20 }, kind: 'page-chrome' as const },
      { range: { start: 2100, end: 2164 }, kind: 'login-prompt' as const },
      { range: { start: 50, end: 60 }, kind: 'navigation' as const },
    ];
    expect(overlappingRanges({ start: 10, end: 55 }, nonContent).map((n) => n.kind)).toEqual([
      'page-chrome',
      'navigation',
    ]);
    expect(overlappingRanges({ start: 100, end: 200 }, nonContent)).toEqual([]);
  });
});
