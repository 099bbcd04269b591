/**
 * The input and output of truth discovery, as plain data.
 *
 * A `ResolutionProblem` is a list of claim groups (one per canonical subject +
 * predicate, as the reconcile stage forms them): each group holds what every
 * source says. A strategy (`Strategy`) turns it into a `Resolution`: per group,
 * the values ranked by confidence with the preferred one and why; per source,
 * how trustworthy it proved; and, for copy-aware strategies, which pairs of
 * sources look dependent.
 *
 * Source and claim ids are plain strings here so that any stage (the
 * reconciler, a benchmark loader, a test) can build a problem; branded
 * `SourceId` / `ClaimId` values are strings and fit.
 */
import type { Value } from '../model/value.js';

/** One source saying one value in one group. */
export interface Observation {
  readonly sourceId: string;
  /** The claim that says it, when there is one (used in explanations). */
  readonly claimId?: string;
  readonly value: Value;
  /**
   * Canonical string for equality: two observations with the same key say
   * the same thing (for example a normalized author-name list, or an ISO
   * minute). Strategies never compare `value` for equality, only this key.
   */
  readonly valueKey: string;
}

/** What the sources say about one data item (canonical subject + predicate). */
export interface ClaimGroup {
  readonly key: string;
  /**
   * `true` when the predicate has a single true value (one flight has one
   * departure gate): values compete. `false` for multi-valued predicates:
   * each value is judged on its own.
   */
  readonly functional: boolean;
  /**
   * The predicate (attribute) the group is about, when known
   * ("flight.actual-departure"): type-aware strategies estimate a source's
   * reliability per predicate, as sources can be good at one attribute and
   * poor at another.
   */
  readonly predicate?: string;
  readonly observations: readonly Observation[];
}

/**
 * Prior knowledge that two sources are not independent (a declared
 * `derivedFrom`, a syndication agreement, a detected shared text).
 * `probability` is the prior probability that one copies the other.
 */
export interface DependencePrior {
  readonly sources: readonly [string, string];
  readonly probability: number;
  readonly reason?: string;
}

/**
 * What the user knows about a source's reliability in advance ("the
 * airline's own site is authoritative", "this wire service is reliable"):
 * a prior accuracy in [0, 1], worth `strength` items of evidence.
 */
export interface SourcePrior {
  readonly sourceId: string;
  /** Prior accuracy (share of true values) in [0, 1]. */
  readonly trust: number;
  /** How many items of evidence the prior is worth (default 20). */
  readonly strength?: number;
  readonly reason?: string;
}

/** A value the user has checked: the true value of one group (semi-supervised truth discovery). */
export interface LabelledValue {
  readonly groupKey: string;
  readonly valueKey: string;
}

/**
 * What strategies resolve: claim groups, plus what is known in advance —
 * dependent sources (declared copying), trust priors per source, and a few
 * groups whose true value the user has checked.
 */
export interface ResolutionProblem {
  readonly groups: readonly ClaimGroup[];
  readonly dependence?: readonly DependencePrior[];
  readonly sourcePriors?: readonly SourcePrior[];
  readonly labels?: readonly LabelledValue[];
}

/** One source's part in a value's support. */
export interface SupportingSource {
  readonly sourceId: string;
  /** Claims of this source that say the value, sorted. */
  readonly claimIds: readonly string[];
  /**
   * The source's trust (accuracy) as the strategy estimated it for this
   * item, in [0, 1]: its overall trust, or for a per-attribute strategy
   * (`attribute-accu`) its accuracy on this group's predicate.
   */
  readonly trust: number;
  /**
   * How much of a full, independent vote this source's support counted for,
   * in [0, 1]: below 1 when the source split its vote over several values of
   * the group or was discounted as a likely copy.
   */
  readonly voteWeight: number;
  /** Set when the vote was discounted as a likely copy of another supporter. */
  readonly copyOf?: { readonly sourceId: string; readonly probability: number };
}

/** A value of a group with the strategy's confidence that it is true. */
export interface ValueConfidence {
  readonly valueKey: string;
  /** A representative value (the one of the lowest claim / source id). */
  readonly value: Value;
  /** Probability-like confidence in [0, 1]. */
  readonly confidence: number;
  /** The sources that say it, most trusted first. */
  readonly support: readonly SupportingSource[];
}

/** The outcome for one group. */
export interface GroupResolution {
  readonly key: string;
  readonly functional: boolean;
  /**
   * The value the strategy prefers (highest confidence; ties broken by more
   * supporting sources, then by value key). `undefined` for an empty group.
   */
  readonly preferred: ValueConfidence | undefined;
  /** All values, highest confidence first. */
  readonly values: readonly ValueConfidence[];
  /** Why the preferred value won, in words (see `explainPreferred`). */
  readonly explanation: string;
}

/** How trustworthy a source proved. */
export interface SourceTrust {
  readonly sourceId: string;
  /** Estimated accuracy / trustworthiness in [0, 1]. */
  readonly trust: number;
  /** Number of groups the source says something about. */
  readonly groups: number;
}

/** A pair of sources a copy-aware strategy found (or was told) to be dependent. */
export interface DetectedDependence {
  /** The two source ids, sorted. */
  readonly sources: readonly [string, string];
  /** Probability that the two are dependent (either copies the other). */
  readonly probability: number;
  /** Items both sources give a value for. */
  readonly shared: number;
  /** Shared items where both give the same value and it is not the one taken as true. */
  readonly sharedFalse: number;
  /** Items where both give the same value. */
  readonly sameValue: number;
  readonly declared: boolean;
}

/** What a strategy returns: every group resolved, every source's trust, the dependence it found. */
export interface Resolution {
  readonly strategyId: string;
  /** Groups sorted by key. */
  readonly groups: readonly GroupResolution[];
  /** Sources sorted by id. */
  readonly sources: readonly SourceTrust[];
  /** Dependent pairs with probability ≥ 0.5, sorted by source ids. Empty for copy-blind strategies. */
  readonly dependence: readonly DetectedDependence[];
  readonly iterations: number;
  readonly converged: boolean;
}

/** What every strategy declares about itself. */
export interface StrategyMeta {
  readonly description: string;
  /** The paper or page the algorithm follows. */
  readonly reference?: string;
}

/**
 * A pluggable truth-discovery algorithm, like a reconciliation rule: an id,
 * metadata, and a pure function. Strategies are immutable values built by
 * factories (`createTruthFinder({ gamma: 0.3 })`).
 */
export interface Strategy {
  readonly id: string;
  readonly meta: StrategyMeta;
  resolve(problem: ResolutionProblem): Resolution;
}
