/**
 * A growable column of 32-bit integers: a typed array that doubles when
 * full, for lists of millions of integers that a JavaScript array would
 * hold as a heap object the garbage collector must walk.
 */
export class IntColumn {
  items: Int32Array<ArrayBuffer>;
  length = 0;

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
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** The integers pushed, as a view of the column (no copy). */
  values(): Int32Array {
    return this.items.subarray(0, this.length);
  }
}
