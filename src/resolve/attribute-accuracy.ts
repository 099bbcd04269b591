/**
 * Attribute-aware accuracy, seeded by PooledInvestment: the default
 * strategy (see docs/truth-discovery.md for the rule that chose it).
 *
 * Sources are often good at one attribute and poor at another: on the
 * flight data one family of sites prints the runway time as "actual
 * departure" and another the scheduled arrival in the wrong zone, while
 * both are right about gates and scheduled departures. One trust per
 * source cannot say that; one trust per (source, attribute) learned from
 * scratch follows the larger camp of each attribute. So:
 *
 * 1. **Seed.** PooledInvestment (Pasternack & Roth, COLING 2010; `fact-finders.ts`)
 *    over all attributes at once gives a first truth per group: trust is
 *    earned across attributes, and its non-linear pooling concentrates it
 *    on the sources that agree most widely.
 * 2. **Attribute accuracy.** Each source's accuracy per attribute
 *    (predicate) is its agreement with the seed's truths there, shrunk
 *    towards its accuracy over all attributes (a Beta prior worth
 *    `shrinkage` items, itself smoothed towards ½ by 2 items):
 *    A(s, a) = (agree(s, a) + m · A(s)) / (items(s, a) + m). This is
 *    AccuAttr of Li et al., "Truth finding on the deep web: is the problem
 *    solved?", PVLDB 2012, section 4.
 * 3. **Vote.** ACCU's Bayesian vote (Dong, Berti-Equille & Srivastava,
 *    PVLDB 2009) with those accuracies: C(v) = Σ ln(n · A / (1 − A)) over
 *    v's sources (times their vote share and, for declared copies, the
 *    independent share), similar values supporting each other (SIM,
 *    C*(v) = C(v) + ρ Σ sim(v', v) C(v')), and
 *    P(v) = e^{C*(v)} / (Σ_{observed} e^{C*} + (n + 1 − k)).
 *
 * One round of 2–3, not a loop: iterating lets each attribute's larger
 * camp re-earn the accuracy it lost (the self-reinforcing error described
 * for ACCU in docs/truth-discovery.md); the seed's cross-attribute trust
 * is what keeps the minority truth alive.
 *
 * User knowledge: labelled groups fix the truth in both stages (they also
 * count when accuracies are measured); a trust prior is a Beta prior on the
 * source's overall accuracy; declared dependence discounts copies' votes.
 */
import { buildResolution, type VoteDiscount } from './build-resolution.js';
import { applyCalibration, type Calibration } from './calibration.js';
import { compileProblem, pairIndex, type CompiledProblem } from './compile-problem.js';
import { runFactFinder } from './fact-finders.js';
import type { Resolution, ResolutionProblem, Strategy } from './problem.js';
import { accuracyWithPrior, applyKnowledge, knowledgeOf, type Knowledge } from './user-knowledge.js';
import { typeAwareSimilarity, type ValueSimilarity } from './value-similarity.js';
import { bestValues } from './value-scores.js';

/** Options of `createAttributeAccu`. */
export interface AttributeAccuOptions {
  /** Strategy id (default `attribute-accu`). */
  readonly id?: string;
  /** Number of false values n in the vote (default 10). */
  readonly falseValues?: number;
  /** Worth m, in items, of a source's overall accuracy in its per-attribute accuracy (default 10). */
  readonly shrinkage?: number;
  /** Similarity between values (default `typeAwareSimilarity`); `exactSimilarity` turns SIM off. */
  readonly similarity?: ValueSimilarity;
  /** Weight ρ of similar values' votes (default 0.5, as TruthFinder and ACCU-SIM). */
  readonly rho?: number;
  /** Map from the vote's posterior to calibrated confidence (default `identityCalibration`: the posterior itself). */
  readonly calibration?: Calibration;
}

const ACC_MIN = 0.01;
const ACC_MAX = 0.99;

/** Per (source, predicate) slot, the accuracy against `truth`, shrunk towards the source's overall accuracy. */
export const attributeAccuracy = (
  p: CompiledProblem,
  truth: Int32Array,
  knowledge: Knowledge,
  shrinkage: number,
): { readonly slot: Float64Array; readonly overall: Float64Array } => {
  const nS = p.sourceIds.length;
  const nP = p.predicates.length;
  const agree = new Float64Array(nS * nP);
  const items = new Float64Array(nS * nP);
  for (let t = 0; t < p.voteSource.length; t++) {
    const v = p.voteValue[t]!;
    const g = p.valueGroup[v]!;
    const slot = p.voteSource[t]! * nP + p.groupPredicate[g]!;
    const label = knowledge.label[g]!;
    const right = label === -1 ? truth[g] === v : label === v;
    items[slot]! += p.voteWeight[t]!;
    if (right) agree[slot]! += p.voteWeight[t]!;
  }
  const overall = new Float64Array(nS);
  const slot = new Float64Array(nS * nP);
  for (let s = 0; s < nS; s++) {
    let a = 0;
    let n = 0;
    for (let q = 0; q < nP; q++) {
      a += agree[s * nP + q]!;
      n += items[s * nP + q]!;
    }
    // Smoothed towards ½ by two items, then the user's prior.
    const base = (a + 1) / (n + 2);
    overall[s] = Math.min(ACC_MAX, Math.max(ACC_MIN, Number.isNaN(knowledge.prior[s]!) ? base : accuracyWithPrior(knowledge, s, a + 1, n + 2, base)));
    for (let q = 0; q < nP; q++) {
      const k = s * nP + q;
      slot[k] = Math.min(ACC_MAX, Math.max(ACC_MIN, (agree[k]! + shrinkage * overall[s]!) / (items[k]! + shrinkage)));
    }
  }
  return { slot, overall };
};

/**
 * Build the attribute-aware strategy.
 *
 * @example
 * const strategy = createAttributeAccu(); // n = 10, m = 10, type-aware SIM, ρ = 0.5
 * strategy.resolve(problem).groups[0]?.explanation;
 */
export const createAttributeAccu = (options: AttributeAccuOptions = {}): Strategy => {
  const id = options.id ?? 'attribute-accu';
  const n = options.falseValues ?? 10;
  const m = options.shrinkage ?? 10;
  const rho = options.rho ?? 0.5;
  const similarity = options.similarity ?? typeAwareSimilarity;
  const calibration = options.calibration;

  const resolve = (problem: ResolutionProblem): Resolution => {
    const p = compileProblem(problem, similarity);
    const knowledge = knowledgeOf(p, problem);
    const seed = runFactFinder(p, { kind: 'pooled-investment' }, knowledge);
    const truth = bestValues(p, seed.belief);
    const { slot, overall } = attributeAccuracy(p, truth, knowledge, m);
    const nP = p.predicates.length;
    const nS = p.sourceIds.length;

    // Declared copies: supporters of a value in decreasing accuracy, each
    // vote times Π (1 − P(dependent on an earlier supporter)).
    const factor = new Float64Array(p.voteSource.length).fill(1);
    const copyOf = new Int32Array(p.voteSource.length).fill(-1);
    const copyP = new Float64Array(p.voteSource.length);
    if (p.declared.size > 0) {
      for (let v = 0; v < p.valueKeys.length; v++) {
        const t0 = p.valueVoteStart[v]!;
        const t1 = p.valueVoteStart[v + 1]!;
        if (t1 - t0 < 2) continue;
        const q = p.groupPredicate[p.valueGroup[v]!]!;
        const order: number[] = [];
        for (let t = t0; t < t1; t++) order.push(t);
        order.sort((a, b) => slot[p.voteSource[b]! * nP + q]! - slot[p.voteSource[a]! * nP + q]! || a - b);
        for (let r = 1; r < order.length; r++) {
          const t = order[r]!;
          let f = 1;
          for (let u = 0; u < r; u++) {
            const d = p.declared.get(pairIndex(p.voteSource[t]!, p.voteSource[order[u]!]!, nS))?.probability ?? 0;
            f *= 1 - d;
            if (d > copyP[t]!) {
              copyP[t] = d;
              copyOf[t] = p.voteSource[order[u]!]!;
            }
          }
          factor[t] = f;
        }
      }
    }

    const count = new Float64Array(p.valueKeys.length);
    for (let t = 0; t < p.voteSource.length; t++) {
      const v = p.voteValue[t]!;
      const a = slot[p.voteSource[t]! * nP + p.groupPredicate[p.valueGroup[v]!]!]!;
      count[v]! += p.voteWeight[t]! * factor[t]! * Math.log((n * a) / (1 - a));
    }
    const confidence = new Float64Array(p.valueKeys.length);
    for (let g = 0; g < p.groupKeys.length; g++) {
      const v0 = p.groupValueStart[g]!;
      const v1 = p.groupValueStart[g + 1]!;
      const k = v1 - v0;
      const sim = p.similarities[g];
      if (p.groupFunctional[g] === 0) {
        // Multi-valued: each value on its own, its supporters against the group's other sources.
        for (let v = v0; v < v1; v++) {
          let against = 0;
          for (let w = v0; w < v1; w++) if (w !== v) against += count[w]!;
          confidence[v] = 1 / (1 + Math.exp(against - count[v]!));
        }
        continue;
      }
      const c = new Float64Array(k);
      let max = 0;
      for (let a = 0; a < k; a++) {
        let x = count[v0 + a]!;
        if (sim !== undefined) for (let b = 0; b < k; b++) if (b !== a) x += rho * sim[b * k + a]! * count[v0 + b]!;
        c[a] = x;
        max = Math.max(max, x);
      }
      let z = Math.max(0, n + 1 - k) * Math.exp(-max);
      for (let a = 0; a < k; a++) z += Math.exp(c[a]! - max);
      for (let a = 0; a < k; a++) confidence[v0 + a] = Math.exp(c[a]! - max) / z;
    }
    if (calibration !== undefined) for (let v = 0; v < confidence.length; v++) confidence[v] = applyCalibration(calibration, confidence[v]!);
    applyKnowledge.belief(p, knowledge, confidence, 1);

    const discount =
      p.declared.size === 0
        ? undefined
        : (g: number, local: number, k: number): VoteDiscount | undefined => {
            const v = p.groupValueStart[g]! + local;
            const t = p.valueVoteStart[v]! + k;
            if (factor[t]! >= 1) return undefined;
            return copyOf[t]! >= 0 && copyP[t]! >= 0.5
              ? { factor: factor[t]!, copyOf: { source: copyOf[t]!, probability: copyP[t]! } }
              : { factor: factor[t]! };
          };
    return buildResolution(id, p, {
      confidence,
      trust: overall,
      ...(discount !== undefined ? { discount } : {}),
      iterations: seed.iterations + 1,
      converged: true,
    });
  };

  return Object.freeze({
    id,
    meta: Object.freeze({
      description:
        'PooledInvestment seeds the truth; each source\'s accuracy is then measured per attribute (shrunk towards its overall accuracy) and the values are weighed by an ACCU vote with those accuracies, similar values supporting each other.',
      reference:
        'Pasternack & Roth, COLING 2010 (seed); Li, Dong, Lyons, Meng & Srivastava, PVLDB 2012 (accuracy per attribute); Dong, Berti-Equille & Srivastava, PVLDB 2009 (ACCU vote, SIM)',
    }),
    resolve,
  });
};

/** The default strategy: `createAttributeAccu()` with its documented defaults. */
export const attributeAccu: Strategy = createAttributeAccu();
