/**
 * What the user knows, compiled against a problem's indexes: trust priors
 * per source and checked (labelled) true values per group. Declared copying
 * is the problem's `dependence` and is read by the copy-aware strategies.
 *
 * How a strategy uses it:
 * - a **label** fixes the group's belief (the labelled value is certain,
 *   the others false) in every round, so the sources that agree or disagree
 *   with it are judged on known ground — the semi-supervised setting of
 *   SLiMFast (Rekatsinas et al., SIGMOD 2017), where a few labelled items
 *   anchor source accuracy;
 * - a **trust prior** is a Beta prior on the source's accuracy worth
 *   `strength` items: accuracy = (Σ confidence + strength · prior) /
 *   (items + strength); for trust scores that are not probabilities
 *   (the fact-finders) the same shrinkage pulls the source's trust towards
 *   `prior` × the largest trust.
 */
import type { CompiledProblem } from './compile-problem.js';
import type { ResolutionProblem } from './problem.js';

/** Default worth of a trust prior, in items of evidence. */
export const DEFAULT_PRIOR_STRENGTH = 20;

/** Labels and priors by index. */
export interface Knowledge {
  /** Per group: the labelled global value index, −2 when the labelled value is none of the group's values, −1 when unlabelled. */
  readonly label: Int32Array;
  readonly labelled: number;
  /** Per source: prior accuracy, NaN when none. */
  readonly prior: Float64Array;
  /** Per source: the prior's worth in items. */
  readonly strength: Float64Array;
  readonly priors: number;
}

/** No knowledge (for strategies called on a bare compiled problem). */
export const noKnowledge = (p: CompiledProblem): Knowledge => ({
  label: new Int32Array(p.groupKeys.length).fill(-1),
  labelled: 0,
  prior: new Float64Array(p.sourceIds.length).fill(Number.NaN),
  strength: new Float64Array(p.sourceIds.length),
  priors: 0,
});

/**
 * Compile a problem's `labels` and `sourcePriors`. Labels for unknown groups
 * and priors for unknown sources are ignored (they constrain nothing).
 */
export const knowledgeOf = (p: CompiledProblem, problem: ResolutionProblem): Knowledge => {
  const k = noKnowledge(p);
  if ((problem.labels?.length ?? 0) === 0 && (problem.sourcePriors?.length ?? 0) === 0) return k;
  let labelled = 0;
  if (problem.labels !== undefined && problem.labels.length > 0) {
    const groupIndex = new Map(p.groupKeys.map((key, g) => [key, g] as const));
    for (const l of problem.labels) {
      const g = groupIndex.get(l.groupKey);
      if (g === undefined) continue;
      let found = -2;
      for (let v = p.groupValueStart[g]!; v < p.groupValueStart[g + 1]!; v++) if (p.valueKeys[v] === l.valueKey) found = v;
      if (k.label[g] === -1) labelled += 1;
      k.label[g] = found;
    }
  }
  let priors = 0;
  if (problem.sourcePriors !== undefined) {
    const sourceIndex = new Map(p.sourceIds.map((id, s) => [id, s] as const));
    for (const sp of problem.sourcePriors) {
      const s = sourceIndex.get(sp.sourceId);
      if (s === undefined || !Number.isFinite(sp.trust)) continue;
      if (Number.isNaN(k.prior[s]!)) priors += 1;
      k.prior[s] = Math.min(1, Math.max(0, sp.trust));
      k.strength[s] = Math.max(0, sp.strength ?? DEFAULT_PRIOR_STRENGTH);
    }
  }
  return { ...k, labelled, priors };
};

/**
 * Accuracy with the source's prior: (correct + strength · prior) / (items + strength),
 * or correct / items without one (`fallback` when there is no evidence at all).
 */
export const accuracyWithPrior = (k: Knowledge, s: number, correct: number, items: number, fallback: number): number => {
  const prior = k.prior[s]!;
  if (Number.isNaN(prior)) return items > 0 ? correct / items : fallback;
  const m = k.strength[s]!;
  return items + m > 0 ? (correct + m * prior) / (items + m) : prior;
};

/** Apply the knowledge to a round's numbers in place. */
export const applyKnowledge = {
  /** Labelled groups: the label gets the largest belief of the round, the other values 0. */
  belief(p: CompiledProblem, k: Knowledge, belief: Float64Array, certain?: number): void {
    if (k.labelled === 0) return;
    let top = certain ?? 0;
    if (certain === undefined) for (let v = 0; v < belief.length; v++) if (belief[v]! > top) top = belief[v]!;
    for (let g = 0; g < k.label.length; g++) {
      const l = k.label[g]!;
      if (l === -1) continue;
      for (let v = p.groupValueStart[g]!; v < p.groupValueStart[g + 1]!; v++) belief[v] = v === l ? top : 0;
    }
  },
  /** Trust scores that are not probabilities: shrink towards prior × the largest trust. */
  trust(p: CompiledProblem, k: Knowledge, trust: Float64Array): void {
    if (k.priors === 0) return;
    let top = 0;
    for (let s = 0; s < trust.length; s++) if (trust[s]! > top) top = trust[s]!;
    if (top === 0) top = 1;
    for (let s = 0; s < trust.length; s++) {
      const prior = k.prior[s]!;
      if (Number.isNaN(prior)) continue;
      const items = p.sourceGroupCount[s]!;
      const m = k.strength[s]!;
      trust[s] = (items * trust[s]! + m * prior * top) / Math.max(1e-12, items + m);
    }
  },
};
