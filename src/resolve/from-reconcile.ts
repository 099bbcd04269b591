/**
 * Adapter from the reconcile stage: its claim groups and detected source
 * dependence become a `ResolutionProblem`.
 *
 * The input is described structurally (only the fields used), so this file
 * depends on the reconcile stage's contract, not on its modules.
 */
import type { Predicate } from '../model/predicate.js';
import type { Value } from '../model/value.js';
import type { DependencePrior, ResolutionProblem } from './problem.js';

/** The parts of a reconcile claim group the adapter reads. */
export interface ReconciledGroupLike {
  readonly key: string;
  readonly predicate: string;
  readonly claims: readonly {
    readonly claimId: string;
    readonly sourceId: string;
    readonly value: Value;
    readonly valueKey: string;
    readonly polarity: 'affirmative' | 'negative';
  }[];
}

/** The parts of a reconcile result the adapter reads. */
export interface ReconcileResultLike {
  readonly groups: readonly ReconciledGroupLike[];
  readonly dependence: {
    readonly links: readonly {
      readonly sources: readonly [string, string];
      readonly reasons: readonly { readonly kind: string }[];
    }[];
  };
}

/**
 * How sure a reconcile dependence reason makes us that two sources are one
 * voice: shared passages and a declared derivation are certain (1); citing
 * one another or a common outside report is partial (0.5: the citing source
 * may add its own facts).
 */
const priorFor = (kinds: readonly string[]): number =>
  kinds.some((k) => k === 'shared-passages' || k === 'derived-from') ? 1 : 0.5;

/**
 * Build a resolution problem from a reconcile result. Each affirmative claim
 * is one observation (negative claims — "X is not a member" — are not votes
 * for a value and are left out); a group is functional when its predicate
 * is (unknown predicates count as functional). Every dependence link becomes
 * a prior: 1 for shared passages or a declared derivation, 0.5 for citations.
 *
 * @example
 * const result = createReconciler({ rules: builtinRules() }).reconcile(corpus);
 * const resolution = accuCopy.resolve(problemFromReconcile(result, corpus.predicates));
 */
export const problemFromReconcile = (result: ReconcileResultLike, predicates: readonly Predicate[]): ResolutionProblem => {
  const cardinality = new Map(predicates.map((p) => [p.id as string, p.cardinality] as const));
  const groups = result.groups
    .map((g) => ({
      key: g.key,
      functional: cardinality.get(g.predicate) !== 'multi',
      predicate: g.predicate,
      observations: g.claims
        .filter((c) => c.polarity === 'affirmative')
        .map((c) => ({ sourceId: c.sourceId, claimId: c.claimId, value: c.value, valueKey: c.valueKey })),
    }))
    .filter((g) => g.observations.length > 0);
  const dependence: DependencePrior[] = result.dependence.links.map((l) => {
    const kinds = [...new Set(l.reasons.map((r) => r.kind))].sort();
    return { sources: [l.sources[0], l.sources[1]], probability: priorFor(kinds), reason: kinds.join(', ') };
  });
  return { groups, dependence };
};
