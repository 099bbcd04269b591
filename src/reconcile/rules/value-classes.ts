/**
 * Value classes: the claims of a group that say exactly the same thing in
 * the same scope (same polarity, canonical value, time and place qualifiers), so a
 * rule compares each distinct value once instead of each pair of claims.
 */
import type { GroupClaim } from '../claim-groups.js';
import type { CompareValues } from '../contract.js';
import { nameKey } from '../../normalize/name-key.js';
import { compareOrdinal } from '../../model/ordinal.js';
import { SHORT as FEW, sortShort } from '../../model/short-sort.js';


/** Classes in key order (keys are distinct within a group). */
const inKeyOrder = (a: ValueClass, b: ValueClass): number => compareOrdinal(a.key, b.key);

/** Claims of one group with the same value in the same scope. */
export interface ValueClass {
  readonly key: string;
  readonly claims: readonly GroupClaim[];
}

/**
 * Partition claims into value classes, sorted by key (claims keep their order).
 *
 * @example
 * valueClasses(group.claims).map((c) => c.claims.length) // [2, 1]
 */
export const valueClasses = (claims: readonly GroupClaim[]): readonly ValueClass[] => {
  const first = claims[0];
  if (first === undefined) return [];
  const firstKey = first.classKey;
  let i = 1;
  while (i < claims.length && (claims[i] as GroupClaim).classKey === firstKey) i += 1;
  // Most groups hold one value: no map, no sort.
  if (i === claims.length) return [{ key: firstKey, claims }];
  // A group of a few claims has a few keys: a look along them, and an insertion into key order (no Map, no
  // Array.prototype.sort and its work arrays per group).
  if (claims.length <= FEW) {
    const classes: { key: string; claims: GroupClaim[] }[] = [{ key: firstKey, claims: claims.slice(0, i) }];
    for (; i < claims.length; i += 1) {
      const c = claims[i] as GroupClaim;
      const key = c.classKey;
      let j = 0;
      while (j < classes.length && (classes[j] as ValueClass).key !== key) j += 1;
      if (j < classes.length) (classes[j] as { claims: GroupClaim[] }).claims.push(c);
      else classes.push({ key, claims: [c] });
    }
    return sortShort(classes, inKeyOrder);
  }
  const byKey = new Map<string, GroupClaim[]>();
  for (const c of claims) {
    const key = c.classKey;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [c]);
    else list.push(c);
  }
  return [...byKey.entries()].sort(([a], [b]) => compareOrdinal(a, b)).map(([key, list]) => ({ key, claims: list }));
};

/** The claim that represents a class (its first claim). */
export const representative = (cls: ValueClass): GroupClaim => cls.claims[0] as GroupClaim;

/**
 * Whether two claims speak about the same scope: their time qualifiers do
 * not conflict and their places (when both given) fold alike. Claims about
 * different years or places never contradict each other.
 */
export const sameScope = (a: GroupClaim, b: GroupClaim, compare: CompareValues): boolean => {
  const ta = a.qualifiers?.time;
  const tb = b.qualifiers?.time;
  if (ta !== undefined && tb !== undefined && compare(ta, tb).verdict === 'conflict') return false;
  const pa = a.qualifiers?.place;
  const pb = b.qualifiers?.place;
  return pa === undefined || pb === undefined || nameKey(pa) === nameKey(pb);
};

/** Whether two claims' values can both be true in one scope: what clustering joins. */
export const fitInScope = (a: GroupClaim, b: GroupClaim, compare: CompareValues): boolean =>
  sameScope(a, b, compare) && (a.valueKey === b.valueKey || compare(a.value, b.value).verdict === 'compatible');

/** Whether two claims' values conflict in one scope: what clustering sets apart. */
export const conflictInScope = (a: GroupClaim, b: GroupClaim, compare: CompareValues): boolean =>
  a.valueKey !== b.valueKey && sameScope(a, b, compare) && compare(a.value, b.value).verdict === 'conflict';

/** Hedges that make a claim tentative: conflicts involving only these are warnings. */
export const isTentative = (c: GroupClaim): boolean => c.hedge === 'expected' || c.hedge === 'hedged' || c.hedge === 'claimed';
