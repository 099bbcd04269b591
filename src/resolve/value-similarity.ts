/**
 * Similarity between two values of the same group, in [0, 1], used for
 * TruthFinder's implication between facts and the SIM variant of ACCU
 * ("a source that says 14:06 lends some support to 14:07").
 */
import type { Value } from '../model/value.js';
import { entityKey } from '../values/kinds/entity.js';

/** One side of a comparison: the value and its canonical key. */
export interface KeyedValue {
  readonly value: Value;
  readonly valueKey: string;
}

/**
 * A pluggable similarity: how much a source that says `a` supports `b`,
 * 1 for the same thing, 0 for unrelated values. It may be asymmetric (a
 * store that lists only the first author partly supports the full list);
 * it must be pure.
 */
export type ValueSimilarity = ((a: KeyedValue, b: KeyedValue) => number) & {
  /**
   * Optional: the values the similarity can relate at all; groups with no
   * such value skip the k×k comparison (it would be key equality anyway).
   */
  readonly appliesTo?: (value: Value) => boolean;
};

/**
 * Values are similar only when their keys are equal (no implication). The
 * values of one group have distinct keys, so it relates none of them and
 * no similarity matrix is built for it.
 */
export const exactSimilarity: ValueSimilarity = Object.assign((a: KeyedValue, b: KeyedValue): number => (a.valueKey === b.valueKey ? 1 : 0), {
  appliesTo: (): boolean => false,
});

const memberKeys = (value: Value): string[] | undefined =>
  value.type === 'entity-set'
    ? value.members.map(entityKey)
    : undefined;

/** How many members two lists share, counted as multisets: |A ∩ B| ({Han, Han} and {Han} share 1). */
const sharedMembers = (a: readonly string[], b: readonly string[]): number => {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let shared = 0;
  for (const k of b) {
    const c = counts.get(k) ?? 0;
    if (c > 0) {
      shared += 1;
      counts.set(k, c - 1);
    }
  }
  return shared;
};

/**
 * Multiset Jaccard similarity of two entity sets' members (by entity id,
 * else folded name: `entityKey`): |A ∩ B| / |A ∪ B|. Values that are not entity sets
 * fall back to key equality.
 *
 * @example
 * // {Knuth} vs {Knuth, Fuller} → 0.5
 */
export const entitySetJaccard: ValueSimilarity = (a, b) => {
  const ma = memberKeys(a.value);
  const mb = memberKeys(b.value);
  if (ma === undefined || mb === undefined) return exactSimilarity(a, b);
  if (ma.length === 0 && mb.length === 0) return 1;
  const inter = sharedMembers(ma, mb);
  const union = ma.length + mb.length - inter;
  return union === 0 ? 0 : inter / union;
};

/**
 * Containment of entity sets: the share of `a`'s members that `b` also
 * names, |A ∩ B| / |A| (multiset). A source that lists only the first author
 * ({Han}) fully supports the complete list ({Han, Kamber}); the complete
 * list supports the partial one by half. Non-sets fall back to key equality.
 *
 * @example
 * // a = {Han}, b = {Han, Kamber} → 1;  a = {Han, Kamber}, b = {Han} → 0.5
 */
export const entitySetContainment: ValueSimilarity = (a, b) => {
  const ma = memberKeys(a.value);
  const mb = memberKeys(b.value);
  if (ma === undefined || mb === undefined) return exactSimilarity(a, b);
  if (ma.length === 0) return mb.length === 0 ? 1 : 0;
  return sharedMembers(ma, mb) / ma.length;
};

/**
 * Similarity by value type, for a strategy that must work on any corpus:
 * entity sets by containment (`entitySetContainment`: a partial author or
 * member list supports the full one), every other type by key equality.
 * Numbers and times are not made similar by closeness: on the flight data
 * a time one minute off is usually another source's convention, not
 * support for the true minute.
 */
export const typeAwareSimilarity: ValueSimilarity = Object.assign(
  (a: KeyedValue, b: KeyedValue): number =>
    a.value.type === 'entity-set' && b.value.type === 'entity-set' ? entitySetContainment(a, b) : exactSimilarity(a, b),
  { appliesTo: (value: Value): boolean => value.type === 'entity-set' },
);
