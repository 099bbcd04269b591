/**
 * ACCU and its copy-aware form (Dong, Berti-Equille & Srivastava,
 * "Integrating conflicting data: the role of source dependence", PVLDB 2009;
 * AccuCopy in Li et al., "Truth finding on the deep web", PVLDB 2012).
 *
 * A Bayesian model of source accuracy. Each item has one true value and n
 * false ones, equally likely. A source with accuracy A(S) votes
 * A'(S) = ln(n·A(S) / (1 − A(S))) for the value it gives; a value's vote
 * count C(v) is the sum of its providers' votes and
 * P(v) = e^{C(v)} / Σ_{v'} e^{C(v')} over the item's n + 1 possible values
 * (unobserved values have C = 0). A(S) is then the average P of the values S
 * gives, and the two are iterated.
 *
 * With copy detection on, every round also estimates for each pair of
 * sources the probability that they are dependent (`copy-detection.ts`), and
 * a value's supporters are taken in decreasing accuracy: each one's vote is
 * multiplied by Π (1 − c · P(dependent on an earlier supporter)), so a
 * group of copiers counts about as one source.
 *
 * With a similarity (the SIM variant), C*(v) = C(v) + ρ Σ_{v' ≠ v} sim(v, v') C(v').
 */
import { buildResolution, type VoteDiscount } from './build-resolution.js';
import { compileProblem, pairIndex, type CompiledProblem } from './compile-problem.js';
import {
  collectPairEvidence,
  indexPairs,
  posteriorFromLikelihood,
  type CopyModel,
  type PairEvidence,
  type PairIndex,
} from './copy-detection.js';
import { detectMirrors, type MirrorOptions } from './detect-mirrors.js';
import type { DetectedDependence, Resolution, ResolutionProblem, Strategy } from './problem.js';
import type { ValueSimilarity } from './value-similarity.js';
import { compareOrdinal } from '../model/ordinal.js';

/** Options of `createAccu`; every default is the paper's. */
export interface AccuOptions {
  /** Strategy id (default `accu` or `accu-copy`). */
  readonly id?: string;
  /** Number of false values per item (paper: 100). */
  readonly n?: number;
  /** Initial accuracy of every source (paper: 0.8). */
  readonly initialAccuracy?: number;
  /** Detect copying and discount copied votes (default `true`). */
  readonly copyDetection?: boolean;
  /** Prior probability that two sources are dependent (paper: 0.2). */
  readonly alpha?: number;
  /** Probability that a copier copies a given item (paper: 0.8). */
  readonly copyRate?: number;
  /**
   * Weigh a shared false value by how many other sources give it (default
   * `true`); `false` is the paper's uniform model (each of n false values
   * equally likely), which mistakes common mistakes for copying.
   */
  readonly popularity?: boolean;
  /**
   * Also treat mirrors (sources that agree on nearly every shared item, see
   * `detectMirrors`) as dependent before any truth is estimated. Off by
   * default (the paper's model); `true` uses the default thresholds.
   */
  readonly mirrors?: boolean | MirrorOptions;
  /** Similarity between values (SIM); off when absent. */
  readonly similarity?: ValueSimilarity;
  /** Weight ρ of similar values' votes (default 0.5 when `similarity` is given). */
  readonly rho?: number;
  /** Stop when no accuracy moves by more than this (default 1e-4). */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/** Up to this many sources, pair dependence is also kept in a dense n×n matrix (2048² doubles = 32 MB). */
const DENSE_SOURCES = 2048;

const ACC_MIN = 0.01;
const ACC_MAX = 0.99;
const clampAcc = (a: number): number => Math.min(ACC_MAX, Math.max(ACC_MIN, a));

/** Dependence probability between every pair that shares items, per slot. */
const pairDependence = (
  pairs: PairIndex,
  evidence: PairEvidence,
  declaredPrior: (left: number, right: number) => number | undefined,
  alpha: number,
): Float64Array => {
  const dep = new Float64Array(pairs.size);
  for (let s = 0; s < pairs.size; s++) {
    const prior = declaredPrior(pairs.left[s]!, pairs.right[s]!) ?? alpha;
    dep[s] = 1 - posteriorFromLikelihood(evidence.leftCopiesRight[s]!, evidence.rightCopiesLeft[s]!, prior).independent;
  }
  return dep;
};

/**
 * Build an ACCU strategy; with `copyDetection` (the default) it is the
 * copy-aware ACCU of Dong et al. 2009 (AccuCopy in Li et al. 2012).
 *
 * @example
 * const accuCopy = createAccu({ n: 100, alpha: 0.2, copyRate: 0.8 });
 * const r = accuCopy.resolve(problem);
 * r.groups[0]?.explanation; // '"a" preferred (confidence 0.97) over "b" ...; discounted as likely copies: ...'
 */
export const createAccu = (options: AccuOptions = {}): Strategy => {
  const copyDetection = options.copyDetection ?? true;
  const id = options.id ?? (copyDetection ? 'accu-copy' : 'accu');
  const n = options.n ?? 100;
  const a0 = options.initialAccuracy ?? 0.8;
  const model: CopyModel = { n, alpha: options.alpha ?? 0.2, c: options.copyRate ?? 0.8, popularity: options.popularity ?? true };
  const similarity = options.similarity;
  const rho = options.rho ?? 0.5;
  const tolerance = options.tolerance ?? 1e-4;
  const maxIterations = options.maxIterations ?? 30;

  const mirrors = options.mirrors === true ? {} : options.mirrors === false ? undefined : options.mirrors;

  /** ACCU without dependence, on the typed arrays (no object view, no pair index). */
  const resolveIndependent = (p: CompiledProblem): Resolution => {
    const nSources = p.sourceIds.length;
    const nValues = p.valueKeys.length;
    const nVotes = p.voteSource.length;
    let accuracy = new Float64Array(nSources).fill(clampAcc(a0));
    const confidence = new Float64Array(nValues);
    const count = new Float64Array(nValues);
    const vote = new Float64Array(nSources);
    const stamp = new Float64Array(nSources).fill(-1);
    let iterations = 0;
    let converged = false;
    while (iterations < maxIterations) {
      iterations += 1;
      for (let s = 0; s < nSources; s++) vote[s] = Math.log((n * accuracy[s]!) / (1 - accuracy[s]!));
      count.fill(0);
      for (let t = 0; t < nVotes; t++) count[p.voteValue[t]!]! += vote[p.voteSource[t]!]! * p.voteWeight[t]!;
      for (let g = 0; g < p.groupKeys.length; g++) {
        const v0 = p.groupValueStart[g]!;
        const v1 = p.groupValueStart[g + 1]!;
        const k = v1 - v0;
        if (p.groupFunctional[g] === 0) {
          // Each value on its own: its supporters against the group's other sources.
          const round = (iterations - 1) * p.groupKeys.length + g; // marks a source counted for this group this round
          let total = 0;
          for (let t = p.valueVoteStart[v0]!; t < p.valueVoteStart[v1]!; t++) {
            const s = p.voteSource[t]!;
            if (stamp[s] !== round) {
              stamp[s] = round;
              total += vote[s]!;
            }
          }
          for (let v = v0; v < v1; v++) {
            let supporters = 0;
            for (let t = p.valueVoteStart[v]!; t < p.valueVoteStart[v + 1]!; t++) supporters += vote[p.voteSource[t]!]!;
            confidence[v] = 1 / (1 + Math.exp(total - supporters - count[v]!));
          }
          continue;
        }
        const sim = p.similarities[g];
        const adjusted = new Float64Array(k);
        let max = 0; // unobserved values have C = 0
        for (let a = 0; a < k; a++) {
          let c = count[v0 + a]!;
          if (sim !== undefined) for (let b = 0; b < k; b++) if (b !== a) c += rho * sim[b * k + a]! * count[v0 + b]!;
          adjusted[a] = c;
          max = Math.max(max, c);
        }
        let z = Math.max(0, n + 1 - k) * Math.exp(-max);
        for (let a = 0; a < k; a++) z += Math.exp(adjusted[a]! - max);
        for (let a = 0; a < k; a++) confidence[v0 + a] = Math.exp(adjusted[a]! - max) / z;
      }
      const num = new Float64Array(nSources);
      const den = new Float64Array(nSources);
      for (let t = 0; t < nVotes; t++) {
        const s = p.voteSource[t]!;
        num[s]! += confidence[p.voteValue[t]!]! * p.voteWeight[t]!;
        den[s]! += p.voteWeight[t]!;
      }
      let delta = 0;
      const next = new Float64Array(nSources);
      for (let s = 0; s < nSources; s++) {
        next[s] = den[s] === 0 ? accuracy[s]! : clampAcc(num[s]! / den[s]!);
        delta = Math.max(delta, Math.abs(next[s]! - accuracy[s]!));
      }
      accuracy = next;
      if (delta < tolerance) {
        converged = true;
        break;
      }
    }
    return buildResolution(id, p, { confidence, trust: accuracy, dependence: [], iterations, converged });
  };

  const resolve = (input: ResolutionProblem): Resolution => {
    const problem: ResolutionProblem =
      mirrors === undefined || !copyDetection
        ? input
        : { groups: input.groups, dependence: [...(input.dependence ?? []), ...detectMirrors(input, mirrors)] };
    const p = compileProblem(problem, similarity);
    if (!copyDetection) return resolveIndependent(p);
    const nSources = p.sourceIds.length;
    let accuracy = new Float64Array(nSources).fill(clampAcc(a0));
    const confidence = p.groups.map((g) => new Float64Array(g.values.length));
    const pairs = copyDetection ? indexPairs(p) : undefined;
    const declaredPrior = (i: number, j: number): number | undefined =>
      p.declared.get(pairIndex(i, j, nSources))?.probability;
    let dep: Float64Array | undefined;
    let evidence: PairEvidence | undefined;
    // For up to DENSE_SOURCES sources, the pair dependence also sits in an
    // n×n matrix, rebuilt whenever `dep` changes: the vote discount reads it
    // for every pair of co-providers of every value in every round, and a
    // Map lookup per read was ACCU-copy's second-largest cost.
    let matrix: Float64Array | undefined;
    const rebuildMatrix = (): void => {
      if (pairs === undefined || dep === undefined || nSources > DENSE_SOURCES) {
        matrix = undefined;
        return;
      }
      matrix ??= new Float64Array(nSources * nSources);
      matrix.fill(0);
      for (const [key, d] of p.declared) {
        const i = Math.floor(key / nSources);
        const j = key % nSources;
        matrix[i * nSources + j] = d.probability;
        matrix[j * nSources + i] = d.probability;
      }
      for (let s = 0; s < pairs.size; s++) {
        const i = pairs.left[s]!;
        const j = pairs.right[s]!;
        matrix[i * nSources + j] = dep[s]!;
        matrix[j * nSources + i] = dep[s]!;
      }
    };
    const dependenceOf = (i: number, j: number): number => {
      if (pairs === undefined || dep === undefined) return 0;
      if (matrix !== undefined) return matrix[i * nSources + j]!;
      const slot = pairs.slotOf.get(pairIndex(i, j, nSources));
      if (slot !== undefined) return dep[slot]!;
      return declaredPrior(i, j) ?? 0;
    };
    // Discount of provider position k of value v in group g (order: accuracy desc, id).
    const discountFactors = (providers: readonly number[]): { factor: Float64Array; copyOf: Int32Array; copyP: Float64Array } => {
      const m = providers.length;
      const order = [...providers.keys()].sort((x, y) => accuracy[providers[y]!]! - accuracy[providers[x]!]! || providers[x]! - providers[y]!);
      const factor = new Float64Array(m).fill(1);
      const copyOf = new Int32Array(m).fill(-1);
      const copyP = new Float64Array(m);
      for (let r = 1; r < m; r++) {
        const k = order[r]!;
        let f = 1;
        for (let q = 0; q < r; q++) {
          const d = dependenceOf(providers[k]!, providers[order[q]!]!);
          f *= 1 - model.c * d;
          if (d > copyP[k]!) {
            copyP[k] = d;
            copyOf[k] = providers[order[q]!]!;
          }
        }
        factor[k] = f;
      }
      return { factor, copyOf, copyP };
    };

    // With α = 0 and only certain priors (0 or 1), the data cannot change any
    // pair's dependence: skip the per-round evidence (mirrors-only runs).
    const learns = model.alpha > 0 || [...p.declared.values()].some((d) => d.probability > 0 && d.probability < 1);
    let iterations = 0;
    let converged = false;
    while (iterations < maxIterations) {
      iterations += 1;
      if (pairs !== undefined && iterations > 1 && learns) {
        evidence = collectPairEvidence(p, pairs, confidence, accuracy, model);
        dep = pairDependence(pairs, evidence, declaredPrior, model.alpha);
      } else if (pairs !== undefined && iterations === 1 && p.declared.size > 0) {
        // First round: only declared dependence is known.
        dep = new Float64Array(pairs.size);
        for (let s = 0; s < pairs.size; s++) dep[s] = declaredPrior(pairs.left[s]!, pairs.right[s]!) ?? 0;
      }
      if (dep !== undefined && (iterations === 1 || learns)) rebuildMatrix(); // `dep` was (re)computed above
      const vote = Float64Array.from(accuracy, (a) => Math.log((n * a) / (1 - a)));
      p.groups.forEach((g, gi) => {
        const k = g.values.length;
        const count = new Float64Array(k);
        g.values.forEach((v, vi) => {
          const discount = dep !== undefined && g.functional ? discountFactors(v.providers).factor : undefined;
          let c = 0;
          v.providers.forEach((s, j) => {
            c += vote[s]! * v.weights[j]! * (discount?.[j] ?? 1);
          });
          count[vi] = c;
        });
        const out = confidence[gi]!;
        if (!g.functional) {
          // Each value on its own: its supporters against the group's other sources.
          g.values.forEach((v, vi) => {
            const supporters = new Set(v.providers);
            let against = 0;
            for (const s of g.sources) if (!supporters.has(s)) against += vote[s]!;
            out[vi] = 1 / (1 + Math.exp(against - count[vi]!));
          });
          return;
        }
        let adjusted = count;
        if (g.similarity !== undefined) {
          adjusted = new Float64Array(k);
          for (let a = 0; a < k; a++) {
            let c = count[a]!;
            for (let b = 0; b < k; b++) if (b !== a) c += rho * g.similarity[b * k + a]! * count[b]!;
            adjusted[a] = c;
          }
        }
        let max = 0; // unobserved values have C = 0
        for (let a = 0; a < k; a++) max = Math.max(max, adjusted[a]!);
        let z = Math.max(0, n + 1 - k) * Math.exp(-max);
        for (let a = 0; a < k; a++) z += Math.exp(adjusted[a]! - max);
        for (let a = 0; a < k; a++) out[a] = Math.exp(adjusted[a]! - max) / z;
      });
      const next = new Float64Array(nSources);
      let delta = 0;
      p.entries.forEach((es, s) => {
        let num = 0;
        let den = 0;
        for (const e of es) {
          num += confidence[e.group]![e.value]! * e.weight;
          den += e.weight;
        }
        next[s] = den === 0 ? accuracy[s]! : clampAcc(num / den);
        delta = Math.max(delta, Math.abs(next[s]! - accuracy[s]!));
      });
      accuracy = next;
      if (delta < tolerance && (pairs === undefined || iterations > 1)) {
        converged = true;
        break;
      }
    }

    const dependence: DetectedDependence[] = [];
    if (pairs !== undefined && dep !== undefined) {
      if (evidence === undefined) evidence = collectPairEvidence(p, pairs, confidence, accuracy, model);
      for (let s = 0; s < pairs.size; s++) {
        if (dep[s]! < 0.5) continue;
        const i = pairs.left[s]!;
        const j = pairs.right[s]!;
        dependence.push({
          sources: [p.sourceIds[i]!, p.sourceIds[j]!],
          probability: dep[s]!,
          shared: pairs.shared[s]!,
          sharedFalse: evidence.sameFalse[s]!,
          sameValue: evidence.same[s]!,
          declared: p.declared.has(pairIndex(i, j, nSources)),
        });
      }
      dependence.sort((x, y) => compareOrdinal(x.sources[0], y.sources[0]) || compareOrdinal(x.sources[1], y.sources[1]));
    }

    const discount =
      dep === undefined
        ? undefined
        : (() => {
            const cache = p.groups.map((g) => new Array<ReturnType<typeof discountFactors> | undefined>(g.values.length));
            return (gi: number, vi: number, k: number): VoteDiscount | undefined => {
              const g = p.groups[gi]!;
              if (!g.functional) return undefined;
              let d = cache[gi]![vi];
              if (d === undefined) {
                d = discountFactors(g.values[vi]!.providers);
                cache[gi]![vi] = d;
              }
              const factor = d.factor[k]!;
              const orig = d.copyOf[k]!;
              if (orig < 0 || d.copyP[k]! < 0.5) return factor < 1 ? { factor } : undefined;
              return { factor, copyOf: { source: orig, probability: d.copyP[k]! } };
            };
          })();

    return buildResolution(id, p, {
      confidence,
      trust: accuracy,
      ...(discount !== undefined ? { discount } : {}),
      dependence,
      iterations,
      converged,
    });
  };

  const description = copyDetection
    ? 'Bayesian source accuracy with copy detection (ACCU/DEPEN): sharing false values is evidence of copying, and copied votes are discounted.'
    : 'Bayesian source accuracy (ACCU without dependence): a value\'s vote is the sum of ln(n·A/(1−A)) over its sources.';
  return Object.freeze({
    id,
    meta: Object.freeze({
      description: similarity !== undefined ? `${description} Similar values support each other (SIM).` : description,
      reference: 'Dong, Berti-Equille & Srivastava, PVLDB 2009; Li et al., PVLDB 2012',
    }),
    resolve,
  });
};

/** ACCU without copy detection (ACCU-NoDep in Dong et al. 2009), paper parameters. */
export const accu: Strategy = createAccu({ copyDetection: false });

/** Copy-aware ACCU (DEPEN + ACCU; AccuCopy in Li et al. 2012), n = 100, α = 0.2, c = 0.8. */
export const accuCopy: Strategy = createAccu();
