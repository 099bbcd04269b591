/**
 * Claim groups: claims keyed by (canonical subject, predicate). Rules compare
 * claims only inside a group, so the work grows with the number of claims,
 * not with its square.
 */
import type { Claim, Hedge, Polarity, Qualifiers } from '../model/claim.js';
import type { ClaimId, PredicateId, SourceId } from '../model/ids.js';
import type { Value } from '../model/value.js';
import { canonicalValue, valueKey } from './canonical-value.js';
import type { EntityResolverLike } from './contract.js';
import { entityKey, resolveRef } from './entity-key.js';

/** A claim as the rules see it: where it comes from, who witnesses it, its canonical value. */
export interface GroupClaim {
  readonly claimId: ClaimId;
  /** The source of the claim's first evidence span. */
  readonly sourceId: SourceId;
  /** The independent source group of `sourceId`. */
  readonly sourceGroup: SourceId;
  /**
   * The independent witness the claim counts for: `group:<source group id>`,
   * or `outlet:<name>` when the claim is attributed to an outlet outside
   * the corpus ("according to politico.com").
   */
  readonly witness: string;
  /** The value with entity ids resolved. */
  readonly value: Value;
  /** Equal for claims whose values say exactly the same. */
  readonly valueKey: string;
  readonly polarity: Polarity;
  readonly hedge: Hedge;
  readonly qualifiers?: Qualifiers;
}

/** All claims about one (canonical subject, predicate). */
export interface ClaimGroup {
  /** `subject|predicate`. */
  readonly key: string;
  /** The subject's entity id, or `name:<folded name>` when the alias tables do not know it. */
  readonly subject: string;
  /** The subject's canonical name, or the first surface name in claim-id order. */
  readonly subjectName: string;
  readonly predicate: PredicateId;
  /** Sorted by claim id. */
  readonly claims: readonly GroupClaim[];
}

/** How the engine places a claim: its source's group and its witness. */
export interface ClaimPlacement {
  readonly sourceGroup: (sourceId: SourceId) => SourceId;
  readonly witness: (claim: Claim, sourceGroup: SourceId) => string;
}

/**
 * Group claims by canonical subject and predicate. Groups are sorted by key,
 * claims inside a group by id, whatever the input order.
 *
 * @example
 * groupClaims(corpus.claims, resolver, placement).map((g) => g.key) // ['pax-silica|founding-members', …]
 */
export const groupClaims = (
  claims: readonly Claim[],
  resolver: EntityResolverLike,
  placement: ClaimPlacement,
): readonly ClaimGroup[] => {
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byKey = new Map<string, { subject: string; subjectName: string; predicate: PredicateId; claims: GroupClaim[] }>();
  for (const claim of sorted) {
    const subject = resolveRef(claim.subject, resolver);
    const subjectKey = entityKey(subject);
    const key = `${subjectKey}|${claim.predicate}`;
    const sourceId = (claim.evidence[0] as Claim['evidence'][number]).sourceId;
    const sourceGroup = placement.sourceGroup(sourceId);
    const value = canonicalValue(claim.value, resolver);
    const member: GroupClaim = {
      claimId: claim.id,
      sourceId,
      sourceGroup,
      witness: placement.witness(claim, sourceGroup),
      value,
      valueKey: valueKey(value),
      polarity: claim.polarity,
      hedge: claim.hedge,
      ...(claim.qualifiers !== undefined ? { qualifiers: claim.qualifiers } : {}),
    };
    const group = byKey.get(key);
    if (group === undefined) {
      const canonical = subject.id !== undefined ? resolver.canonicalName(subject.id) : undefined;
      byKey.set(key, { subject: subjectKey, subjectName: canonical ?? claim.subject.name, predicate: claim.predicate, claims: [member] });
    } else group.claims.push(member);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => ({ key, ...g }));
};
