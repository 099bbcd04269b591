/**
 * The rule context of one reconcile run: everything a rule may read — the
 * corpus, the claim groups with their witnesses, source dependence, value
 * comparison — and the per-run caches every rule shares (value classes,
 * value clusters, which clusters are in dispute, mention indexes). Built once
 * per `reconcile(corpus)`; immutable to the rules.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { FindingClaim } from '../model/finding.js';
import { type ClaimId, type SourceId } from '../model/ids.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import { sourceLabels } from '../model/source-labels.js';
import type { Value } from '../model/value.js';
import type { Comparison } from '../values/comparison.js';
import { DIFFERENT_VALUES, type Discrepancy } from '../values/discrepancy.js';
import type { ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import { type ClaimGroup, type GroupClaim, type GroupingObserver, findingClaimOf, groupClaimOf, groupClaims, groupIndexOf, valueEntryOf } from './claim-groups.js';
import { bucketsOf, extentOf } from './columns/value-table.js';
import { type GroupSources, keepGroupSources } from './columns/source-column.js';
import { type GroupSubjects, keepGroupSubjects } from './columns/subject-table.js';
import { type GroupValues, keepGroupValues } from './columns/value-column.js';
import type { CompareValues, EntityResolverLike } from './contract.js';
import { witnessOf } from './dependence/declared-dependence.js';
import type { DependenceLink, SourceDependence } from './dependence/detect-source-dependence.js';
import { entityKeys, namedKeys } from './entity-keys.js';
import type { RuleContext } from './rule.js';
import { createFactsTally, keepGroupFacts } from './rules/group-facts.js';
import { type CoverageFacts, createCoverageTally } from './coverage-facts.js';
import { conflictInScope, fitInScope, representative, type ValueClass, valueClasses } from './rules/value-classes.js';
import { classesOfPartition, clusterClasses, clusterOf, clusterPartition, disputedClusters, disputedLeaders, type ValueCluster } from './value-clusters.js';

/** The group claim a finding claim was made from by a rule context's `findingClaim`, if it was. */
export const originOf = (claim: FindingClaim): GroupClaim | undefined => groupClaimOf(claim);

/**
 * What coverage, the last reader of a run, asks of the groups' clusters:
 * those a rule already had clustered (`cached`), else each cluster's
 * classes (`clusterClasses` of the group's affirmative classes), built and
 * not kept in the context's cache — what it builds dies young instead of
 * being carried to the end of the run, and no cluster object is made. And
 * what value-conflict asks (`disputed`), likewise not kept: of a group it
 * clustered, the run keeps only the partition (a number per class, see
 * `clusterPartition`), from which the clusters are read back without
 * comparing a value again.
 */
export interface ClusterReader {
  /** The group's clusters when a rule asked for them this run, else `undefined`. */
  readonly cached: (group: ClaimGroup) => readonly ValueCluster[] | undefined;
  /** Each cluster's classes, the leader first, in the order of `context.clusters(group)`; not cached. */
  readonly classes: (group: ClaimGroup) => readonly (readonly ValueClass[])[];
  /** `context.disputed(group)`, without keeping the clusters in the context's cache (only the group's partition). */
  readonly disputed: (group: ClaimGroup) => readonly ValueCluster[];
  /** What grouping tallied of each group for coverage (by its place in `context.groups`), made on first use. */
  readonly facts: () => CoverageFacts | undefined;
}

// The contexts `buildContext` made, each with its cluster reader (see `clustersByClass`, `clusterReader`).
const built = new WeakMap<RuleContext, ClusterReader>();

/**
 * Whether `buildContext` made this context, so that its `clusters(group)` is
 * `clusterValues` of the group's affirmative value classes: a group whose
 * claims all share one class key has exactly one cluster, of all its claims
 * (none when they deny), and coverage may count it without building it. A
 * context made elsewhere may cluster otherwise and is always asked.
 */
export const clustersByClass = (context: RuleContext): boolean => built.has(context);

/**
 * The cluster reader of a context `buildContext` made (`undefined` for one
 * made elsewhere, which is asked for `context.clusters(group)`).
 *
 * @example
 * const reader = clusterReader(context);
 * const lists = reader?.cached(group) === undefined ? reader?.classes(group) : undefined;
 */
export const clusterReader = (context: RuleContext): ClusterReader | undefined => built.get(context);

/**
 * `context.clusters(group)`, except that clusters no rule asked for are
 * built and not kept in the context's cache: for a last reader of a run,
 * whose clusters nobody reads again. A context made elsewhere is asked.
 *
 * @example
 * for (const group of context.groups) total += clustersOnce(context, group).length;
 */
export const clustersOnce = (context: RuleContext, group: ClaimGroup): readonly ValueCluster[] => {
  const reader = built.get(context);
  if (reader === undefined) return context.clusters(group);
  return reader.cached(group) ?? reader.classes(group).map(clusterOf);
};

/**
 * `context.disputed(group)`, except that the clusters are not kept in the
 * context's cache: for value-conflict, which reads them once to write its
 * finding (a context made elsewhere is asked). Later readers of the group's
 * clusters get the same clusters from the partition the run keeps.
 *
 * @example
 * const inDispute = disputedOnce(context, group);
 */
export const disputedOnce = (context: RuleContext, group: ClaimGroup): readonly ValueCluster[] => {
  const reader = built.get(context);
  return reader === undefined ? context.disputed(group) : reader.disputed(group);
};

/** What the context is built from. */
export interface ContextInput {
  readonly corpus: Corpus;
  readonly compareValues: CompareValues;
  readonly values: ValueKinds<AnyValue>;
  readonly resolver: EntityResolverLike;
  readonly dependence: SourceDependence;
  /** Clustering compares a value with at most this many clusters. */
  readonly maxCompared: number;
}

/**
 * The rule context of a run.
 *
 * @example
 * const context = buildContext({ corpus, compareValues, values, resolver, dependence, maxCompared: 64 });
 */
export const buildContext = ({ corpus, compareValues, values, resolver, dependence, maxCompared }: ContextInput): RuleContext => {
  let claims: Map<string, Claim> | undefined;
  const sources = new Map<string, SourceDocument>(corpus.sources.map((d) => [d.source.id, d]));
  const predicates = new Map<string, Predicate>(corpus.predicates.map((p) => [p.id, p]));
  const labels = sourceLabels(corpus.sources);
  const groupOf = (id: SourceId): SourceId => dependence.groupOf[id] ?? id;
  const witnessKey = witnessOf(corpus.sources.map((d) => d.source), groupOf);
  const witnesses = new Map<string, string>();
  // The witness of a claim in its source's own voice, one string per source group.
  const ownVoice = new Map<string, string>();
  // The witness of a claim relaying an outlet, by the outlet's name as the claim writes it.
  const relayed = new Map<string, string>();
  // The witness of a claim, asked once per `by` and kept in `memo`; one string per witness, shared by all its claims.
  const witnessBy = (memo: Map<string, string>, by: string, claim: Claim, sourceGroup: SourceId): string => {
    let witness = memo.get(by);
    if (witness === undefined) {
      const key = witnessKey(claim, sourceGroup);
      witness = witnesses.get(key) ?? key;
      witnesses.set(key, witness);
      memo.set(by, witness);
    }
    return witness;
  };
  // The rules' group facts, tallied while each claim is at hand (no walk over the claims later).
  const tally = createFactsTally();
  // And each group's subject id, for name-variant (which reads whether the alias tables know a group's subject).
  let subjects: GroupSubjects | undefined;
  // And what coverage reads of a group of one value class (see `coverage-facts.ts`), and each claim's source index.
  const coverageTally = createCoverageTally();
  let claimSources: GroupSources | undefined;
  // And each claim's value-entry id (name-variant works out the names of each distinct value once).
  let claimValues: GroupValues | undefined;
  const observer: GroupingObserver = {
    claim: (group, claim, source) => {
      tally.claim(group, claim);
      coverageTally.claim(group, claim, source);
    },
    subjects: (found) => void (subjects = found),
    sources: (found) => void (claimSources = found),
    values: (found) => void (claimValues = found),
  };
  const groups = groupClaims(corpus.claims, resolver, values, {
    sourceGroup: groupOf,
    // Own voice: one witness per source group. Relaying an outlet: the outlet it names (the group of the
    // outlet's page when the corpus holds one, see `witnessOf`), whatever source relays it — asked once
    // per outlet, not per claim (folding the outlet's name is the costly part).
    witness: (claim, sourceGroup) => {
      const outlet = claim.attribution?.outlet;
      return outlet === undefined ? witnessBy(ownVoice, sourceGroup, claim, sourceGroup) : witnessBy(relayed, outlet, claim, sourceGroup);
    },
  }, observer);
  // What the run knows of each group, made on first use: in arrays by the group's index for the run's
  // own groups (no hash per lookup; nothing kept per group that nobody asked about), in a Map for a group
  // made elsewhere.
  interface GroupCache {
    classes?: readonly ValueClass[];
    clusters?: readonly ValueCluster[];
    disputed?: readonly ValueCluster[];
  }
  const cacheByIndex = new Array<GroupCache | undefined>(groups.length);
  const foreign = new Map<ClaimGroup, GroupCache>();
  const knownCache = (group: ClaimGroup): GroupCache | undefined => {
    const index = groupIndexOf(group);
    return index >= 0 && groups[index] === group ? cacheByIndex[index] : foreign.get(group);
  };
  const cacheOf = (group: ClaimGroup): GroupCache => {
    const index = groupIndexOf(group);
    if (index >= 0 && groups[index] === group) return (cacheByIndex[index] ??= {});
    let cache = foreign.get(group);
    if (cache === undefined) {
      cache = {};
      foreign.set(group, cache);
    }
    return cache;
  };
  const classes = (group: ClaimGroup): readonly ValueClass[] => {
    const cache = cacheOf(group);
    return (cache.classes ??= valueClasses(group.claims));
  };
  // Clusters of affirmative values: compatible in one scope.
  const compatible = (a: GroupClaim, b: GroupClaim): boolean => fitInScope(a, b, compareValues);
  const conflicting = (a: GroupClaim, b: GroupClaim): boolean => conflictInScope(a, b, compareValues);
  // One options object for the run, not one per call.
  const withResolver = { resolver };
  // What clustering indexes a value by, worked out once per distinct value of the run and kept with its
  // entry in the value table (a claim made elsewhere: asked each time).
  const extent = (value: AnyValue) => values.extent(value);
  const buckets = (value: AnyValue) => values.buckets(value, withResolver);
  const relation = {
    compatible,
    extent: (c: GroupClaim) => {
      const entry = valueEntryOf(c);
      return entry !== undefined ? extentOf(entry, extent) : extent(c.value);
    },
    buckets: (c: GroupClaim) => {
      const entry = valueEntryOf(c);
      return entry !== undefined ? bucketsOf(entry, buckets) : buckets(c.value);
    },
    maxCompared,
    conflicting,
  };
  // The affirmative classes: all of them as they are when none denies (most groups), no filtered copy.
  const affirmative = (all: readonly ValueClass[]): readonly ValueClass[] => {
    for (let i = 0; i < all.length; i += 1) {
      if ((all[i] as ValueClass).claims[0]?.polarity !== 'affirmative') return all.filter((cls) => cls.claims[0]?.polarity === 'affirmative');
    }
    return all;
  };
  // The partitions of the groups a rule clustered without keeping the clusters (`reader.disputed`), by the
  // group's index: where its numbers start in `partitions`, plus one (0: none kept). Made on first use.
  let partitionAt: Int32Array | undefined;
  const partitions: number[] = [];
  const ownIndex = (group: ClaimGroup): number => {
    const index = groupIndexOf(group);
    return index >= 0 && groups[index] === group ? index : -1;
  };
  // Where the partition kept for the group (its index in `groups`, -1 if not this context's) starts, or -1.
  const keptAt = (index: number): number => (partitionAt !== undefined && index >= 0 ? (partitionAt[index] as number) - 1 : -1);
  // Each cluster's classes (the group's affirmative `classes`): read back from the partition kept, else clustered.
  const lists = (group: ClaimGroup, classes: readonly ValueClass[]): readonly (readonly ValueClass[])[] => {
    const at = classes.length > 1 ? keptAt(ownIndex(group)) : -1;
    return at >= 0 ? classesOfPartition(classes, partitions, at) : clusterClasses(classes, relation);
  };
  const clusters = (group: ClaimGroup): readonly ValueCluster[] => {
    const cache = cacheOf(group);
    return (cache.clusters ??= lists(group, affirmative((cache.classes ??= valueClasses(group.claims)))).map(clusterOf));
  };
  // The last reader of a run (coverage) takes what the rules cached and keeps nothing new: what it
  // builds dies young instead of being carried to the end of the run.
  const reader: ClusterReader = {
    cached: (group) => knownCache(group)?.clusters,
    classes: (group) => lists(group, affirmative(knownCache(group)?.classes ?? valueClasses(group.claims))),
    facts: () => coverageTally.facts(groups.length),
    disputed: (group) => {
      const known = knownCache(group);
      if (known?.disputed !== undefined) return known.disputed;
      if (known?.clusters !== undefined) return disputedClusters(known.clusters, conflicting, maxCompared);
      const classes = affirmative(known?.classes ?? valueClasses(group.claims));
      const index = ownIndex(group);
      let found: readonly (readonly ValueClass[])[];
      if (index < 0 || classes.length < 2) found = lists(group, classes);
      else {
        // Clustered once for the run: the partition is kept (a number per class), the clusters are not.
        const kept = keptAt(index);
        const at = kept >= 0 ? kept : partitions.length;
        if (kept < 0) {
          clusterPartition(classes, relation, partitions);
          (partitionAt ??= new Int32Array(groups.length))[index] = at + 1;
        }
        found = classesOfPartition(classes, partitions, at);
      }
      // Only the clusters in dispute are made (their claims gathered, their witnesses listed).
      return disputedLeaders(found.map((cls) => representative(cls[0] as ValueClass)), conflicting, maxCompared).map((i) => clusterOf(found[i] as readonly ValueClass[]));
    },
  };
  const disputed = (group: ClaimGroup): readonly ValueCluster[] => {
    const cache = cacheOf(group);
    return (cache.disputed ??= disputedClusters(clusters(group), conflicting, maxCompared));
  };
  // Only pairs the run's comparison calls a conflict have a gap (an injected compareValues may differ from
  // the kinds); the kind measures it, else the conflict is substantial. The comparison is memoised above.
  const discrepancy = (a: Value, b: Value, comparison?: Comparison): Discrepancy | undefined => {
    if ((comparison ?? compareValues(a, b)).verdict !== 'conflict') return undefined;
    return values.discrepancy(a, b, withResolver) ?? DIFFERENT_VALUES;
  };
  // Built on first use, per source: most runs never ask (only for notes of membership findings).
  let bySource: Map<string, GroupClaim[]> | undefined;
  const mentionIndex = new Map<string, Map<string, GroupClaim[]>>();
  const keyOf = entityKeys();
  const mentionsIn = (sourceId: SourceId, entity: string): readonly GroupClaim[] => {
    if (bySource === undefined) {
      bySource = new Map();
      for (const g of groups) {
        for (const c of g.claims) {
          const list = bySource.get(c.sourceId);
          if (list === undefined) bySource.set(c.sourceId, [c]);
          else list.push(c);
        }
      }
    }
    let index = mentionIndex.get(sourceId);
    if (index === undefined) {
      index = new Map();
      const built = index;
      for (const c of bySource.get(sourceId) ?? []) {
        namedKeys(c, keyOf, (key) => {
          const list = built.get(key);
          if (list === undefined) built.set(key, [c]);
          else if (list[list.length - 1] !== c) list.push(c);
        });
      }
      mentionIndex.set(sourceId, index);
    }
    return index.get(entity) ?? [];
  };
  const claim = (id: ClaimId): Claim => {
    claims ??= new Map<string, Claim>(corpus.claims.map((c) => [c.id, c]));
    return claims.get(id) as Claim;
  };
  const groupSources = new Map<string, readonly SourceId[]>(dependence.groups.map((g) => [g.id, g.sources]));
  const links = new Map<string, DependenceLink[]>();
  for (const link of dependence.links) {
    for (const s of link.sources) {
      const list = links.get(s);
      if (list === undefined) links.set(s, [link]);
      else list.push(link);
    }
  }
  const context = Object.freeze({
    corpus,
    groups,
    dependence,
    compareValues,
    values,
    resolver,
    claim,
    source: (id: SourceId) => sources.get(id),
    predicate: (id) => predicates.get(id),
    sourceLabel: (id: SourceId) => labels.get(id) ?? id,
    entityLabel: (ref) => ref.name,
    sourceGroup: (id: SourceId) => groupSources.get(id) ?? [id],
    linksOf: (id: SourceId) => links.get(id) ?? [],
    findingClaim: findingClaimOf,
    classes,
    clusters,
    disputed,
    discrepancy,
    mentionsIn,
  } satisfies RuleContext);
  built.set(context, reader);
  keepGroupFacts(context, tally.facts(groups.length));
  if (subjects !== undefined) keepGroupSubjects(context, subjects);
  if (claimSources !== undefined) keepGroupSources(context, claimSources);
  if (claimValues !== undefined) keepGroupValues(context, claimValues);
  return context;
};
