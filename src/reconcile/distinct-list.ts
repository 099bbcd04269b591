/**
 * The distinct items of a short run of items, in the order first seen, in
 * storage that is reused: a side of a finding holds a handful of claims from
 * a handful of sources, where scanning a small array beats building a Set
 * each time, and reusing the array beats allocating one (setting an array's
 * length to 0 frees its storage in V8, so the list keeps its own count).
 * Past `MAX_SCANNED` items a Set takes over, so a side of ten thousand
 * sources stays linear.
 */

import { compareOrdinal } from '../model/ordinal.js';
import { SHORT, sortOrdinal, sortPrefix } from '../model/short-sort.js';

/** Distinct items are looked up by scanning up to this many; beyond, in a Set. */
const MAX_SCANNED = 16;

/** `SameValueZero`, as `includes` and `Set` compare. */
const same = (a: unknown, b: unknown): boolean => a === b || (a !== a && b !== b);

/**
 * A reusable list of distinct items.
 *
 * @example
 * const seen = new DistinctList<string>();
 * seen.add('a'); seen.add('a'); seen.size // 1
 * seen.copy() // ['a']
 * seen.reset();
 */
export class DistinctList<T> {
  #items: T[] = [];
  #size = 0;
  #set: Set<T> | undefined = undefined;

  /** Forget every item. */
  reset(): void {
    this.#size = 0;
    this.#set = undefined;
  }

  /** Add `item` unless it is already there; whether it was new (-0 is kept as 0, as a Set keeps it). */
  add(given: T): boolean {
    const item = (given === 0 ? 0 : given) as T;
    const items = this.#items;
    const size = this.#size;
    if (this.#set === undefined) {
      for (let i = 0; i < size; i += 1) if (same(items[i], item)) return false;
      if (size === MAX_SCANNED) this.#set = new Set(items.slice(0, size)).add(item);
    } else {
      if (this.#set.has(item)) return false;
      this.#set.add(item);
    }
    items[size] = item;
    this.#size = size + 1;
    return true;
  }

  /** How many distinct items. */
  get size(): number {
    return this.#size;
  }

  /** The `i`th distinct item, in the order added. */
  at(i: number): T {
    return this.#items[i] as T;
  }

  /** Put the distinct items in the order of `compare`, stably, in place (as `sortShort(copy(), compare)` orders them). */
  sort(compare: (a: T, b: T) => number): void {
    sortPrefix(this.#items, this.#size, compare);
  }

  /** Put the distinct items in code-unit order in place (as `sortOrdinal(copy())` orders them). */
  sortOrdinal(this: DistinctList<T & string>): void {
    const items = this.#items;
    const size = this.#size;
    let strings = size <= SHORT;
    for (let i = 0; strings && i < size; i += 1) strings = typeof items[i] === 'string';
    if (strings) {
      sortPrefix(items, size, compareOrdinal);
      return;
    }
    const sorted = sortOrdinal(items.slice(0, size));
    for (let i = 0; i < size; i += 1) items[i] = sorted[i] as T & string;
  }

  /** The distinct items in the order added, as a new array of exactly their number. */
  copy(): T[] {
    return this.#items.slice(0, this.#size);
  }
}
