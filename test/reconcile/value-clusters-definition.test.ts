/**
 * Clustering, as the engine runs it (`clusterClasses`, then `clusterOf` per
 * cluster; coverage reads `soleWitness` and `clusterClaims` instead of
 * cluster objects), against the plain definition it replaced (below, as it
 * was): the same clusters, class for class and claim for claim, and the same
 * leaders compared in the same order — on random groups of classes with
 * extents, buckets (one, several, repeated, shared), neither, and
 * compatibility that is not transitive, for every cap. And the clusters in
 * dispute against theirs: every cluster whose leader conflicts with the
 * leader of another, in a pair that has one of the first `maxCompared`.
 */
import { describe, expect, it } from 'vitest';
import type { GroupClaim } from '../../src/reconcile/claim-groups.js';
import { compareOrdinal } from '../../src/model/ordinal.js';
import { representative, type ValueClass } from '../../src/reconcile/rules/value-classes.js';
import {
  classesOfPartition,
  clusterClaims,
  clusterClasses,
  clusterOf,
  clusterPartition,
  clusterValues,
  disputedClusters,
  soleWitness,
  type ClusterRelation,
  type ValueCluster,
} from '../../src/reconcile/value-clusters.js';
import { createRandom } from '../tools/bench/seeded-random.js';

// ------------------------------------------------------------ the plain definition (as it was)
const plainWitnessCount = (cls: ValueClass): number => new Set(cls.claims.map((c) => c.witness)).size;

const plainBySupport = (classes: readonly ValueClass[], relation: ClusterRelation): ValueClass[] => {
  const support = classes.map(plainWitnessCount);
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

interface PlainBuilding {
  readonly index: number;
  readonly leader: ValueClass;
  readonly classes: ValueClass[];
  readonly extent: readonly [number, number] | undefined;
  readonly buckets: readonly string[] | undefined;
}

const plainClusters = (classes: readonly ValueClass[], relation: ClusterRelation): readonly ValueCluster[] => {
  const finish = (b: PlainBuilding): ValueCluster => {
    const claims = b.classes.length === 1 ? b.leader.claims : b.classes.flatMap((cls) => cls.claims).sort((x, y) => compareOrdinal(x.claimId, y.claimId));
    const witnesses = [...new Set(claims.map((c) => c.witness))].sort(compareOrdinal);
    return { key: b.leader.key, classes: b.classes, claims, witnesses, leader: representative(b.leader) };
  };
  if (classes.length === 0) return [];
  const built: PlainBuilding[] = [];
  const placed: PlainBuilding[] = [];
  const bucketed = new Map<string, PlainBuilding[]>();
  const unplaced: PlainBuilding[] = [];
  const cap = Math.max(1, relation.maxCompared);
  for (const cls of plainBySupport(classes, relation)) {
    const claim = representative(cls);
    const extent = relation.extent(claim);
    const buckets = extent === undefined ? relation.buckets?.(claim) : undefined;
    let home: PlainBuilding | undefined;
    const consider = (b: PlainBuilding): void => {
      if ((home === undefined || b.index < home.index) && relation.compatible(representative(b.leader), claim)) home = b;
    };
    let compared = 0;
    if (extent !== undefined) {
      // every leader whose extent meets [low, high], highest low end first, as the sorted list gives them
      const meeting = placed.filter((b) => (b.extent as readonly [number, number])[0] <= extent[1]);
      for (let i = meeting.length - 1, scanned = 0; i >= 0 && compared < cap && scanned < 4 * cap; i -= 1, scanned += 1) {
        const b = meeting[i] as PlainBuilding;
        if ((b.extent as readonly [number, number])[1] < extent[0]) continue;
        compared += 1;
        consider(b);
      }
    }
    if (buckets !== undefined) {
      const seen = new Set<PlainBuilding>();
      for (const key of buckets) {
        for (const b of bucketed.get(key) ?? []) {
          if (compared >= cap) break;
          if (seen.has(b)) continue;
          seen.add(b);
          compared += 1;
          consider(b);
        }
      }
    }
    for (const b of unplaced) {
      if (compared >= cap) break;
      compared += 1;
      consider(b);
    }
    if (extent === undefined && buckets === undefined) {
      for (const b of built) {
        if (compared >= cap) break;
        if (b.extent === undefined && b.buckets === undefined) continue;
        compared += 1;
        consider(b);
      }
    }
    if (home !== undefined) {
      home.classes.push(cls);
      continue;
    }
    const b: PlainBuilding = { index: built.length, leader: cls, classes: [cls], extent, buckets };
    built.push(b);
    if (extent !== undefined) {
      // after every leader with a low end at or below this one's (a stable insertion by low end)
      let at = 0;
      while (at < placed.length && ((placed[at] as PlainBuilding).extent as readonly [number, number])[0] <= extent[0]) at += 1;
      placed.splice(at, 0, b);
    } else if (buckets !== undefined) {
      for (const key of new Set(buckets)) bucketed.set(key, [...(bucketed.get(key) ?? []), b]);
    } else unplaced.push(b);
  }
  return built.map(finish);
};

// ------------------------------------------------------------ random groups
type Claim = GroupClaim & { readonly extent?: readonly [number, number]; readonly buckets?: readonly string[]; readonly n: number };

const randomGroup = (random: () => number): { classes: ValueClass[]; relation: (calls: string[]) => ClusterRelation } => {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const count = 1 + Math.floor(random() * (random() < 0.8 ? 6 : 40));
  const style = pick(['extent', 'buckets', 'none', 'mixed'] as const);
  // a few keys (a look along them) or many (past SHORT: a Map)
  const bucketKeys = Array.from({ length: 1 + Math.floor(random() * (random() < 0.5 ? 5 : 30)) }, (_, i) => `b${i}`);
  let id = 0;
  const classes: ValueClass[] = [];
  for (let k = 0; k < count; k += 1) {
    const kind = style === 'mixed' ? pick(['extent', 'buckets', 'none'] as const) : style;
    const low = Math.floor(random() * 20);
    const extent = kind === 'extent' ? ([low, low + Math.floor(random() * 4)] as const) : undefined;
    const buckets = kind === 'buckets' ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(bucketKeys)) : undefined;
    const size = 1 + Math.floor(random() * 4);
    const claims: Claim[] = [];
    for (let i = 0; i < size; i += 1) {
      id += 1;
      claims.push({ claimId: `c${String(Math.floor(random() * 1000)).padStart(4, '0')}-${id}`, witness: `w${Math.floor(random() * 4)}`, sourceId: `s${Math.floor(random() * 3)}`, n: k, ...(extent !== undefined ? { extent } : {}), ...(buckets !== undefined ? { buckets } : {}) } as unknown as Claim);
    }
    claims.sort((x, y) => compareOrdinal(x.claimId, y.claimId));
    classes.push({ key: `k${String(Math.floor(random() * 50)).padStart(2, '0')}-${k}`, claims });
  }
  // Compatibility: a fixed random relation between classes (symmetric or not, not transitive).
  const fits = new Map<string, boolean>();
  const density = random();
  const maxCompared = pick([1, 2, 3, 16]);
  const relation = (calls: string[]): ClusterRelation => ({
    compatible: (a, b) => {
      const pair = `${(a as Claim).n}:${(b as Claim).n}`;
      calls.push(pair);
      let fit = fits.get(pair);
      if (fit === undefined) fits.set(pair, (fit = random() < density));
      return fit;
    },
    extent: (c) => (c as Claim).extent,
    buckets: (c) => (c as Claim).buckets,
    maxCompared,
  });
  return { classes, relation };
};

const shape = (clusters: readonly ValueCluster[]) =>
  clusters.map((c) => ({ key: c.key, classes: c.classes.map((k) => k.key), claims: c.claims.map((x) => x.claimId), witnesses: c.witnesses, leader: c.leader.claimId }));

describe('clusterValues against the plain definition', () => {
  it('gives the same clusters and compares the same leaders in the same order (600 random groups)', () => {
    const random = createRandom(19);
    for (let run = 0; run < 600; run += 1) {
      const { classes, relation } = randomGroup(random);
      const plainCalls: string[] = [];
      const calls: string[] = [];
      const classCalls: string[] = [];
      // The relation answers a pair the same way whichever run asks first (answers are kept per pair).
      const plain = plainClusters(classes, relation(plainCalls));
      const clusters = clusterValues(classes, relation(calls));
      expect(shape(clusters)).toEqual(shape(plain));
      expect(calls).toEqual(plainCalls);
      // clusterClasses, then clusterOf: the same clusters; what coverage reads of them agrees with them.
      const lists = clusterClasses(classes, relation(classCalls));
      expect(classCalls).toEqual(plainCalls);
      expect(shape(lists.map(clusterOf))).toEqual(shape(plain));
      lists.forEach((list, i) => {
        const cluster = plain[i] as ValueCluster;
        expect(soleWitness(list)).toBe(cluster.witnesses.length === 1 ? cluster.witnesses[0] : undefined);
        expect(clusterClaims(list).map((c) => c.claimId)).toEqual(cluster.claims.map((c) => c.claimId));
      });
    }
  });

  it('reads the same clusters back from partitions kept one after another in one array, comparing nothing (300 random groups)', () => {
    const random = createRandom(23);
    const kept: number[] = [];
    const groups: { classes: ValueClass[]; at: number; plain: readonly ValueCluster[] }[] = [];
    for (let run = 0; run < 300; run += 1) {
      const { classes, relation } = randomGroup(random);
      const plain = plainClusters(classes, relation([]));
      const at = kept.length;
      clusterPartition(classes, relation([]), kept);
      expect(kept.length - at).toBe(classes.length);
      groups.push({ classes, at, plain });
    }
    for (const { classes, at, plain } of groups) expect(shape(classesOfPartition(classes, kept, at).map(clusterOf))).toEqual(shape(plain));
  });

  it('finds the clusters in dispute the definition finds (600 random groups, a symmetric conflict)', () => {
    const random = createRandom(29);
    for (let run = 0; run < 600; run += 1) {
      const { classes, relation } = randomGroup(random);
      const clusters = clusterValues(classes, relation([]));
      const density = random();
      const answers = new Map<string, boolean>();
      const conflict = (a: GroupClaim, b: GroupClaim): boolean => {
        const pair = [a.claimId, b.claimId].sort(compareOrdinal).join(' ');
        let answer = answers.get(pair);
        if (answer === undefined) answers.set(pair, (answer = random() < density));
        return answer;
      };
      const maxCompared = 1 + Math.floor(random() * 6);
      const head = clusters.slice(0, Math.max(1, maxCompared));
      // every pair with a cluster of the head in it
      const plain = clusters.filter((c) => clusters.some((o) => o !== c && (head.includes(c) || head.includes(o)) && conflict(c.leader, o.leader)));
      expect(shape(disputedClusters(clusters, conflict, maxCompared))).toEqual(shape(plain));
    }
  });

  it.each([
    { name: 'no classes', classes: 0 },
    { name: 'one class: its claims as they are', classes: 1 },
  ])('$name', ({ classes }) => {
    const claims = [{ claimId: 'c1', witness: 'w' }, { claimId: 'c2', witness: 'v' }] as unknown as GroupClaim[];
    const given: ValueClass[] = classes === 0 ? [] : [{ key: 'k', claims }];
    const relation: ClusterRelation = { compatible: () => true, extent: () => undefined, maxCompared: 16 };
    expect(clusterClasses(given, relation)).toEqual(classes === 0 ? [] : [[given[0]]]);
    if (classes === 1) {
      const [cluster] = clusterValues(given, relation);
      expect(cluster?.claims).toBe(claims);
      expect(cluster?.witnesses).toEqual(['v', 'w']);
      expect(soleWitness(given)).toBeUndefined();
    }
  });
});
