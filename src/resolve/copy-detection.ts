/**
 * Copy detection between sources in the spirit of DEPEN (Dong,
 * Berti-Equille & Srivastava, "Integrating conflicting data: the role of
 * source dependence", PVLDB 2009).
 *
 * For every pair of sources that give a value for the same items, count the
 * items where they agree on the value currently taken as true (k_t, the
 * item's most confident value), agree on another value (k_f)
 * and disagree (k_d). Soft counts (weighting by P(v)) were tried and
 * rejected: on items with one or two sources P(v) stays near the prior, and
 * the (1 − P) share of every such agreement, multiplied by the large
 * likelihood ratio of a shared false value, made every pair of sources that
 * overlap on thousands of items look like copiers.
 * Independent sources rarely agree on a false value (there are n false
 * values to choose from), so shared false values are strong evidence of
 * copying; shared true values are weak evidence; disagreements are evidence
 * against. Bayes' rule with prior α and copy rate c gives the probability
 * that the pair is dependent, in either direction.
 */
import type { CompiledProblem } from './compile-problem.js';
import { pairIndex } from './compile-problem.js';

const logSumExp3 = (a: number, b: number, c: number): number => {
  const m = Math.max(a, b, c);
  if (m === -Infinity) return -Infinity;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m));
};

/** Static pair structure of a problem: which source pairs share items. */
export interface PairIndex {
  /** Number of distinct pairs. */
  readonly size: number;
  /** Pair slot → the two source indexes (i < j). */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Pair slot → number of items both give a value for. */
  readonly shared: Float64Array;
  /** Pair key (`pairIndex`) → slot. */
  readonly slotOf: ReadonlyMap<number, number>;
  /** Per group, the slots of its pairs in the order of `groupPairs`. */
  readonly groupSlots: readonly Int32Array[];
}

/** Enumerate the source pairs that share at least one group (once per problem). */
export const indexPairs = (p: CompiledProblem): PairIndex => {
  const n = p.sourceIds.length;
  const slotOf = new Map<number, number>();
  const left: number[] = [];
  const right: number[] = [];
  const shared: number[] = [];
  const groupSlots = p.groups.map((g) => {
    const m = g.sources.length;
    const slots = new Int32Array((m * (m - 1)) / 2);
    let k = 0;
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        const i = g.sources[a]!;
        const j = g.sources[b]!;
        const key = pairIndex(i, j, n);
        let slot = slotOf.get(key);
        if (slot === undefined) {
          slot = left.length;
          slotOf.set(key, slot);
          left.push(i);
          right.push(j);
          shared.push(0);
        }
        shared[slot]! += 1;
        slots[k++] = slot;
      }
    }
    return slots;
  });
  return {
    size: left.length,
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    shared: Float64Array.from(shared),
    slotOf,
    groupSlots,
  };
};

/** Agreement counts and the log-likelihood of copying, per pair slot. */
export interface PairEvidence {
  /** Items where both give the same value and it is the item's most confident value. */
  readonly sameTrue: Float64Array;
  /** Items where both give the same value and it is not the most confident one. */
  readonly sameFalse: Float64Array;
  /** Number of items where both give the same value. */
  readonly same: Float64Array;
  /** ln Pr(observations | left copies right) − ln Pr(observations | independent). */
  readonly leftCopiesRight: Float64Array;
  /** ln Pr(observations | right copies left) − ln Pr(observations | independent). */
  readonly rightCopiesLeft: Float64Array;
}

/**
 * Count agreements for every pair and accumulate the log-likelihood ratios
 * of the two copying directions, given the current confidence of every
 * value and accuracy of every source. A source that gives several values
 * for an item is represented by its most confident one.
 *
 * With `model.popularity` on (the default), a shared false value is weighed
 * by how popular it is among the item's other sources: independent sources
 * that make the same common mistake (a partial author list, a time one
 * minute off) are expected to agree on it, so it is weak evidence; a false
 * value no other source gives is strong evidence (probability 1/n of a
 * chance match, as in the paper).
 */
export const collectPairEvidence = (
  p: CompiledProblem,
  pairs: PairIndex,
  confidence: readonly ArrayLike<number>[],
  accuracy: ArrayLike<number>,
  model: CopyModel,
): PairEvidence => {
  const sameTrue = new Float64Array(pairs.size);
  const sameFalse = new Float64Array(pairs.size);
  const same = new Float64Array(pairs.size);
  const lr = new Float64Array(pairs.size);
  const rl = new Float64Array(pairs.size);
  const { n, c } = model;
  const ln1c = Math.log(Math.max(1e-12, 1 - c));
  // Per source, its most confident value in the current group (-1: none).
  const primary = new Int32Array(p.sourceIds.length).fill(-1);
  p.groups.forEach((g, gi) => {
    if (g.sources.length < 2) return;
    const conf = confidence[gi]!;
    for (const s of g.sources) primary[s] = -1;
    g.values.forEach((v, vi) => {
      for (const s of v.providers) {
        const prev = primary[s]!;
        if (prev < 0 || conf[vi]! > conf[prev]!) primary[s] = vi;
      }
    });
    // The value taken as true this round: the most confident one.
    let best = 0;
    for (let vi = 1; vi < g.values.length; vi++) if (conf[vi]! > conf[best]!) best = vi;
    // Sources per value (by primary value), and sources giving a false value.
    const count = new Int32Array(g.values.length);
    for (const s of g.sources) count[primary[s]!]! += 1;
    const falseProviders = g.sources.length - count[best]!;
    const slots = pairs.groupSlots[gi]!;
    const m = g.sources.length;
    let k = 0;
    for (let a = 0; a < m; a++) {
      const i = g.sources[a]!;
      const va = primary[i]!;
      const ai = accuracy[i]!;
      for (let b = a + 1; b < m; b++) {
        const slot = slots[k++]!;
        const j = g.sources[b]!;
        if (primary[j] !== va) continue; // a disagreement: counted below as shared − same
        same[slot]! += 1;
        if (va === best) {
          sameTrue[slot]! += 1; // its likelihood ratio depends only on the pair: added below
          continue;
        }
        sameFalse[slot]! += 1;
        const aj = accuracy[j]!;
        // Probability that a false value picked independently is this one.
        const others = falseProviders - 2;
        const share = model.popularity && others > 0 ? Math.max(1 / n, (count[va]! - 2) / others) : 1 / n;
        const pf = (1 - ai) * (1 - aj) * share;
        lr[slot]! += Math.log(((1 - aj) * c + pf * (1 - c)) / pf);
        rl[slot]! += Math.log(((1 - ai) * c + pf * (1 - c)) / pf);
      }
    }
  });
  // Shared true values and disagreements contribute the same log-ratio every
  // time for a given pair (it depends only on the two accuracies), so they are
  // counted in the loop and weighed once per pair here: two logarithms per
  // pair instead of two per shared item, the bulk of ACCU-copy's time.
  for (let slot = 0; slot < pairs.size; slot++) {
    const ai = accuracy[pairs.left[slot]!]!;
    const aj = accuracy[pairs.right[slot]!]!;
    const pt = ai * aj;
    const differ = (pairs.shared[slot]! - same[slot]!) * ln1c;
    const kt = sameTrue[slot]!;
    if (kt > 0) {
      lr[slot]! += kt * Math.log((aj * c + pt * (1 - c)) / pt) + differ;
      rl[slot]! += kt * Math.log((ai * c + pt * (1 - c)) / pt) + differ;
    } else {
      lr[slot]! += differ;
      rl[slot]! += differ;
    }
  }
  return { sameTrue, sameFalse, same, leftCopiesRight: lr, rightCopiesLeft: rl };
};

/**
 * Posterior of independence and of each copying direction from the two
 * log-likelihood ratios and the prior probability of dependence.
 */
export const posteriorFromLikelihood = (leftCopiesRight: number, rightCopiesLeft: number, prior: number): PairPosterior => {
  const l0 = prior >= 1 ? -Infinity : Math.log(1 - prior);
  const half = prior <= 0 ? -Infinity : Math.log(prior / 2);
  const l1 = half + leftCopiesRight;
  const l2 = half + rightCopiesLeft;
  const z = logSumExp3(l0, l1, l2);
  return { independent: Math.exp(l0 - z), iCopiesJ: Math.exp(l1 - z), jCopiesI: Math.exp(l2 - z) };
};

/** Parameters of the copying model (Dong et al. 2009 notation). */
export interface CopyModel {
  /** Number of false values an item has (uniformly likely). */
  readonly n: number;
  /** Prior probability that two sources are dependent. */
  readonly alpha: number;
  /** Probability that a copier copies a given item. */
  readonly c: number;
  /** Weigh shared false values by their popularity among other sources (see `collectPairEvidence`). */
  readonly popularity?: boolean;
}

/** Posterior of the three hypotheses for one pair. */
export interface PairPosterior {
  readonly independent: number;
  /** i copies j. */
  readonly iCopiesJ: number;
  /** j copies i. */
  readonly jCopiesI: number;
}

/**
 * Bayes' rule for one pair with accuracies `ai`, `aj`.
 * Independent: same true value with probability ai·aj, same false value
 * (1−ai)(1−aj)/n, different otherwise. If i copies j (each item with
 * probability c), i says what j says on copied items.
 *
 * @example
 * dependencePosterior({ kt: 2, kf: 10, kd: 0 }, 0.8, 0.8, { n: 100, alpha: 0.2, c: 0.8 }).independent // ≈ 0
 */
export const dependencePosterior = (
  counts: { readonly kt: number; readonly kf: number; readonly kd: number },
  ai: number,
  aj: number,
  model: CopyModel,
  prior: number = model.alpha,
): PairPosterior => {
  const { n, c } = model;
  const pt = ai * aj;
  const pf = ((1 - ai) * (1 - aj)) / n;
  // Disagreements: independent sources differ with probability Pd, a copier
  // only on the items it did not copy, Pd·(1 − c): the ratio is (1 − c).
  const ln1c = Math.log(Math.max(1e-12, 1 - c));
  const direction = (orig: number): number => {
    const ptc = orig * c + pt * (1 - c);
    const pfc = (1 - orig) * c + pf * (1 - c);
    return counts.kt * Math.log(ptc / pt) + counts.kf * Math.log(pfc / pf) + counts.kd * ln1c;
  };
  return posteriorFromLikelihood(direction(aj), direction(ai), prior);
};
