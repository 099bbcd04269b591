/**
 * Growable typed columns (`columns/typed-column.ts`): `grown` makes a column
 * of the same kind with room for what its writer needs, at least doubling,
 * everything it held at its start and zeros after; `IntColumn` grows as it
 * is pushed to and gives back what was pushed, in order.
 */
import { describe, expect, it } from 'vitest';
import { type ColumnArray, IntColumn, grown } from '../../../src/reconcile/columns/typed-column.js';

/** A column of `length` items of the given kind, holding 1, 2, 3 … (255 at most in a byte). */
const filled = <A extends ColumnArray>(make: new (length: number) => A, length: number): A => {
  const items = new make(length);
  for (let i = 0; i < length; i += 1) items[i] = (i % 255) + 1;
  return items;
};

describe('grown', () => {
  // kind, length held, least asked for, length expected: twice as long when that is room enough, else `least`.
  const cases: [string, new (length: number) => ColumnArray, number, number, number][] = [
    ['bytes, one more than full: doubled', Uint8Array, 1024, 1025, 2048],
    ['bytes, far past full: as asked', Uint8Array, 1024, 5000, 5000],
    ['16-bit units, past full: the larger of double and asked', Uint16Array, 1024, 2049, 2049],
    ['32-bit integers, one more: doubled', Int32Array, 16, 17, 32],
    ['32-bit integers, asked less than double: doubled', Int32Array, 100, 150, 200],
    ['32-bit integers, asked for no more than it holds: still doubled', Int32Array, 8, 0, 16],
    ['an empty column: as asked', Int32Array, 0, 1, 1],
  ];
  it.each(cases)('%s', (_, make, length, least, size) => {
    const items = filled(make, length);
    const to = grown(items, least);
    expect(to).toBeInstanceOf(make);
    expect(to).not.toBe(items);
    expect(to.length).toBe(size);
    expect(Array.from(to.subarray(0, length))).toEqual(Array.from(items));
    expect(to.subarray(length).every((x) => x === 0)).toBe(true);
  });

  it('keeps negative integers and the full range of bytes as they were', () => {
    const ints = Int32Array.of(-1, -2147483648, 2147483647, 0);
    expect(Array.from(grown(ints, 5).subarray(0, 4))).toEqual([-1, -2147483648, 2147483647, 0]);
    const bytes = Uint8Array.of(0, 255, 128);
    expect(Array.from(grown(bytes, 4).subarray(0, 3))).toEqual([0, 255, 128]);
  });

  it('copies from a view only what the view shows', () => {
    const view = Int32Array.of(9, 1, 2, 3, 9).subarray(1, 4);
    expect(Array.from(grown(view, 4))).toEqual([1, 2, 3, 0, 0, 0]);
  });
});

describe('IntColumn', () => {
  // Capacity to start with, how many integers pushed: every one comes back, in order, past any growth.
  const cases: [string, number | undefined, number][] = [
    ['nothing pushed', undefined, 0],
    ['fewer than the room it starts with', undefined, 5],
    ['exactly its room', 16, 16],
    ['one past its room', 16, 17],
    ['many times its room', 16, 10_000],
    ['a capacity under 16 starts at 16', 1, 40],
    ['a large capacity, filled', 100, 100],
  ];
  it.each(cases)('%s', (_, capacity, count) => {
    const column = capacity === undefined ? new IntColumn() : new IntColumn(capacity);
    const pushed: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const value = i % 3 === 0 ? -1 - i : i * 7;
      column.push(value);
      pushed.push(value);
    }
    expect(column.length).toBe(count);
    expect(Array.from(column.values())).toEqual(pushed);
    expect(column.items.length).toBeGreaterThanOrEqual(Math.max(16, capacity ?? 16, count));
  });

  it('gives a view of its items, not a copy', () => {
    const column = new IntColumn();
    column.push(1);
    column.push(2);
    const values = column.values();
    values[0] = 5;
    expect(column.items[0]).toBe(5);
    expect(values.buffer).toBe(column.items.buffer);
  });
});
