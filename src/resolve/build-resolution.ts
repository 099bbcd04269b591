/**
 * Turns a strategy's numbers (confidence per value, trust per source, vote
 * discounts) into the plain `Resolution` every strategy returns.
 */
import type { CompiledProblem } from './compile-problem.js';
import { explainPreferred } from './explain.js';
import type {
  DetectedDependence,
  GroupResolution,
  Resolution,
  SupportingSource,
  ValueConfidence,
} from './problem.js';

/** A discount applied to one provider's vote for one value. */
export interface VoteDiscount {
  /** Multiplier in [0, 1] applied on top of the split weight. */
  readonly factor: number;
  /** The earlier supporter it most likely copies, with that probability. */
  readonly copyOf?: { readonly source: number; readonly probability: number };
}

/** The raw numbers a strategy computed, indexed like its `CompiledProblem`. */
export interface StrategyNumbers {
  /** Per group, per value (in compiled order), the confidence in [0, 1]. */
  readonly confidence: readonly ArrayLike<number>[];
  /** Per source index, trust in [0, 1]. */
  readonly trust: ArrayLike<number>;
  /** Per group, per value, per provider position: discount (absent = none). */
  readonly discount?: (group: number, value: number, provider: number) => VoteDiscount | undefined;
  readonly dependence?: readonly DetectedDependence[];
  readonly iterations: number;
  readonly converged: boolean;
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Assemble the `Resolution` (sorted, explained) from a strategy's numbers. */
export const buildResolution = (strategyId: string, p: CompiledProblem, n: StrategyNumbers): Resolution => {
  const groups: GroupResolution[] = p.groups.map((g, gi) => {
    const conf = n.confidence[gi]!;
    const values: ValueConfidence[] = g.values.map((v, vi) => {
      const support: SupportingSource[] = v.providers.map((s, k) => {
        const d = n.discount?.(gi, vi, k);
        const base = {
          sourceId: p.sourceIds[s]!,
          claimIds: v.claimIds[k]!,
          trust: clamp01(n.trust[s]!),
          voteWeight: clamp01(v.weights[k]! * (d?.factor ?? 1)),
        };
        return d?.copyOf !== undefined
          ? { ...base, copyOf: { sourceId: p.sourceIds[d.copyOf.source]!, probability: clamp01(d.copyOf.probability) } }
          : base;
      });
      support.sort((a, b) => b.trust - a.trust || (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
      return { valueKey: v.key, value: v.value, confidence: clamp01(conf[vi]!), support };
    });
    const weightOf = (v: ValueConfidence): number => v.support.reduce((acc, s) => acc + s.voteWeight, 0);
    values.sort(
      (a, b) =>
        b.confidence - a.confidence ||
        weightOf(b) - weightOf(a) ||
        (a.valueKey < b.valueKey ? -1 : a.valueKey > b.valueKey ? 1 : 0),
    );
    return {
      key: g.key,
      functional: g.functional,
      preferred: values[0],
      values,
      explanation: explainPreferred(values),
    };
  });
  const sources = p.sourceIds.map((id, s) => ({
    sourceId: id,
    trust: clamp01(n.trust[s]!),
    groups: new Set(p.entries[s]!.map((e) => e.group)).size,
  }));
  return {
    strategyId,
    groups,
    sources,
    dependence: n.dependence ?? [],
    iterations: n.iterations,
    converged: n.converged,
  };
};
