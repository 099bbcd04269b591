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
  /**
   * Temperature τ of the posterior: P(v) ∝ e^{C*(v)/τ}. The vote adds up
   * dozens of sources as if they were independent witnesses, so at τ = 1
   * almost every preferred value gets a confidence of 0.9999… whether it
   * is right or not; τ spreads the confidences out without changing any
   * ranking. Default `DEFAULT_TEMPERATURE`, chosen leave-one-day-out by
   * Brier score (docs/truth-discovery.md).
   */
  readonly temperature?: number;
  /** An optional further map from confidence to calibrated confidence (monotone; `fitCalibration`). */
  readonly calibration?: Calibration;
}

/** Default temperature of the posterior (see `AttributeAccuOptions.temperature`). */
export const DEFAULT_TEMPERATURE = 4;

const ACC_MIN = 0.01;
const ACC_MAX = 0.99;

/**
 * Agreement with the seed's truths per (source, predicate) slot and per
 * source: the counts the accuracies are made of.
 */
export interface AgreementCounts {
  /** Slot `s · predicates + q`. */
  readonly slotAgree: Float64Array;
  readonly slotItems: Float64Array;
  readonly agree: Float64Array;
  readonly items: Float64Array;
}

/** Count every source's agreement with `truth` (labels override it), per predicate and overall. */
export const agreementCounts = (p: CompiledProblem, truth: Int32Array, knowledge: Knowledge): AgreementCounts => {
  const nS = p.sourceIds.length;
  const nP = p.predicates.length;
  const slotAgree = new Float64Array(nS * nP);
  const slotItems = new Float64Array(nS * nP);
  const agree = new Float64Array(nS);
  const items = new Float64Array(nS);
  for (let t = 0; t < p.voteSource.length; t++) {
    const v = p.voteValue[t]!;
    const g = p.valueGroup[v]!;
    const s = p.voteSource[t]!;
    const slot = s * nP + p.groupPredicate[g]!;
    const label = knowledge.label[g]!;
    const w = p.voteWeight[t]!;
    slotItems[slot]! += w;
    items[s]! += w;
    if (label === -1 ? truth[g] === v : label === v) {
      slotAgree[slot]! += w;
      agree[s]! += w;
    }
  }
  return { slotAgree, slotItems, agree, items };
};

/**
 * A source's accuracy on a predicate: its agreement there, shrunk towards
 * its overall accuracy (smoothed towards ½ by two items, then the user's
 * prior) by `shrinkage` items, clamped to [0.01, 0.99]. `exclude` removes
 * one item's own (agree, items) first, so that an item is judged by what
 * the sources did on the *other* items (leave-one-item-out).
 */
export const attributeAccuracyOf = (
  c: AgreementCounts,
  knowledge: Knowledge,
  s: number,
  slot: number,
  shrinkage: number,
  exclude: { readonly agree: number; readonly items: number } = { agree: 0, items: 0 },
): number => {
  const a = c.agree[s]! - exclude.agree;
  const n = c.items[s]! - exclude.items;
  const overall = accuracyWithPrior(knowledge, s, a + 1, n + 2, (a + 1) / (n + 2));
  const x = (c.slotAgree[slot]! - exclude.agree + shrinkage * overall) / (c.slotItems[slot]! - exclude.items + shrinkage);
  return Math.min(ACC_MAX, Math.max(ACC_MIN, x));
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
  const tau = options.temperature ?? DEFAULT_TEMPERATURE;

  const resolve = (problem: ResolutionProblem): Resolution => {
    const p = compileProblem(problem, similarity);
    const knowledge = knowledgeOf(p, problem);
    const seed = runFactFinder(p, { kind: 'pooled-investment' }, knowledge);
    const truth = bestValues(p, seed.belief);
    const counts = agreementCounts(p, truth, knowledge);
    const nP = p.predicates.length;
    const nS = p.sourceIds.length;
    // Each vote's accuracy, judged on the source's other items (leave-one-item-out).
    const voteAccuracy = new Float64Array(p.voteSource.length);
    for (let t = 0; t < p.voteSource.length; t++) {
      const v = p.voteValue[t]!;
      const g = p.valueGroup[v]!;
      const s = p.voteSource[t]!;
      const label = knowledge.label[g]!;
      const w = p.voteWeight[t]!;
      // The source's own votes in this group: every value it gives here.
      let selfAgree = 0;
      let selfItems = 0;
      for (let u = p.groupValueStart[g]!; u < p.groupValueStart[g + 1]!; u++) {
        for (let r = p.valueVoteStart[u]!; r < p.valueVoteStart[u + 1]!; r++) {
          if (p.voteSource[r] !== s) continue;
          selfItems += p.voteWeight[r]!;
          if (label === -1 ? truth[g] === u : label === u) selfAgree += p.voteWeight[r]!;
        }
      }
      void w;
      voteAccuracy[t] =
        label === -1
          ? attributeAccuracyOf(counts, knowledge, s, s * nP + p.groupPredicate[g]!, m, { agree: selfAgree, items: selfItems })
          : attributeAccuracyOf(counts, knowledge, s, s * nP + p.groupPredicate[g]!, m);
    }
    const overall = Float64Array.from(p.sourceIds, (_, s) =>
      Math.min(ACC_MAX, Math.max(ACC_MIN, accuracyWithPrior(knowledge, s, counts.agree[s]! + 1, counts.items[s]! + 2, (counts.agree[s]! + 1) / (counts.items[s]! + 2)))),
    );

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
        const order: number[] = [];
        for (let t = t0; t < t1; t++) order.push(t);
        order.sort((a, b) => voteAccuracy[b]! - voteAccuracy[a]! || a - b);
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
      const a = voteAccuracy[t]!;
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
          confidence[v] = 1 / (1 + Math.exp((against - count[v]!) / tau));
        }
        continue;
      }
      const c = new Float64Array(k);
      let max = 0;
      for (let a = 0; a < k; a++) {
        let x = count[v0 + a]!;
        if (sim !== undefined) for (let b = 0; b < k; b++) if (b !== a) x += rho * sim[b * k + a]! * count[v0 + b]!;
        c[a] = x / tau;
        max = Math.max(max, x / tau);
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
      voteTrust: voteAccuracy,
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
