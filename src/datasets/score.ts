/**
 * Precision as the truth-discovery papers score it: the share of gold items
 * for which the preferred value is the gold value.
 */
import type { Resolution } from '../resolve/problem.js';

/** Result of `scorePrecision`. */
export interface PrecisionScore {
  readonly correct: number;
  /** Gold items scored (those no source covers count as misses). */
  readonly items: number;
  readonly precision: number;
  /** Group keys of the gold items the strategy got wrong, sorted. */
  readonly misses: readonly string[];
}

/**
 * Score a resolution against gold value keys. Values are equal when their
 * keys are, unless `equivalent` says otherwise (used only for the
 * diagnostic "within one minute" column, never for the headline numbers).
 *
 * @example
 * scorePrecision(resolution, new Map([['isbn:978...|book.authors', 'knuth']]))
 * // { correct: 1, items: 1, precision: 1, misses: [] }
 */
export const scorePrecision = (
  resolution: Resolution,
  gold: ReadonlyMap<string, string>,
  goldWithoutClaims: readonly string[] = [],
  options: { readonly equivalent?: (preferred: string, gold: string) => boolean } = {},
): PrecisionScore => {
  const same = options.equivalent ?? ((a: string, b: string) => a === b);
  const preferred = new Map(resolution.groups.map((g) => [g.key, g.preferred?.valueKey] as const));
  let correct = 0;
  const misses: string[] = [...goldWithoutClaims];
  for (const [key, value] of gold) {
    const p = preferred.get(key);
    if (p !== undefined && same(p, value)) correct += 1;
    else misses.push(key);
  }
  const items = gold.size + goldWithoutClaims.length;
  misses.sort();
  return { correct, items, precision: items === 0 ? 0 : correct / items, misses };
};
