/**
 * Growable typed columns: lists and tables of millions of small integers
 * kept in typed arrays (one buffer off the collected heap, where a
 * JavaScript array would be a heap object the garbage collector must walk),
 * grown by doubling so that filling one costs a few copies in all.
 *
 * Two uses, one growth: `IntColumn` for a list that is pushed to; `grown`
 * for a column kept in a variable and written by index (a tally by group id,
 * parallel columns by key), where the writer knows the index it needs room
 * for. Growth lives here only.
 */

/** The typed arrays a column is kept in. */
export type ColumnArray = Uint8Array | Uint16Array | Int32Array;

/**
 * A new column of the kind of `items` (same array type) with room for at
 * least `least` items and at least twice as many as `items` holds: `items`
 * copied to its start, the rest zero. Always a new array (the caller checks
 * that it needs one: a column read in a hot loop is kept in a local).
 *
 * @example
 * let kind = new Int32Array(1024);
 * if (n >= kind.length) kind = grown(kind, n + 1);
 * kind[n] = 3;
 */
export const grown = <A extends ColumnArray>(items: A, least: number): A => {
  const to = new (items.constructor as new (length: number) => A)(Math.max(least, 2 * items.length));
  to.set(items);
  return to;
};

/**
 * A list of 32-bit integers that grows as it is pushed to: `items` holds
 * them from 0 to `length - 1` (and room after).
 */
export class IntColumn {
  items: Int32Array<ArrayBuffer>;
  length = 0;

  /** `capacity`: room to start with (at least 16). */
  constructor(capacity = 16) {
    this.items = new Int32Array(Math.max(16, capacity));
  }

  /**
   * Append one integer.
   *
   * @example
   * const column = new IntColumn();
   * column.push(7);
   * column.values() // Int32Array [7]
   */
  push(value: number): void {
    if (this.length === this.items.length) this.items = grown(this.items, this.length + 1);
    this.items[this.length++] = value;
  }

  /** The integers pushed, as a view of the column (no copy). */
  values(): Int32Array {
    return this.items.subarray(0, this.length);
  }
}
