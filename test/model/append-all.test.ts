import { describe, expect, it } from 'vitest';
import { appendAll, largestOf, smallestOf } from '../../src/model/append-all.js';

/** More items than V8 takes as arguments (about 125,000 on Node 20): spreading them throws. */
const MANY = 300_000;

describe('appendAll', () => {
  it.each<[string, number[], Iterable<number>, number[]]>([
    ['onto an empty array', [], [1, 2], [1, 2]],
    ['after what is there, in order', [1], [2, 3], [1, 2, 3]],
    ['nothing', [1], [], [1]],
    ['from any iterable', [0], new Set([1, 2]), [0, 1, 2]],
  ])('%s', (_, target, items, expected) => {
    expect(appendAll(target, items)).toBe(target);
    expect(target).toEqual(expected);
  });

  it(`appends ${MANY.toLocaleString('en')} items, where push(...items) throws`, () => {
    const items = Array.from({ length: MANY }, (_, i) => i);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = [-1];
    appendAll(target, items);
    expect(target).toHaveLength(MANY + 1);
    expect(target[MANY]).toBe(MANY - 1);
  });
});

describe('largestOf and smallestOf', () => {
  it.each<[number[], number, number, number]>([
    [[3, 9, 4], 0, 9, 3],
    [[], 0, 0, 0],
    [[], -1, -1, -1],
    [[-5, -2], 0, -2, -5],
    [[7], 0, 7, 7],
  ])('%j (empty: %d) → largest %d, smallest %d', (values, empty, largest, smallest) => {
    expect(largestOf(values, empty)).toBe(largest);
    expect(smallestOf(values, empty)).toBe(smallest);
  });

  it(`reads ${MANY.toLocaleString('en')} values, where Math.max(...values) throws`, () => {
    const values = Array.from({ length: MANY }, (_, i) => (i * 7919) % MANY);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(largestOf(values, 0)).toBe(MANY - 1);
    expect(smallestOf(values, 0)).toBe(0);
  });
});
