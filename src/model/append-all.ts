/**
 * Appending one array to another without spreading it into arguments.
 * `target.push(...items)` passes every item as an argument on the stack, and
 * V8 throws "RangeError: Maximum call stack size exceeded" past about 125,000
 * of them (Node 20): a claims file with that many problems, a group with that
 * many claims, or the findings of ten million claims. The same holds for
 * `Math.max(...xs)`, `Math.min(...xs)` and `String.fromCharCode(...codes)`;
 * src/ uses none of them (test/hardening/argument-spread.test.ts).
 */

/**
 * Push every item of `items` onto `target`, in order; returns `target`.
 *
 * @example
 * appendAll([1], [2, 3]) // [1, 2, 3]
 */
export const appendAll = <T>(target: T[], items: Iterable<T>): T[] => {
  for (const item of items) target.push(item);
  return target;
};

/**
 * The largest of `values`, or `empty` when there are none.
 *
 * @example
 * largestOf([3, 9, 4], 0) // 9
 * largestOf([], 0) // 0
 */
export const largestOf = (values: Iterable<number>, empty: number): number => {
  let largest: number | undefined;
  for (const value of values) if (largest === undefined || value > largest) largest = value;
  return largest ?? empty;
};

/**
 * The smallest of `values`, or `empty` when there are none.
 *
 * @example
 * smallestOf([3, 9, 4], 0) // 3
 */
export const smallestOf = (values: Iterable<number>, empty: number): number => {
  let smallest: number | undefined;
  for (const value of values) if (smallest === undefined || value < smallest) smallest = value;
  return smallest ?? empty;
};
