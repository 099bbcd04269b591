import { describe, expect, it } from 'vitest';
import { median, medianOfRuns } from '../tools/bench/statistics.js';

describe('median', () => {
  it.each([
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [7], expected: 7 },
    { values: [5, 5, 100], expected: 5 },
    { values: [-1, -3, -2], expected: -2 },
  ])('median($values) = $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('medianOfRuns', () => {
  it.each([
    {
      name: 'every field over every run',
      runs: [{ ms: 10, rss: 5 }, { ms: 30, rss: 7 }, { ms: 20, rss: 6 }],
      expected: { ms: 20, rss: 6 },
    },
    {
      name: 'a field missing in a run is taken over the others',
      runs: [{ ms: 10, rss: 5 }, { ms: 30 }, { ms: 20, rss: 9 }],
      expected: { ms: 20, rss: 7 },
    },
    {
      name: 'non-finite values are ignored',
      runs: [{ ms: Number.NaN }, { ms: 4 }, { ms: 6 }],
      expected: { ms: 5 },
    },
  ])('$name', ({ runs, expected }) => {
    expect(medianOfRuns(runs as Partial<Record<'ms' | 'rss', number>>[])).toEqual(expected);
  });
});
