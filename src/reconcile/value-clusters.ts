/**
 * Value clusters: the value classes of a claim group gathered into groups
 * whose values can all be true at once, so a disagreement among N values is
 * one finding listing N clusters, not N² pairs.
 *
 * Leader clustering in order of support: the best-supported class (most
 * independent witnesses, then most claims) leads the first cluster; each
 * next class joins the first cluster whose leader it is compatible with (in
 * the same scope), else leads a new one. A class is compared with at most
 * `maxCompared` leaders; kinds with an extent on a number line (quantities,
 * dates) are only compared with leaders whose extents meet theirs, found by
 * binary search, and kinds with buckets (entities, text) only with leaders
 * that share a bucket — so the work grows with the number of classes, not
 * its square. Which clusters are in dispute is decided by comparing leaders:
 * every cluster with the first `maxCompared` clusters.
 */
import type { ClaimId } from '../model/ids.js';
import { compareOrdinal } from '../model/ordinal.js';
import type { GroupClaim } from './claim-groups.js';
import { representative, type ValueClass } from './rules/value-classes.js';

/** Claims of a group whose values can all be true at once. */
export interface ValueCluster {
  /** The key of its leading class: the cluster's identity in its group. */
  readonly key: string;
  /** Its classes, the leader first. */
  readonly classes: readonly ValueClass[];
  /** Every claim, sorted by id. */
  readonly claims: readonly GroupClaim[];
  /** The independent witnesses that back it (see `GroupClaim.witness`), sorted. */
  readonly witnesses: readonly string[];
  /** The claim that represents it (the leading class's first claim). */
  readonly leader: GroupClaim;
}

/** How clustering relates two claims. */
export interface ClusterRelation {
  /** Whether the two claims' values can both be true in one scope. */
  readonly compatible: (a: GroupClaim, b: GroupClaim) => boolean;
  /** Where a claim's value lies on its kind's number line (an index only; see `ValueKindModule.extent`). */
  readonly extent: (c: GroupClaim) => readonly [number, number] | undefined;
  /** The buckets a claim's value falls in (an index only; see `ValueKindModule.buckets`). */
  readonly buckets?: (c: GroupClaim) => readonly string[] | undefined;
  /** Compare a class with at most this many leaders. */
  readonly maxCompared: number;
}

/** How many distinct witnesses back a class (most classes: one, counted without a Set). */
const witnessCount = (cls: ValueClass): number => {
  const claims = cls.claims;
  const first = (claims[0] as GroupClaim).witness;
  let i = 1;
  while (i < claims.length && (claims[i] as GroupClaim).witness === first) i += 1;
  return i === claims.length ? 1 : new Set(claims.map((c) => c.witness)).size;
};

/** Classes in order of support: most witnesses, then most claims, then lowest on the number line, then key. */
const bySupport = (classes: readonly ValueClass[], relation: ClusterRelation): ValueClass[] => {
  // Each class's support and position once, in arrays by its index (no Map per group).
  const support = classes.map(witnessCount);
  const low = classes.map((cls) => relation.extent(representative(cls))?.[0]);
  const position = (a: number, b: number): number => {
    const [x, y] = [low[a], low[b]];
    return x === undefined || y === undefined || x === y ? 0 : x < y ? -1 : 1;
  };
  const order = classes.map((_, i) => i);
  order.sort((a, b) => {
    const [ca, cb] = [classes[a] as ValueClass, classes[b] as ValueClass];
    return (support[b] as number) - (support[a] as number) || cb.claims.length - ca.claims.length || position(a, b) || compareOrdinal(ca.key, cb.key);
  });
  return order.map((i) => classes[i] as ValueClass);
};

interface Building {
  readonly index: number;
  readonly leader: ValueClass;
  readonly classes: ValueClass[];
  readonly extent: readonly [number, number] | undefined;
  readonly buckets: readonly string[] | undefined;
}

/** First index in `sorted` (by extent low) whose low is above `x`. */
const upperBound = (sorted: readonly Building[], x: number): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (((sorted[mid] as Building).extent as readonly [number, number])[0] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The distinct witnesses of some claims, sorted (most clusters have one). */
const witnessesOf = (claims: readonly GroupClaim[]): readonly string[] => {
  const first = (claims[0] as GroupClaim).witness;
  return claims.every((c) => c.witness === first) ? [first] : [...new Set(claims.map((c) => c.witness))].sort(compareOrdinal);
};

const finish = (b: Building): ValueCluster => {
  const claims = b.classes.length === 1 ? (b.leader.claims as GroupClaim[]) : b.classes.flatMap((cls) => cls.claims);
  if (b.classes.length > 1) claims.sort((x, y) => compareOrdinal(x.claimId as ClaimId, y.claimId as ClaimId));
  return { key: b.leader.key, classes: b.classes, claims, witnesses: witnessesOf(claims), leader: representative(b.leader) };
};

/**
 * Cluster value classes. The clusters come in order of support (most
 * witnesses first), each with its classes in the order they joined.
 *
 * @example
 * clusterValues(context.classes(group), relation).map((c) => c.witnesses.length) // [2, 1]
 */
export const clusterValues = (classes: readonly ValueClass[], relation: ClusterRelation): readonly ValueCluster[] => {
  if (classes.length === 0) return [];
  if (classes.length === 1) return [finish({ index: 0, leader: classes[0] as ValueClass, classes: [classes[0] as ValueClass], extent: undefined, buckets: undefined })];
  const built: Building[] = [];
  // Leaders that have an extent, sorted by its low end; leaders in buckets, by bucket; leaders with neither, in order.
  const placed: Building[] = [];
  const bucketed = new Map<string, Building[]>();
  const unplaced: Building[] = [];
  const cap = Math.max(1, relation.maxCompared);
  for (const cls of bySupport(classes, relation)) {
    const claim = representative(cls);
    const extent = relation.extent(claim);
    const buckets = extent === undefined ? relation.buckets?.(claim) : undefined;
    let home: Building | undefined;
    const consider = (b: Building): void => {
      if ((home === undefined || b.index < home.index) && relation.compatible(representative(b.leader), claim)) home = b;
    };
    let compared = 0;
    if (extent !== undefined) {
      // leaders whose extents meet [low, high]: low end ≤ high, high end ≥ low
      for (let i = upperBound(placed, extent[1]) - 1, scanned = 0; i >= 0 && compared < cap && scanned < 4 * cap; i -= 1, scanned += 1) {
        const b = placed[i] as Building;
        if ((b.extent as readonly [number, number])[1] < extent[0]) continue;
        compared += 1;
        consider(b);
      }
    }
    if (buckets !== undefined) {
      // Most values fall in one bucket (an entity nothing contains, a text): its leaders are distinct, no Set.
      const seen = buckets.length > 1 ? new Set<Building>() : undefined;
      for (let k = 0; k < buckets.length; k += 1) {
        const list = bucketed.get(buckets[k] as string);
        if (list === undefined) continue;
        for (let i = 0; i < list.length && compared < cap; i += 1) {
          const b = list[i] as Building;
          if (seen !== undefined) {
            if (seen.has(b)) continue;
            seen.add(b);
          }
          compared += 1;
          consider(b);
        }
      }
    }
    for (let i = 0; i < unplaced.length && compared < cap; i += 1) {
      compared += 1;
      consider(unplaced[i] as Building);
    }
    if (extent === undefined && buckets === undefined) {
      // a value with no index (a weekday, a list) may still fit a leader that has one (a date)
      for (let i = 0; i < built.length && compared < cap; i += 1) {
        const b = built[i] as Building;
        if (b.extent === undefined && b.buckets === undefined) continue;
        compared += 1;
        consider(b);
      }
    }
    if (home !== undefined) {
      home.classes.push(cls);
      continue;
    }
    const b: Building = { index: built.length, leader: cls, classes: [cls], extent, buckets };
    built.push(b);
    if (extent !== undefined) placed.splice(upperBound(placed, extent[0]), 0, b);
    else if (buckets !== undefined) {
      for (const key of buckets) {
        const list = bucketed.get(key);
        if (list === undefined) bucketed.set(key, [b]);
        else if (list[list.length - 1] !== b) list.push(b); // a key the kind gave twice: listed once
      }
    }
    else unplaced.push(b);
  }
  return built.map(finish);
};

/**
 * The clusters that conflict with another one: each cluster's leader is
 * compared with the leaders of the first `maxCompared` clusters (all of
 * them, for a group of at most that many clusters).
 *
 * @example
 * disputedClusters(clusters, (a, b) => compare(a.value, b.value).verdict === 'conflict', 64)
 */
export const disputedClusters = (
  clusters: readonly ValueCluster[],
  conflict: (a: GroupClaim, b: GroupClaim) => boolean,
  maxCompared: number,
): readonly ValueCluster[] => {
  if (clusters.length < 2) return [];
  const disputed = new Set<number>();
  const head = Math.min(clusters.length, Math.max(1, maxCompared));
  for (let i = 0; i < clusters.length; i += 1) {
    for (let j = 0; j < head; j += 1) {
      if (j === i || (j < i && i < head)) continue; // pairs inside the head are seen once
      if (disputed.has(i) && disputed.has(j)) continue;
      if (conflict((clusters[i] as ValueCluster).leader, (clusters[j] as ValueCluster).leader)) {
        disputed.add(i);
        disputed.add(j);
      }
    }
  }
  return clusters.filter((_, i) => disputed.has(i));
};
