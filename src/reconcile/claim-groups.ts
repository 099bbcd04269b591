/**
 * Claim groups: claims keyed by (canonical subject, predicate). Rules compare
 * claims only inside a group, so the work grows with the number of claims,
 * not with its square.
 */
import type { Attribution, Claim, Hedge, Polarity, Qualifiers } from '../model/claim.js';
import type { FindingClaim } from '../model/finding.js';
import type { Span } from '../model/span.js';
import type { ClaimId, PredicateId, SourceId } from '../model/ids.js';
import type { Value } from '../model/value.js';
import type { ValueKinds } from '../values/registry.js';
import type { AnyValue } from '../values/value-kind.js';
import type { EntityResolverLike } from './contract.js';
import { nameKey } from '../normalize/name-key.js';
import { byOrdinal } from '../model/ordinal.js';
import { flattened } from './flat-string.js';
import { entityKeys } from './entity-keys.js';

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
  /** Equal for claims with the same polarity, value and scope (time and place qualifiers). */
  readonly classKey: string;
  readonly polarity: Polarity;
  readonly hedge: Hedge;
  /** Time, place, context; `undefined` when the claim has none (every field is always present: one object shape). */
  readonly qualifiers: Qualifiers | undefined;
  /** Who the source says asserts it; `undefined` when the source speaks in its own voice. */
  readonly attribution: Attribution | undefined;
  /** The subject's key (canonical entity id or `name:<folded>`), as in the group key. */
  readonly subject: string;
  /** The subject as the claim names it. */
  readonly subjectName: string;
  /** The claim's predicate (its group's). */
  readonly predicate: PredicateId;
  /** The claim's first evidence span (the one a finding shows). */
  readonly span: Span;
}

/** A group claim as a finding or the coverage table shows it: id, source, first evidence span, canonical value. */
export const toFindingClaim = (c: GroupClaim): FindingClaim => ({ claimId: c.claimId, sourceId: c.sourceId, span: c.span, value: c.value });

/**
 * The finding claim of a group claim made by `groupClaims`: exactly the four
 * fields of `FindingClaim` (JSON, equality and schema see nothing else), and
 * a private way back to its group claim, so that assembling findings reads a
 * claim's witness, source group and value key without an index of the corpus.
 */
class SharedFindingClaim implements FindingClaim {
  readonly claimId: ClaimId;
  readonly sourceId: SourceId;
  readonly span: Span;
  readonly value: Value;
  readonly #origin: GroupClaim;
  constructor(origin: GroupClaim) {
    this.claimId = origin.claimId;
    this.sourceId = origin.sourceId;
    this.span = origin.span;
    this.value = origin.value;
    this.#origin = origin;
  }
  static originOf(claim: FindingClaim): GroupClaim | undefined {
    return #origin in claim ? (claim as SharedFindingClaim).#origin : undefined;
  }
}

/**
 * A group claim as `groupClaims` builds it: the fields of `GroupClaim`, and
 * the one finding claim made from it (made on first use, then shared by
 * every finding and coverage row that shows the claim, instead of a copy
 * each).
 */
class GroupClaimRecord implements GroupClaim {
  #finding: FindingClaim | undefined = undefined;
  constructor(
    readonly claimId: ClaimId,
    readonly sourceId: SourceId,
    readonly sourceGroup: SourceId,
    readonly witness: string,
    readonly value: Value,
    readonly valueKey: string,
    readonly classKey: string,
    readonly polarity: Polarity,
    readonly hedge: Hedge,
    readonly qualifiers: Qualifiers | undefined,
    readonly attribution: Attribution | undefined,
    readonly subject: string,
    readonly subjectName: string,
    readonly predicate: PredicateId,
    readonly span: Span,
  ) {}
  static findingClaimOf(claim: GroupClaim): FindingClaim {
    if (!(claim instanceof GroupClaimRecord)) return new SharedFindingClaim(claim);
    claim.#finding ??= new SharedFindingClaim(claim);
    return claim.#finding;
  }
}

/**
 * The finding claim of a group claim: one object per claim of a run, shared by
 * every finding and coverage row that shows it (a group claim made elsewhere
 * gets a new one each time).
 *
 * @example
 * findingClaimOf(group.claims[0]) === findingClaimOf(group.claims[0]) // true
 */
export const findingClaimOf = (claim: GroupClaim): FindingClaim => GroupClaimRecord.findingClaimOf(claim);

/** The group claim a finding claim was made from by `findingClaimOf`, if it was. */
export const groupClaimOf = (claim: FindingClaim): GroupClaim | undefined => SharedFindingClaim.originOf(claim);

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
  /** A claim not attributed to an outlet (`attribution.outlet`) must get the same witness as any other of its source group. */
  readonly witness: (claim: Claim, sourceGroup: SourceId) => string;
}

/**
 * Group claims by canonical subject and predicate. Groups are sorted by key,
 * claims inside a group by id, whatever the input order.
 *
 * @example
 * groupClaims(corpus.claims, resolver, valueKinds, placement).map((g) => g.key) // ['pax-silica|founding-members', …]
 */
export const groupClaims = (
  claims: readonly Claim[],
  resolver: EntityResolverLike,
  values: ValueKinds<AnyValue>,
  placement: ClaimPlacement,
): readonly ClaimGroup[] => {
  // Names repeat across a corpus: fold each distinct name once per run.
  const keyOf = entityKeys();
  // Claims repeat values: one string per distinct value key (less memory; equal keys are one object).
  const keys = new Map<string, string>();
  const interned = (key: string): string => {
    const known = keys.get(key);
    if (known !== undefined) return known;
    const kept = flattened(key);
    keys.set(kept, kept);
    return kept;
  };
  type Building = { key: string; subject: string; subjectName: string; predicate: PredicateId; claims: GroupClaim[] };
  // By subject, then predicate: no key string is built per claim, only per group.
  const bySubject = new Map<string, Map<string, Building>>();
  const built: Building[] = [];
  let lastSource: SourceId | undefined;
  let lastGroup = '' as SourceId;
  let lastOwnVoice: string | undefined;
  for (const claim of claims) {
    const subjectId = claim.subject.id ?? resolver.resolve(claim.subject.name);
    const subjectKey = subjectId ?? keyOf(claim.subject);
    const span = claim.evidence[0] as Span;
    const sourceId = span.sourceId;
    // Claims come source by source: the previous claim's source group and own-voice witness usually serve.
    if (sourceId !== lastSource) {
      lastSource = sourceId;
      lastGroup = placement.sourceGroup(sourceId);
      lastOwnVoice = undefined;
    }
    const sourceGroup = lastGroup;
    let witness: string;
    if (claim.attribution?.outlet === undefined) witness = lastOwnVoice ??= placement.witness(claim, sourceGroup);
    else witness = placement.witness(claim, sourceGroup);
    const value = values.canonical(claim.value, (name) => resolver.resolve(name)) as Value;
    const vk = interned(values.key(value, keyOf));
    const time = claim.qualifiers?.time;
    const place = claim.qualifiers?.place;
    const member: GroupClaim = new GroupClaimRecord(
      claim.id,
      sourceId,
      sourceGroup,
      witness,
      value,
      vk,
      // Most claims are affirmative and unqualified: their class key is the value key itself (one string, shared).
      claim.polarity === 'affirmative' && time === undefined && place === undefined
        ? vk
        : interned(`${claim.polarity === 'negative' ? '!' : ''}${vk}\u0000${time !== undefined ? values.key(time) : ''}|${place !== undefined ? nameKey(place) : ''}`),
      claim.polarity,
      claim.hedge,
      claim.qualifiers,
      claim.attribution,
      subjectKey,
      claim.subject.name,
      claim.predicate,
      span,
    );
    let predicates = bySubject.get(subjectKey);
    if (predicates === undefined) {
      predicates = new Map();
      bySubject.set(subjectKey, predicates);
    }
    const group = predicates.get(claim.predicate);
    if (group === undefined) {
      const canonical = subjectId !== undefined ? resolver.canonicalName(subjectId) : undefined;
      const created: Building = { key: flattened(`${subjectKey}|${claim.predicate}`), subject: subjectKey, subjectName: canonical ?? '', predicate: claim.predicate, claims: [member] };
      predicates.set(claim.predicate, created);
      built.push(created);
    } else group.claims.push(member);
  }
  // Sort inside each group (small arrays), then the groups: cheaper than sorting every claim.
  const byId = byOrdinal((c: GroupClaim) => c.claimId);
  const inOrder = (list: readonly GroupClaim[]): boolean => {
    for (let i = 1; i < list.length; i += 1) if ((list[i - 1] as GroupClaim).claimId > (list[i] as GroupClaim).claimId) return false;
    return true;
  };
  const groups = built.sort(byOrdinal((g) => g.key));
  for (const g of groups) {
    // Claims usually arrive in id order; `slice` keeps an exact-size array (one grown by `push` has room for 17).
    if (g.claims.length > 1) {
      if (!inOrder(g.claims)) g.claims.sort(byId);
      g.claims = g.claims.slice();
    }
    if (g.subjectName === '') g.subjectName = (g.claims[0] as GroupClaim).subjectName;
  }
  return groups;
};
