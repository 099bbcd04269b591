/**
 * Rules: plain objects `{ id, meta, check }`. `check` reads the rule
 * context (claim groups, source dependence, comparison and alias helpers)
 * and returns finding drafts; the engine gives them ids, severities and a
 * deterministic order. A project adds its own rules by passing more objects
 * to `createReconciler` — there is no registry.
 */
import type { Claim } from '../model/claim.js';
import type { Corpus } from '../model/corpus.js';
import type { FindingClaim, FindingNote, FindingSide } from '../model/finding.js';
import type { Severity } from '../model/message.js';
import type { ClaimId, PredicateId, SourceId } from '../model/ids.js';
import type { Predicate } from '../model/predicate.js';
import type { SourceDocument } from '../model/source.js';
import type { EntityRef } from '../model/value.js';
import type { ClaimGroup, GroupClaim } from './claim-groups.js';
import type { CompareValues, EntityResolverLike } from './contract.js';
import type { DependenceLink, SourceDependence } from './dependence/detect-source-dependence.js';
import type { ValueClass } from './rules/value-classes.js';

/** What a rule is for, how severe its findings are by default, and where it is documented. */
export interface RuleMeta {
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly url?: string;
}

/** What a rule reports before the engine assigns id and final severity. */
export interface FindingDraft {
  /** What sort of problem, e.g. `value-conflict`. */
  readonly kind: string;
  /** What differs and why, in words a person can act on. */
  readonly message: string;
  /** Defaults to the rule's `meta.defaultSeverity`. */
  readonly severity?: Severity;
  /** The claim group the finding is about. */
  readonly key?: { readonly subject: string; readonly predicate: PredicateId };
  readonly sides: readonly FindingSide[];
  readonly related?: readonly FindingNote[];
  readonly sourceGroups?: readonly (readonly SourceId[])[];
  readonly data?: Readonly<Record<string, unknown>>;
  /**
   * Extra identity for the finding id, for findings that are not defined by
   * their claims alone (e.g. the pair of sources of a dependence finding).
   */
  readonly identity?: string;
}

/** Everything a rule may read. All of it is immutable. */
export interface RuleContext {
  readonly corpus: Corpus;
  /** Claim groups by (canonical subject, predicate), sorted by key; claims sorted by id. */
  readonly groups: readonly ClaimGroup[];
  readonly dependence: SourceDependence;
  readonly compareValues: CompareValues;
  readonly resolver: EntityResolverLike;
  /** The claim with this id (every id in `groups` is known). */
  claim(id: ClaimId): Claim;
  source(id: SourceId): SourceDocument | undefined;
  predicate(id: PredicateId): Predicate | undefined;
  /** A short label for messages ("002" for "002_9710c6be1d14500a" when the prefix is unique). */
  sourceLabel(id: SourceId): string;
  /** A display name for an entity: the name the source used. */
  entityLabel(ref: EntityRef): string;
  /** The group's value classes (claims with the same polarity, value and scope), computed once per run. */
  classes(group: ClaimGroup): readonly ValueClass[];
  /** A claim as a finding shows it (first evidence span, canonical value). */
  findingClaim(claim: GroupClaim): FindingClaim;
  /** The dependence links that involve a source. */
  linksOf(id: SourceId): readonly DependenceLink[];
  /** The sources of an independent source group, by group id (a source id). */
  sourceGroup(id: SourceId): readonly SourceId[];
  /** Claims of one source whose subject or value names the entity with this key (see `entityKey`). */
  mentionsIn(sourceId: SourceId, entityKey: string): readonly GroupClaim[];
}

/** A reconciliation rule. */
export interface Rule {
  /** Letters, digits, `.`, `_`, `-`, `:`; unique within a reconciler. */
  readonly id: string;
  readonly meta: RuleMeta;
  check(context: RuleContext): readonly FindingDraft[];
}
