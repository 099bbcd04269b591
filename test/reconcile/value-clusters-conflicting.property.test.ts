/**
 * Clustering with `conflicting` (value-clusters.ts: a vague value that fits
 * two values in conflict with each other is set apart), on random groups —
 * fixed seeds, and seeds fast-check draws afresh each run (a failure prints
 * its seed):
 * - every class is in exactly one cluster, and each joined the leader of its
 *   cluster because the two are compatible;
 * - on a number line (precise values are points, vague ones intervals; two
 *   values conflict when they do not meet), no cluster holds two values in
 *   conflict with each other, precise or vague — a vague bridge is set
 *   apart, and so is a vaguer one that bridges two bridges — as long as the
 *   group has at most `MAX_BRIDGE_ROUNDS` vague values and every leader is
 *   compared (`maxCompared` ≥ the classes);
 * - under any symmetric relation (compatible, conflicting or neither,
 *   pair by pair, at random), the comparisons it asks stay within a bound
 *   linear in the classes: (1 + rounds) placements of at most `maxCompared`
 *   comparisons per class, and per round at most 1.5 · `maxCompared` + 2
 *   per class to find bridges (the + 2: a member of a cluster holding two
 *   values in conflict is asked whether it fits both).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GroupClaim } from '../../src/reconcile/claim-groups.js';
import type { ValueClass } from '../../src/reconcile/rules/value-classes.js';
import { clusterClasses, MAX_BRIDGE_ROUNDS, type ClusterRelation } from '../../src/reconcile/value-clusters.js';
import { createRandom } from '../tools/bench/seeded-random.js';

/** A claim of a random group: its class's index and, on a number line, where its value lies. */
type Claim = GroupClaim & { readonly n: number; readonly line?: readonly [number, number] };

const classOf = (k: number, size: number, random: () => number, line?: readonly [number, number]): ValueClass => {
  const claims: Claim[] = [];
  for (let i = 0; i < size; i += 1) {
    claims.push({ claimId: `c${String(k).padStart(4, '0')}-${i}`, witness: `w${Math.floor(random() * 5)}`, sourceId: `s${i}`, n: k, ...(line !== undefined ? { line } : {}) } as unknown as Claim);
  }
  return { key: `k${String(k).padStart(4, '0')}`, claims };
};

/** Which way a pair of classes is related: a symmetric table, answered once per pair and kept. */
type Verdict = 'compatible' | 'conflict' | 'neither';

/** Counts what clustering asks. */
interface Counted {
  compatible: number;
  conflicting: number;
}

const withCounts = (relation: ClusterRelation, counts: Counted): ClusterRelation => ({
  ...relation,
  compatible: (a, b) => {
    counts.compatible += 1;
    return relation.compatible(a, b);
  },
  ...(relation.conflicting !== undefined
    ? {
        conflicting: (a: GroupClaim, b: GroupClaim) => {
          counts.conflicting += 1;
          return (relation.conflicting as (x: GroupClaim, y: GroupClaim) => boolean)(a, b);
        },
      }
    : {}),
});

// ------------------------------------------------------------ a number line: points and intervals
const lineGroup = (seed: number): { classes: ValueClass[]; relation: ClusterRelation; vague: number } => {
  const random = createRandom(seed);
  const count = 2 + Math.floor(random() * 30);
  const vague = Math.floor(random() * (MAX_BRIDGE_ROUNDS + 1));
  const positions = 2 + Math.floor(random() * 6);
  const classes: ValueClass[] = [];
  for (let k = 0; k < count; k += 1) {
    const isVague = k < vague;
    const low = Math.floor(random() * positions) * 10;
    // a vague value spans one to four positions; a precise one is a point
    const line = isVague ? ([low - Math.floor(random() * 3) * 10 - 5, low + Math.floor(random() * 3) * 10 + 5] as const) : ([low, low] as const);
    // support at random, so vague values lead clusters as often as not
    classes.push(classOf(k, 1 + Math.floor(random() * 4), random, line));
  }
  const at = (c: GroupClaim) => (c as Claim).line as readonly [number, number];
  const meet = (a: GroupClaim, b: GroupClaim) => at(a)[0] <= at(b)[1] && at(b)[0] <= at(a)[1];
  const relation: ClusterRelation = {
    compatible: meet,
    conflicting: (a, b) => !meet(a, b),
    extent: at,
    maxCompared: Math.max(count, 1 + Math.floor(random() * 64)),
  };
  return { classes, relation, vague };
};

/** Every pair of classes of one cluster that conflict (two points, a point and an interval, or two intervals). */
const hiddenConflicts = (clusters: readonly (readonly ValueClass[])[], relation: ClusterRelation): string[] => {
  const found: string[] = [];
  for (const cluster of clusters) {
    for (let i = 0; i < cluster.length; i += 1) {
      for (let j = i + 1; j < cluster.length; j += 1) {
        const [a, b] = [cluster[i] as ValueClass, cluster[j] as ValueClass];
        if (relation.conflicting?.(a.claims[0] as GroupClaim, b.claims[0] as GroupClaim)) found.push(`${a.key} / ${b.key} under ${cluster[0]?.key}`);
      }
    }
  }
  return found;
};

// ------------------------------------------------------------ any symmetric relation
const anyGroup = (seed: number, count: number): { classes: ValueClass[]; relation: ClusterRelation } => {
  const random = createRandom(seed);
  const classes = Array.from({ length: count }, (_, k) => classOf(k, 1 + Math.floor(random() * 3), random));
  const verdicts = new Map<number, Verdict>();
  const [compatibleShare, conflictShare] = [random(), random()];
  const verdict = (a: GroupClaim, b: GroupClaim): Verdict => {
    const [x, y] = [(a as Claim).n, (b as Claim).n];
    if (x === y) return 'compatible';
    const pair = Math.min(x, y) * count + Math.max(x, y);
    let v = verdicts.get(pair);
    if (v === undefined) {
      const r = random();
      v = r < compatibleShare ? 'compatible' : r < compatibleShare + (1 - compatibleShare) * conflictShare ? 'conflict' : 'neither';
      verdicts.set(pair, v);
    }
    return v;
  };
  const relation: ClusterRelation = {
    compatible: (a, b) => verdict(a, b) === 'compatible',
    conflicting: (a, b) => verdict(a, b) === 'conflict',
    extent: () => undefined,
    maxCompared: [1, 2, 4, 16, 64][Math.floor(random() * 5)] as number,
  };
  return { classes, relation };
};

/** Every class in exactly one cluster, joined to a leader it is compatible with. */
const expectPartition = (classes: readonly ValueClass[], clusters: readonly (readonly ValueClass[])[], relation: ClusterRelation): void => {
  const seen = clusters.flat();
  expect(seen).toHaveLength(classes.length);
  expect(new Set(seen).size).toBe(classes.length);
  for (const cls of classes) expect(seen).toContain(cls);
  for (const [leader, ...members] of clusters) {
    for (const member of members) expect(relation.compatible((leader as ValueClass).claims[0] as GroupClaim, member.claims[0] as GroupClaim)).toBe(true);
  }
};

/** The bound on what clustering asks, from the caps the module documents. */
const linearBound = (n: number, maxCompared: number): number => (Math.max(1, maxCompared) * (1 + MAX_BRIDGE_ROUNDS + 1.5 * MAX_BRIDGE_ROUNDS) + 2 * MAX_BRIDGE_ROUNDS) * n;

const FIXED_SEEDS = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233];

describe('value clusters with a conflicting relation', () => {
  /** Checks one group; whether clustering without `conflicting` would have hidden a conflict in it. */
  const checkLine = (seed: number): boolean => {
    const { classes, relation, vague } = lineGroup(seed);
    const clusters = clusterClasses(classes, relation);
    expectPartition(classes, clusters, relation);
    expect(vague).toBeLessThanOrEqual(MAX_BRIDGE_ROUNDS);
    expect(hiddenConflicts(clusters, relation)).toEqual([]);
    const { conflicting: _, ...without } = relation;
    return hiddenConflicts(clusterClasses(classes, without), relation).length > 0;
  };

  it.each(FIXED_SEEDS)('on a number line, no vague bridge hides a conflict (seed %i, and 400 groups from it)', (seed) => {
    let bridged = 0;
    for (let k = 0; k < 400; k += 1) if (checkLine(seed * 1000 + k)) bridged += 1;
    // not vacuous: without `conflicting`, a vague value hides a conflict in many of these groups
    expect(bridged).toBeGreaterThan(40);
  });

  it('on a number line, no vague bridge hides a conflict (seeds drawn at random)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        checkLine(seed);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the bridge in a group that needs it (not vacuous): 96 and 104 stay apart under "about 100"', () => {
    const random = createRandom(7);
    // "about 100" is the best supported, so it leads the first cluster and both points fit it
    const about = classOf(0, 4, random, [90, 110]);
    const [low, high] = [classOf(1, 1, random, [96, 96]), classOf(2, 1, random, [104, 104])];
    const at = (c: GroupClaim) => (c as Claim).line as readonly [number, number];
    const meet = (a: GroupClaim, b: GroupClaim) => at(a)[0] <= at(b)[1] && at(b)[0] <= at(a)[1];
    const relation: ClusterRelation = { compatible: meet, extent: at, maxCompared: 64 };
    expect(clusterClasses([about, low, high], relation).map((c) => c.map((k) => k.key))).toEqual([['k0000', 'k0001', 'k0002']]);
    const apart = clusterClasses([about, low, high], { ...relation, conflicting: (a, b) => !meet(a, b) });
    expect(apart.map((c) => c.map((k) => k.key))).toEqual([['k0001'], ['k0002'], ['k0000']]);
  });

  it('sets apart a vaguer value that bridges two bridges: "about 50" and "around 70" stay apart under "between 40 and 80"', () => {
    const random = createRandom(11);
    // 48 and 52 under "about 50", 68 and 72 under "around 70": both set apart, and both fit "between 40 and 80"
    const [wide, fifty, seventy] = [classOf(0, 3, random, [40, 80]), classOf(1, 2, random, [45, 55]), classOf(2, 2, random, [63, 77])];
    const points = [48, 52, 68, 72].map((x, k) => classOf(3 + k, 1, random, [x, x]));
    const at = (c: GroupClaim) => (c as Claim).line as readonly [number, number];
    const meet = (a: GroupClaim, b: GroupClaim) => at(a)[0] <= at(b)[1] && at(b)[0] <= at(a)[1];
    const relation: ClusterRelation = { compatible: meet, conflicting: (a, b) => !meet(a, b), extent: at, maxCompared: 64 };
    const clusters = clusterClasses([wide, fifty, seventy, ...points], relation).map((c) => c.map((k) => k.key));
    expect(clusters).toEqual([['k0003'], ['k0004'], ['k0005'], ['k0006'], ['k0001'], ['k0002'], ['k0000']]);
  });

  const checkAny = (seed: number, count: number): void => {
    const { classes, relation } = anyGroup(seed, count);
    const counts: Counted = { compatible: 0, conflicting: 0 };
    const clusters = clusterClasses(classes, withCounts(relation, counts));
    expectPartition(classes, clusters, relation);
    expect(counts.compatible + counts.conflicting).toBeLessThanOrEqual(linearBound(classes.length, relation.maxCompared));
    // the same clusters when asked again (the relation's answers are kept per pair)
    expect(clusterClasses(classes, relation)).toEqual(clusters);
  };

  it.each(FIXED_SEEDS)('under any symmetric relation, a partition within a linear number of comparisons (seed %i, 200 groups)', (seed) => {
    for (let k = 0; k < 200; k += 1) checkAny(seed * 1000 + k, 2 + ((seed + k) % 40));
  });

  it('under any symmetric relation, a partition within a linear number of comparisons (seeds drawn at random)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 2, max: 80 }), (seed, count) => checkAny(seed, count)),
      { numRuns: 300 },
    );
  });

  it.each([500, 2000, 8000])('asks a number of comparisons that grows with the classes, not their square (%i classes, maxCompared 16)', (count) => {
    const { classes, relation } = anyGroup(99, count);
    const counts: Counted = { compatible: 0, conflicting: 0 };
    clusterClasses(classes, withCounts({ ...relation, maxCompared: 16 }, counts));
    const asked = counts.compatible + counts.conflicting;
    expect(asked).toBeLessThanOrEqual(linearBound(count, 16));
    expect(asked).toBeLessThan((count * count) / 8);
  });
});
