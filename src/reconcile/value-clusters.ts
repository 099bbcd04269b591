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
 *
 * A vague value can fit two values that conflict with each other ("earlier
 * this month" fits 2 March and 3 March): placed first, it would lead a
 * cluster both join, hiding their conflict. Given `relation.conflicting`,
 * clustering sets such values apart (`findBridges`) and places the rest
 * again: the vague values form clusters of their own, in dispute only with
 * values they conflict with themselves. Values set apart are placed by
 * level (how many times they were set apart), each level on its own, and
 * looked at again: "about 50" (over 48 and 52) and "around 70" (over 68 and
 * 72) conflict with each other, so "between 40 and 80", which fits both, is
 * set apart a level further instead of hiding their conflict.
 */
import type { ClaimId } from '../model/ids.js';
import { compareOrdinal } from '../model/ordinal.js';
import type { GroupClaim } from './claim-groups.js';
import { representative, type ValueClass } from './rules/value-classes.js';
import { SHORT, sortOrdinal, sortShort } from '../model/short-sort.js';

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
  /**
   * Whether the two claims' values conflict. When given, a vague value that
   * fits two values in conflict with each other is set apart in a cluster of
   * its own instead of joining (or leading) either: see `clusterPartition`.
   */
  readonly conflicting?: (a: GroupClaim, b: GroupClaim) => boolean;
}

/** How many distinct witnesses back a class (most classes: one, counted without a Set). */
const witnessCount = (cls: ValueClass): number => {
  const claims = cls.claims;
  const first = (claims[0] as GroupClaim).witness;
  let i = 1;
  while (i < claims.length && (claims[i] as GroupClaim).witness === first) i += 1;
  return i === claims.length ? 1 : new Set(claims.map((c) => c.witness)).size;
};

/**
 * Classes in order of support: most witnesses, then most claims, then lowest on the number line, then key.
 * `extents[i]` is class `i`'s extent; `order` receives the classes' indices in that order.
 */
const bySupport = (classes: readonly ValueClass[], extents: readonly (readonly [number, number] | undefined)[], order: number[]): void => {
  // Each class's support once, in an array by its index (no Map per group).
  const support = classes.map(witnessCount);
  const position = (a: number, b: number): number => {
    const x = extents[a]?.[0];
    const y = extents[b]?.[0];
    return x === undefined || y === undefined || x === y ? 0 : x < y ? -1 : 1;
  };
  for (let i = 0; i < classes.length; i += 1) order.push(i);
  // A few classes (most groups): sorted by insertion, without Array.prototype.sort's work arrays (same order: stable either way).
  sortShort(order, (a, b) => {
    const ca = classes[a] as ValueClass;
    const cb = classes[b] as ValueClass;
    return (support[b] as number) - (support[a] as number) || cb.claims.length - ca.claims.length || position(a, b) || compareOrdinal(ca.key, cb.key);
  });
};

interface Building {
  readonly index: number;
  readonly leader: ValueClass;
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

/**
 * Leaders by bucket key, in the order they were listed: a look along the
 * keys while there are a few (most groups: no Map per group), a Map beyond.
 */
class BucketIndex {
  private readonly keys: string[] = [];
  private readonly lists: Building[][] = [];
  private map: Map<string, Building[]> | undefined;
  get(key: string): Building[] | undefined {
    if (this.map !== undefined) return this.map.get(key);
    const keys = this.keys;
    for (let i = 0; i < keys.length; i += 1) if (keys[i] === key) return this.lists[i];
    return undefined;
  }
  add(key: string, b: Building): void {
    const list = this.get(key);
    if (list !== undefined) {
      if (list[list.length - 1] !== b) list.push(b); // a key the kind gave twice: listed once
      return;
    }
    if (this.map !== undefined) {
      this.map.set(key, [b]);
      return;
    }
    this.keys.push(key);
    this.lists.push([b]);
    if (this.keys.length > SHORT) this.map = new Map(this.keys.map((k, i) => [k, this.lists[i] as Building[]]));
  }
}

/** `home`, or `b` when it is an earlier cluster whose leader is compatible with `claim`. */
const better = (home: Building | undefined, b: Building, claim: GroupClaim, relation: ClusterRelation): Building | undefined =>
  (home === undefined || b.index < home.index) && relation.compatible(representative(b.leader), claim) ? b : home;

/** Claims in id order. */
const byClaimId = (x: GroupClaim, y: GroupClaim): number => compareOrdinal(x.claimId as ClaimId, y.claimId as ClaimId);

/**
 * The claims of a cluster of these classes (its leading class first), sorted
 * by id: the leading class's own array when it is alone.
 *
 * @example
 * clusterClaims(clusterClasses(classes, relation)[0])
 */
export const clusterClaims = (classes: readonly ValueClass[]): readonly GroupClaim[] => {
  if (classes.length === 1) return (classes[0] as ValueClass).claims;
  const claims: GroupClaim[] = [];
  for (const cls of classes) for (const c of cls.claims) claims.push(c);
  return sortShort(claims, byClaimId);
};

/**
 * The one witness of every claim of these classes, or `undefined` when
 * they have two or more: what coverage asks of a cluster, without its
 * claims gathered or its witnesses sorted.
 *
 * @example
 * soleWitness(clusterClasses(classes, relation)[0]) // 'group:a'
 */
export const soleWitness = (classes: readonly ValueClass[]): string | undefined => {
  const witness = ((classes[0] as ValueClass).claims[0] as GroupClaim).witness;
  for (let k = 0; k < classes.length; k += 1) {
    const claims = (classes[k] as ValueClass).claims;
    for (let i = 0; i < claims.length; i += 1) if ((claims[i] as GroupClaim).witness !== witness) return undefined;
  }
  return witness;
};

/** The distinct witnesses of some claims, sorted (most clusters have one). */
const witnessesOf = (claims: readonly GroupClaim[]): readonly string[] => {
  const first = (claims[0] as GroupClaim).witness;
  for (let i = 1; i < claims.length; i += 1) {
    if ((claims[i] as GroupClaim).witness !== first) return sortOrdinal([...new Set(claims.map((c) => c.witness))]);
  }
  return [first];
};

/**
 * The cluster of these classes (its leading class first), as `clusterValues` makes it.
 *
 * @example
 * clusterClasses(classes, relation).map(clusterOf) // what clusterValues(classes, relation) gives
 */
export const clusterOf = (classes: readonly ValueClass[]): ValueCluster => {
  const leader = classes[0] as ValueClass;
  const claims = clusterClaims(classes);
  return { key: leader.key, classes, claims, witnesses: witnessesOf(claims), leader: representative(leader) };
};

/**
 * How `clusterValues` clusters these classes, as numbers appended to `out`
 * (one per class, nothing kept but them): the classes in the order they
 * were placed (order of support), each as `cluster * classes.length +
 * class`, where `class` is its index in `classes` and `cluster` the index of
 * the cluster it leads or joins (clusters are numbered as they are made, so
 * a new one's number is the count so far). `classesOfPartition` reads it
 * back; a run keeps it for a group it clustered without keeping the
 * clusters (see `rule-context.ts`).
 *
 * @example
 * const out: number[] = [];
 * clusterPartition(classes, relation, out);
 * classesOfPartition(classes, out, 0) // what clusterClasses(classes, relation) gives
 */
export const clusterPartition = (classes: readonly ValueClass[], relation: ClusterRelation, out: number[]): void => {
  const n = classes.length;
  if (n === 0) return;
  if (n === 1) {
    out.push(0);
    return;
  }
  // Each class's extent once (the order of support reads its low end, placing it the whole).
  const extents = classes.map((cls) => relation.extent(representative(cls)));
  const order: number[] = [];
  bySupport(classes, extents, order);
  const start = out.length;
  placeClasses(classes, relation, extents, order, 0, out);
  const conflicting = relation.conflicting;
  if (conflicting === undefined) return;
  // Vague values that bridge two values in conflict are set apart a level up, and every level placed again on its own.
  let level: Uint8Array | undefined;
  for (let round = 0; round < MAX_BRIDGE_ROUNDS; round += 1) {
    const found = findBridges(classes, relation, conflicting, classesOfPartitionCodes(out, start, n), level);
    if (found === undefined) return;
    level = found;
    out.length = start;
    let made = 0;
    // A level's classes in order of support; a class rises at most one level a round.
    for (let l = 0; l <= round + 1; l += 1) {
      const at = level;
      const these = order.filter((i) => at[i] === l);
      if (these.length > 0) made += placeClasses(classes, relation, extents, these, made, out);
    }
  }
};

/**
 * How many times clustering sets vague values apart and places the rest
 * again: each round sets apart at least one more (or raises one a level), so
 * a vague value nested in a vaguer one is found in the next round; a fixed
 * number keeps the work linear (a group with more nested vague values than
 * this keeps the last ones in a cluster).
 */
export const MAX_BRIDGE_ROUNDS = 4;

/** The clusters a partition written from `start` lists, as class indices, the leader first (in the order of the clusters). */
const classesOfPartitionCodes = (partition: readonly number[], start: number, n: number): number[][] => {
  const lists: number[][] = [];
  for (let k = 0; k < n; k += 1) {
    const code = partition[start + k] as number;
    const cluster = Math.floor(code / n);
    const index = code - cluster * n;
    if (cluster === lists.length) lists.push([index]);
    else (lists[cluster] as number[]).push(index);
  }
  return lists;
};

/**
 * The classes that bridge two values in conflict, as each class's level
 * (how many times it was set apart: `known` before this round, raised by one
 * for each bridge found now), or `undefined` when no new one is found:
 * - a leader whose cluster holds two classes that conflict with each other
 *   (both fit the leader, not each other: the leader is the vague one —
 *   "earlier this month" with 2 March and 3 March; "between 80 and 150"
 *   with "about 100" and "about 130");
 * - a class that fits the leader of its own cluster and the leader of
 *   another cluster of its level whose leader conflicts with its own
 *   ("about 100" joined to 96 while 104 leads another cluster).
 * The clusters of values set apart are looked at too (each level is placed
 * on its own, so a cluster's classes share a level): two vague values in
 * conflict that both bridge precise ones do not hide their conflict under a
 * third. At most `maxCompared` members of a cluster and `maxCompared`
 * leaders are compared.
 */
const findBridges = (
  classes: readonly ValueClass[],
  relation: ClusterRelation,
  conflicting: (a: GroupClaim, b: GroupClaim) => boolean,
  clusters: readonly (readonly number[])[],
  known: Uint8Array | undefined,
): Uint8Array | undefined => {
  const cap = Math.max(1, relation.maxCompared);
  const at = (i: number): GroupClaim => representative(classes[i] as ValueClass);
  const levelOf = (i: number): number => (known === undefined ? 0 : (known[i] as number));
  let found: Uint8Array | undefined;
  const raise = (i: number): void => {
    found ??= known !== undefined ? known.slice() : new Uint8Array(classes.length);
    found[i] = levelOf(i) + 1;
  };
  let joined = false;
  for (const list of clusters) {
    if (list.length < 2) continue;
    joined = true;
    if (list.length < 3) continue;
    const members = Math.min(list.length, cap + 1);
    search: for (let a = 1; a < members; a += 1) {
      for (let b = a + 1; b < members; b += 1) {
        const [x, y] = [at(list[a] as number), at(list[b] as number)];
        if (conflicting(x, y)) {
          raise(list[0] as number);
          // a member that fits both is a bridge as well ("about 100" beside "between 80 and 150"): set apart in the same round
          for (let m = 1; m < members; m += 1) {
            const member = at(list[m] as number);
            if (m !== a && m !== b && relation.compatible(member, x) && relation.compatible(member, y)) raise(list[m] as number);
          }
          break search;
        }
      }
    }
  }
  if (!joined || clusters.length < 2) return found;
  const leaders = Math.min(clusters.length, cap);
  for (let x = 0; x < clusters.length; x += 1) {
    const own = clusters[x] as readonly number[];
    if (own.length < 2) continue;
    const ownLevel = levelOf(own[0] as number);
    for (let y = 0; y < leaders; y += 1) {
      const other = clusters[y] as readonly number[];
      if (y === x || levelOf(other[0] as number) !== ownLevel) continue;
      const leader = at(other[0] as number);
      if (!conflicting(at(own[0] as number), leader)) continue;
      for (let m = 1; m < Math.min(own.length, cap + 1); m += 1) {
        const member = own[m] as number;
        if (found?.[member] !== levelOf(member) + 1 && relation.compatible(at(member), leader)) raise(member);
      }
    }
  }
  return found;
};

/**
 * Place these classes (indices into `classes`, in order of support) into
 * clusters numbered from `first`, appending one code per class to `out`
 * (see `clusterPartition`); the number of clusters made.
 */
const placeClasses = (
  classes: readonly ValueClass[],
  relation: ClusterRelation,
  extents: readonly (readonly [number, number] | undefined)[],
  order: readonly number[],
  first: number,
  out: number[],
): number => {
  const n = classes.length;
  const built: Building[] = [];
  // Leaders that have an extent, sorted by its low end; leaders in buckets, by bucket; leaders with neither, in order.
  const placed: Building[] = [];
  let bucketed: BucketIndex | undefined;
  const unplaced: Building[] = [];
  const cap = Math.max(1, relation.maxCompared);
  for (let o = 0; o < order.length; o += 1) {
    const index = order[o] as number;
    const cls = classes[index] as ValueClass;
    const claim = representative(cls);
    const extent = extents[index];
    const buckets = extent === undefined ? relation.buckets?.(claim) : undefined;
    let home: Building | undefined;
    let compared = 0;
    if (extent !== undefined) {
      // leaders whose extents meet [low, high]: low end ≤ high, high end ≥ low
      for (let i = upperBound(placed, extent[1]) - 1, scanned = 0; i >= 0 && compared < cap && scanned < 4 * cap; i -= 1, scanned += 1) {
        const b = placed[i] as Building;
        if ((b.extent as readonly [number, number])[1] < extent[0]) continue;
        compared += 1;
        home = better(home, b, claim, relation);
      }
    }
    if (buckets !== undefined && bucketed !== undefined) {
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
          home = better(home, b, claim, relation);
        }
      }
    }
    for (let i = 0; i < unplaced.length && compared < cap; i += 1) {
      compared += 1;
      home = better(home, unplaced[i] as Building, claim, relation);
    }
    if (extent === undefined && buckets === undefined) {
      // a value with no index (a weekday, a list) may still fit a leader that has one (a date)
      for (let i = 0; i < built.length && compared < cap; i += 1) {
        const b = built[i] as Building;
        if (b.extent === undefined && b.buckets === undefined) continue;
        compared += 1;
        home = better(home, b, claim, relation);
      }
    }
    if (home !== undefined) {
      out.push((first + home.index) * n + index);
      continue;
    }
    out.push((first + built.length) * n + index);
    const b: Building = { index: built.length, leader: cls, extent, buckets };
    built.push(b);
    if (extent !== undefined) placed.splice(upperBound(placed, extent[0]), 0, b);
    else if (buckets !== undefined) {
      bucketed ??= new BucketIndex();
      for (let k = 0; k < buckets.length; k += 1) bucketed.add(buckets[k] as string, b);
    }
    else unplaced.push(b);
  }
  return built.length;
};

/**
 * The classes of each cluster of a partition `clusterPartition` wrote of
 * these classes from `at`, the leader first, in the order of the clusters.
 *
 * @example
 * classesOfPartition(classes, out, 0).map((c) => c.length) // [2, 1]
 */
export const classesOfPartition = (classes: readonly ValueClass[], partition: readonly number[], at: number): readonly (readonly ValueClass[])[] => {
  const n = classes.length;
  const lists: ValueClass[][] = [];
  for (let k = 0; k < n; k += 1) {
    const code = partition[at + k] as number;
    const cluster = Math.floor(code / n);
    const cls = classes[code - cluster * n] as ValueClass;
    if (cluster === lists.length) lists.push([cls]);
    else (lists[cluster] as ValueClass[]).push(cls);
  }
  return lists;
};

/**
 * The classes of each cluster `clusterValues` makes, the leader first, in
 * the same order — without the cluster objects (their claims gathered and
 * sorted, their witnesses listed): for a reader that needs less of each
 * cluster (coverage: `soleWitness`, then `clusterClaims` of a few).
 *
 * @example
 * clusterClasses(classes, relation).map((c) => c.length) // [2, 1]
 */
export const clusterClasses = (classes: readonly ValueClass[], relation: ClusterRelation): readonly (readonly ValueClass[])[] => {
  if (classes.length === 0) return [];
  if (classes.length === 1) return [[classes[0] as ValueClass]];
  const partition: number[] = [];
  clusterPartition(classes, relation, partition);
  return classesOfPartition(classes, partition, 0);
};

/**
 * Cluster value classes. The clusters come in order of support (most
 * witnesses first), each with its classes in the order they joined.
 *
 * @example
 * clusterValues(context.classes(group), relation).map((c) => c.witnesses.length) // [2, 1]
 */
export const clusterValues = (classes: readonly ValueClass[], relation: ClusterRelation): readonly ValueCluster[] => clusterClasses(classes, relation).map(clusterOf);

/**
 * Which of these leaders (one per cluster, in the clusters' order) conflict
 * with another one, as their indices in order: each leader is compared with
 * the first `maxCompared` leaders (all of them, for at most that many).
 *
 * @example
 * disputedLeaders(clusters.map((c) => c.leader), conflict, 64) // [0, 2]
 */
export const disputedLeaders = (
  leaders: readonly GroupClaim[],
  conflict: (a: GroupClaim, b: GroupClaim) => boolean,
  maxCompared: number,
): readonly number[] => {
  const n = leaders.length;
  if (n < 2) return [];
  // Most groups have a few clusters: one flag each, no Set.
  const disputed = new Uint8Array(n);
  const head = Math.min(n, Math.max(1, maxCompared));
  let count = 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < head; j += 1) {
      if (j === i || (j < i && i < head)) continue; // pairs inside the head are seen once
      if (disputed[i] === 1 && disputed[j] === 1) continue;
      if (conflict(leaders[i] as GroupClaim, leaders[j] as GroupClaim)) {
        count += (disputed[i] === 1 ? 0 : 1) + (disputed[j] === 1 ? 0 : 1);
        disputed[i] = 1;
        disputed[j] = 1;
      }
    }
  }
  const indices = new Array<number>(count);
  for (let i = 0, k = 0; i < n; i += 1) if (disputed[i] === 1) indices[k++] = i;
  return indices;
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
  return disputedLeaders(clusters.map((c) => c.leader), conflict, maxCompared).map((i) => clusters[i] as ValueCluster);
};
