/**
 * What the source-dependence worker is sent: the texts in source-id order,
 * their non-content ranges as one flat Int32Array (per text: how many, then
 * start and end of each), and the shingle options — strings, integers and
 * a plain object of numbers, so the copy is cheap.
 */
import type { TextRange } from '../../model/span.js';
import type { SharedPassageOptions } from '../dependence/shared-passages.js';

/** The worker's input. */
export interface PassageInput {
  readonly texts: readonly string[];
  readonly ranges: Int32Array;
  readonly options: SharedPassageOptions;
}

/**
 * Flatten each text's excluded ranges.
 *
 * @example
 * flatRanges([[{ start: 0, end: 5 }], []]) // Int32Array [1, 0, 5, 0]
 */
export const flatRanges = (excluded: readonly (readonly TextRange[])[]): Int32Array => {
  const flat: number[] = [];
  for (const ranges of excluded) {
    flat.push(ranges.length);
    for (const r of ranges) flat.push(r.start, r.end);
  }
  return Int32Array.from(flat);
};

/**
 * The excluded ranges of `count` texts back from `flatRanges`.
 *
 * @example
 * rangesOf(2, Int32Array.from([1, 0, 5, 0])) // [[{ start: 0, end: 5 }], []]
 */
export const rangesOf = (count: number, flat: Int32Array): readonly (readonly TextRange[])[] => {
  const out: TextRange[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const n = flat[at++] ?? 0;
    const ranges: TextRange[] = [];
    for (let r = 0; r < n; r++, at += 2) ranges.push({ start: flat[at] as number, end: flat[at + 1] as number });
    out.push(ranges);
  }
  return out;
};

/** The shingle options only (numbers), whatever else the caller's options hold. */
export const passageOptions = (options: SharedPassageOptions): SharedPassageOptions => {
  const out: { -readonly [K in keyof SharedPassageOptions]: SharedPassageOptions[K] } = {};
  if (options.shingleWords !== undefined) out.shingleWords = options.shingleWords;
  if (options.minPassageWords !== undefined) out.minPassageWords = options.minPassageWords;
  if (options.maxSourcesPerShingle !== undefined) out.maxSourcesPerShingle = options.maxSourcesPerShingle;
  if (options.maxOccurrencesPerSource !== undefined) out.maxOccurrencesPerSource = options.maxOccurrencesPerSource;
  return out;
};
