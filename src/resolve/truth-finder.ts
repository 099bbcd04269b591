/**
 * TruthFinder (Yin, Han & Yu, "Truth discovery with multiple conflicting
 * information providers on the web", KDD 2007 / TKDE 2008).
 *
 * Iterates two quantities until they settle:
 * - a source's trustworthiness t(w) is the average confidence of the facts it
 *   provides (weighted by its vote share when it gives several values);
 * - a fact's confidence score σ(f) = Σ τ(w) over its providers, with
 *   τ(w) = −ln(1 − t(w)); it is adjusted by the facts it is implied by,
 *   σ*(f) = σ(f) + ρ · Σ_{f' ≠ f} σ(f') · imp(f' → f), where
 *   imp(f' → f) = sim(f', f) − base (negative for unrelated, conflicting
 *   values of a functional group); and turned into a probability with a
 *   dampened logistic s(f) = 1 / (1 + e^{−γ σ*(f)}).
 * Stops when the trust vector's cosine similarity to the previous one
 * changes by less than `tolerance`.
 */
import { buildResolution } from './build-resolution.js';
import { compileProblem } from './compile-problem.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';
import { exactSimilarity, type ValueSimilarity } from './value-similarity.js';

/** Options of `createTruthFinder`; every default is the paper's. */
export interface TruthFinderOptions {
  /** Dampening factor γ of the logistic (paper: 0.3). */
  readonly gamma?: number;
  /** Weight ρ of implication between facts (paper: 0.5). */
  readonly rho?: number;
  /** Similarity below which one fact counts against another (paper: 0.5). */
  readonly baseSimilarity?: number;
  /** Initial trust t0 of every source (paper: 0.9). */
  readonly initialTrust?: number;
  /** Stop when 1 − cos(t_prev, t) < tolerance (paper: 0.001 % change). */
  readonly tolerance?: number;
  readonly maxIterations?: number;
  /** Similarity between two values of a group (default: equal keys only). */
  readonly similarity?: ValueSimilarity;
  /** Strategy id (default `truth-finder`). */
  readonly id?: string;
}

const TRUST_CAP = 1 - 1e-6;

/**
 * Build a TruthFinder strategy.
 *
 * @example
 * const tf = createTruthFinder({ gamma: 0.3, rho: 0.5, similarity: entitySetJaccard });
 * const resolution = tf.resolve(problem);
 */
export const createTruthFinder = (options: TruthFinderOptions = {}): Strategy => {
  const gamma = options.gamma ?? 0.3;
  const rho = options.rho ?? 0.5;
  const base = options.baseSimilarity ?? 0.5;
  const t0 = options.initialTrust ?? 0.9;
  const tolerance = options.tolerance ?? 1e-5;
  const maxIterations = options.maxIterations ?? 50;
  const similarity = options.similarity ?? exactSimilarity;
  const id = options.id ?? 'truth-finder';

  const resolve = (problem: ResolutionProblem): Resolution => {
    const p = compileProblem(problem, similarity);
    const nSources = p.sourceIds.length;
    const nValues = p.valueKeys.length;
    const nVotes = p.voteSource.length;
    let trust = new Float64Array(nSources).fill(t0);
    const confidence = new Float64Array(nValues);
    const sigma = new Float64Array(nValues);
    const tau = new Float64Array(nSources);
    // Per source, its total vote share (the denominator of its trust).
    const shares = new Float64Array(nSources);
    for (let t = 0; t < nVotes; t++) shares[p.voteSource[t]!]! += p.voteWeight[t]!;
    let iterations = 0;
    let converged = false;
    while (iterations < maxIterations) {
      iterations += 1;
      for (let s = 0; s < nSources; s++) tau[s] = -Math.log(1 - Math.min(TRUST_CAP, Math.max(0, trust[s]!)));
      sigma.fill(0);
      for (let t = 0; t < nVotes; t++) sigma[p.voteValue[t]!]! += tau[p.voteSource[t]!]! * p.voteWeight[t]!;
      for (let g = 0; g < p.groupKeys.length; g++) {
        const v0 = p.groupValueStart[g]!;
        const k = p.groupValueStart[g + 1]! - v0;
        const sim = p.similarities[g];
        const functional = p.groupFunctional[g] === 1;
        for (let a = 0; a < k; a++) {
          let adjusted = sigma[v0 + a]!;
          if (functional) {
            for (let b = 0; b < k; b++) {
              if (b === a) continue;
              const x = sim !== undefined ? sim[b * k + a]! : 0;
              adjusted += rho * sigma[v0 + b]! * (x - base);
            }
          }
          confidence[v0 + a] = 1 / (1 + Math.exp(-gamma * adjusted));
        }
      }
      const next = new Float64Array(nSources);
      for (let t = 0; t < nVotes; t++) next[p.voteSource[t]!]! += confidence[p.voteValue[t]!]! * p.voteWeight[t]!;
      for (let s = 0; s < nSources; s++) next[s] = shares[s]! === 0 ? t0 : next[s]! / shares[s]!;
      let dot = 0;
      let na = 0;
      let nb = 0;
      for (let s = 0; s < nSources; s++) {
        dot += trust[s]! * next[s]!;
        na += trust[s]! * trust[s]!;
        nb += next[s]! * next[s]!;
      }
      trust = next;
      const cos = na === 0 || nb === 0 ? 1 : dot / Math.sqrt(na * nb);
      if (1 - cos < tolerance) {
        converged = true;
        break;
      }
    }
    return buildResolution(id, p, { confidence, trust, iterations, converged });
  };

  return Object.freeze({
    id,
    meta: Object.freeze({
      description:
        'TruthFinder: source trust and fact confidence reinforce each other; similar values imply each other, conflicting ones count against each other.',
      reference: 'Yin, Han & Yu, KDD 2007',
    }),
    resolve,
  });
};

/** TruthFinder with the paper's parameters (γ = 0.3, ρ = 0.5, base 0.5, t0 = 0.9) and no value similarity. */
export const truthFinder: Strategy = createTruthFinder();
