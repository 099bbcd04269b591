/**
 * Coverage: how much of what the corpus says more than one independent
 * witness backs. A value only one witness gives is not a conflict — it is
 * what to corroborate before relying on it — so it is counted and listed
 * here (the report's table, `check`'s count), not reported as a finding
 * unless the `uncorroborated` rule is turned on.
 *
 * Values are the value clusters of each claim group (values that can all be
 * true at once corroborate each other), and witnesses are independent
 * source groups, or the outside outlet a claim is attributed to: two pages
 * relaying politico.com are one witness.
 */
import type { FindingClaim } from '../model/finding.js';
import type { PredicateId, SourceId } from '../model/ids.js';
import type { Value } from '../model/value.js';
import { type ClaimGroup, type GroupClaim, findingClaimOf } from './claim-groups.js';
import type { RuleContext } from './rule.js';
import { clusterClaims, soleWitness, type ValueCluster } from './value-clusters.js';
import { type ClusterReader, clusterReader } from './rule-context.js';
import { MANY_SOURCES, MANY_WITNESSES, UNTOLD } from './coverage-facts.js';
import { groupFacts, saysOneThing } from './rules/group-facts.js';
import { representative, type ValueClass } from './rules/value-classes.js';
import { onlySource, sourcesOf } from './claim-sources.js';

/** A value (cluster) only one independent witness gives. */
export interface SingleSourceValue {
  /** The claim group. */
  readonly key: { readonly subject: string; readonly predicate: PredicateId };
  /** The subject as the report names it. */
  readonly subjectName: string;
  /** The cluster's representative value. */
  readonly value: Value;
  /** Its claims. */
  readonly claims: readonly FindingClaim[];
  /** Its sources, sorted (more than one when they count as one witness). */
  readonly sources: readonly SourceId[];
  /** The one witness: `group:<source group>` or `outlet:<outside outlet>`. */
  readonly witness: string;
}

/** How well the corpus's values are corroborated. */
export interface Coverage {
  /** Claim groups (subject + predicate). */
  readonly groups: number;
  /** Distinct values (value clusters of affirmative claims) over all groups. */
  readonly values: number;
  /** Values at least two independent witnesses give. */
  readonly corroborated: number;
  /** Values one independent witness gives, in group order. */
  readonly singleSource: readonly SingleSourceValue[];
}

/** The value clusters of a group that one witness alone backs. */
export const singleSourceClusters = (context: RuleContext, group: ClaimGroup): readonly ValueCluster[] =>
  context.clusters(group).filter((cluster) => cluster.witnesses.length === 1);

/**
 * The coverage of a reconcile run.
 *
 * @example
 * const { singleSource, corroborated, values } = coverageOf(context);
 */
export const coverageOf = (context: RuleContext): Coverage => {
  let values = 0;
  let corroborated = 0;
  const singleSource: SingleSourceValue[] = [];
  // A value one source gives (most rows): one array of that source for the run, shared by its rows.
  const onlySources = new Map<SourceId, readonly SourceId[]>();
  const sharedSource = (only: SourceId): readonly SourceId[] => {
    let sources = onlySources.get(only);
    if (sources === undefined) {
      sources = [only];
      onlySources.set(only, sources);
    }
    return sources;
  };
  const rowSources = (claims: readonly GroupClaim[]): readonly SourceId[] => {
    const only = onlySource(claims);
    return only === undefined ? sourcesOf(claims) : sharedSource(only);
  };
  // Most groups' claims all affirm one value class (the group facts tell): its one cluster is all the group's
  // claims. What grouping tallied says whether one witness gives them (most: no, and their claims are not read
  // again), else they are read.
  const reader = clusterReader(context);
  const facts = reader?.facts();
  const says = facts !== undefined ? groupFacts(context) : undefined;
  const groups = context.groups;
  for (let g = 0; g < groups.length; g += 1) {
    const group = groups[g] as ClaimGroup;
    const claims = group.claims;
    if (facts !== undefined && claims.length > 0 && saysOneThing((says as Uint8Array)[g] as number) && ((facts.bits[g] as number) & UNTOLD) === 0) {
      const bits = facts.bits[g] as number;
      values += 1;
      if ((bits & MANY_WITNESSES) !== 0) {
        corroborated += 1;
        continue;
      }
      singleSource.push({
        key: { subject: group.subject, predicate: group.predicate },
        subjectName: group.subjectName,
        value: (claims[0] as GroupClaim).value,
        claims: claims.map(findingClaimOf),
        sources: (bits & MANY_SOURCES) === 0 ? (facts.sources[g] as readonly SourceId[]) : sourcesOf(claims),
        witness: facts.witness[g] as string,
      });
      continue;
    }
    // One key object per group, shared by its rows.
    let key: SingleSourceValue['key'] | undefined;
    const cached = reader !== undefined ? reader.cached(group) : context.clusters(group);
    if (cached === undefined) {
      // Clusters no rule asked for: each one's classes, and a row only for those one witness gives.
      for (const classes of (reader as ClusterReader).classes(group)) {
        values += 1;
        const witness = soleWitness(classes);
        if (witness === undefined) {
          corroborated += 1;
          continue;
        }
        const clustered = clusterClaims(classes);
        singleSource.push({
          key: (key ??= { subject: group.subject, predicate: group.predicate }),
          subjectName: group.subjectName,
          value: representative(classes[0] as ValueClass).value,
          claims: clustered.map(findingClaimOf),
          sources: rowSources(clustered),
          witness,
        });
      }
      continue;
    }
    for (const cluster of cached) {
      values += 1;
      if (cluster.witnesses.length > 1) {
        corroborated += 1;
        continue;
      }
      singleSource.push({
        key: (key ??= { subject: group.subject, predicate: group.predicate }),
        subjectName: group.subjectName,
        value: cluster.leader.value,
        // The run's one finding claim per claim, shared with the findings that show it.
        claims: cluster.claims.map(findingClaimOf),
        sources: rowSources(cluster.claims),
        witness: cluster.witnesses[0] as string,
      });
    }
  }
  return { groups: context.groups.length, values, corroborated, singleSource };
};
