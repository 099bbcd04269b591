/**
 * CRH and CATD: truth discovery as the optimization of weighted, type-aware
 * losses (see `typed-loss.ts`).
 *
 * **CRH** (Li, Li, Gao, Su, Zhao, Fan & Han, "Resolving conflicts in
 * heterogeneous data by truth discovery and source reliability
 * estimation", SIGMOD 2014). Minimize Σ_k w_k Σ_i d(v_ik, v*_i) subject to
 * Σ_k e^{−w_k} = 1. Alternating: truths given weights (weighted vote for
 * categorical data, weighted median for numbers and times), then weights
 * given truths, w_k = −log(L_k / Σ_k' L_k'), where L_k is source k's total
 * loss.
 *
 * **CATD** (Li, Li, Gao, Zhao, Fan & Han, "A confidence-aware approach for
 * truth discovery on long-tail data", PVLDB 8(4), 2015). A source's weight
 * is the inverse of the upper end of the (1 − α) confidence interval of its
 * error variance, w_k = χ²_{α/2}(N_k) / Σ_i d(v_ik, v*_i)², so a source with
 * few claims is not trusted for being right on all three of them; α = 0.05.
 * (The paper's truth for numbers is the weighted mean; here, as in CRH, it
 * is the weighted median so that the truth is a value some source gave.)
 *
 * Both stop when no group's truth changes, after at most 20 rounds; labelled
 * groups keep their label as truth, and a trust prior counts as `strength`
 * items with loss (1 − prior).
 */
import { buildResolution } from './build-resolution.js';
import { compileProblem, type CompiledProblem } from './compile-problem.js';
import { chiSquaredQuantile } from './chi-squared.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';
import { lossBetween, scoreValues, typedValues, type NumericValue, type TypedValues } from './typed-loss.js';
import { applyKnowledge, knowledgeOf, type Knowledge } from './user-knowledge.js';
import { bestValues } from './value-scores.js';

/** The two methods. */
export type LossMethod = 'crh' | 'catd';

/** Options of `createLossWeighted`. */
export interface LossWeightedOptions {
  readonly method: LossMethod;
  /** Strategy id (default the method). */
  readonly id?: string;
  /** How values are read as numbers (default `defaultNumericValue`). */
  readonly numericValue?: NumericValue;
  /** CATD's significance level (paper: 0.05). */
  readonly alpha?: number;
  readonly maxIterations?: number;
}

const EPS = 1e-9;

/** Per source, (total loss, total squared loss, claims) against the current truths. */
const sourceLosses = (p: CompiledProblem, tv: TypedValues, truth: Int32Array, k: Knowledge): { loss: Float64Array; sq: Float64Array; items: Float64Array } => {
  const n = p.sourceIds.length;
  const loss = new Float64Array(n);
  const sq = new Float64Array(n);
  const items = new Float64Array(n);
  for (let t = 0; t < p.voteSource.length; t++) {
    const s = p.voteSource[t]!;
    const v = p.voteValue[t]!;
    const g = p.valueGroup[v]!;
    const label = k.label[g]!;
    const tr = label >= 0 ? label : label === -2 ? -1 : truth[g]!;
    const d = tr < 0 ? 1 : Math.min(lossBetween(tv, g, v, tr), 10);
    const w = p.voteWeight[t]!;
    loss[s]! += w * d;
    sq[s]! += w * d * d;
    items[s]! += w;
  }
  for (let s = 0; s < n; s++) {
    const prior = k.prior[s]!;
    if (Number.isNaN(prior)) continue;
    const m = k.strength[s]!;
    loss[s]! += m * (1 - prior);
    sq[s]! += m * (1 - prior);
    items[s]! += m;
  }
  return { loss, sq, items };
};

/** Run CRH or CATD on a compiled problem. */
export const runLossWeighted = (
  p: CompiledProblem,
  options: LossWeightedOptions,
  knowledge: Knowledge,
): { readonly confidence: Float64Array; readonly weight: Float64Array; readonly iterations: number; readonly converged: boolean } => {
  const tv = typedValues(p, options.numericValue);
  const alpha = options.alpha ?? 0.05;
  const maxIterations = options.maxIterations ?? 20;
  const n = p.sourceIds.length;
  let weight: Float64Array = new Float64Array(n).fill(1);
  const confidence = scoreValues(p, tv, weight);
  applyKnowledge.belief(p, knowledge, confidence, 1);
  let truth = bestValues(p, confidence);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations += 1;
    const { loss, sq, items } = sourceLosses(p, tv, truth, knowledge);
    weight = new Float64Array(n);
    if (options.method === 'crh') {
      let total = 0;
      for (let s = 0; s < n; s++) total += loss[s]!;
      for (let s = 0; s < n; s++) weight[s] = Math.max(0, -Math.log((loss[s]! + EPS) / (total + EPS * n)));
    } else {
      for (let s = 0; s < n; s++) weight[s] = chiSquaredQuantile(alpha / 2, Math.max(items[s]!, EPS)) / (sq[s]! + 0.5);
    }
    scoreValues(p, tv, weight, confidence);
    applyKnowledge.belief(p, knowledge, confidence, 1);
    const next = bestValues(p, confidence);
    let changed = false;
    for (let g = 0; g < next.length && !changed; g++) if (next[g] !== truth[g]) changed = true;
    truth = next;
    if (!changed) {
      converged = true;
      break;
    }
  }
  let top = 0;
  for (let s = 0; s < n; s++) top = Math.max(top, weight[s]!);
  const trust = Float64Array.from(weight, (w) => (top > 0 ? w / top : 0));
  return { confidence, weight: trust, iterations, converged };
};

const META: Readonly<Record<LossMethod, { description: string; reference: string }>> = {
  crh: {
    description:
      'CRH: source weights and truths minimize the weighted loss; 0-1 loss for categorical values, normalized absolute distance for numbers and times (weighted median).',
    reference: 'Li, Li, Gao, Su, Zhao, Fan & Han, "Resolving conflicts in heterogeneous data by truth discovery and source reliability estimation", SIGMOD 2014',
  },
  catd: {
    description:
      'CATD: like CRH, but a source\'s weight is a confidence bound on its error variance (chi-squared), so sources with few claims are not over-trusted.',
    reference: 'Li, Li, Gao, Zhao, Fan & Han, "A confidence-aware approach for truth discovery on long-tail data", PVLDB 2015',
  },
};

/**
 * Build CRH or CATD.
 *
 * @example
 * const crh = createLossWeighted({ method: 'crh' });
 * crh.resolve(problem).groups[0]?.preferred?.valueKey; // times: the weighted median minute
 */
export const createLossWeighted = (options: LossWeightedOptions): Strategy => {
  const id = options.id ?? options.method;
  const resolve = (problem: ResolutionProblem): Resolution => {
    const p = compileProblem(problem);
    const r = runLossWeighted(p, options, knowledgeOf(p, problem));
    return buildResolution(id, p, { confidence: r.confidence, trust: r.weight, iterations: r.iterations, converged: r.converged });
  };
  return Object.freeze({ id, meta: Object.freeze({ ...META[options.method] }), resolve });
};

/** CRH with the paper's losses. */
export const crh: Strategy = createLossWeighted({ method: 'crh' });
/** CATD, α = 0.05. */
export const catd: Strategy = createLossWeighted({ method: 'catd' });
